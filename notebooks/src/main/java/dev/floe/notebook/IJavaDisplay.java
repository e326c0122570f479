package dev.floe.notebook;

import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * Floe's objects in IJava (and kernels built on the same jupyter-jvm-basekernel): their
 * renderers registered with the kernel's {@link Renderer}, HTML preferred and plain text
 * beside it ({@link FloeHtml}). {@link Notebook#init()} does it when it runs in IJava; the
 * kernel supplies the API, so this class is only loaded there.
 */
public final class IJavaDisplay {
  private IJavaDisplay() {}

  /** Registers Floe's renderers with {@code renderer}. */
  public static void register(Renderer renderer) {
    for (FloeHtml.Shown<?> shown : FloeHtml.SHOWN) {
      registerOne(renderer, shown);
    }
  }

  private static <T> void registerOne(Renderer renderer, FloeHtml.Shown<T> shown) {
    renderer.createRegistration(shown.type())
        .preferring(MIMEType.TEXT_HTML)
        .supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((value, context) -> {
          context.renderIfRequested(MIMEType.TEXT_HTML, () -> shown.htmlOf(value));
          context.renderIfRequested(MIMEType.TEXT_PLAIN, value::toString);
        });
  }
}
