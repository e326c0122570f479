package dev.floe.notebook;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Floe's objects in JJava: JJava loads this extension (a {@code org.dflib.jjava.jupyter.Extension}
 * service in floe.jar) when the jar is added, and it registers Floe's renderers with the kernel,
 * HTML preferred and plain text beside it ({@link FloeHtml}). The kernel supplies the API.
 */
public final class JJavaExtension implements Extension {
  /** For {@link java.util.ServiceLoader}. */
  public JJavaExtension() {}

  @Override
  public void install(BaseKernel kernel) {
    register(kernel.getRenderer());
  }

  /** Registers Floe's renderers with {@code renderer}. */
  static void register(Renderer renderer) {
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
