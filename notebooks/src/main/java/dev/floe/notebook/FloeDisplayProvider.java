package dev.floe.notebook;

import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * rapaio-jupyter-kernel's display hook for Floe's objects ({@link FloeHtml}): each is shown as
 * HTML with its plain text beside it (a front end without HTML shows the text).
 */
public final class FloeDisplayProvider implements DisplayProvider {
  @Override
  public List<DisplayRenderer> getDisplayRenderers() {
    return FloeHtml.SHOWN.stream().map(shown -> (DisplayRenderer) new Renderer(shown)).toList();
  }

  @Override
  public List<DisplayTransformer> getDisplayTransformers() {
    return List.of();
  }

  /** Shows objects of one type as their HTML, with their {@code toString()} as text. */
  private static final class Renderer implements DisplayRenderer {
    private final FloeHtml.Shown<?> shown;

    Renderer(FloeHtml.Shown<?> shown) {
      this.shown = shown;
    }

    @Override
    public Class<?> rendererClass() {
      return shown.type();
    }

    @Override
    public boolean canRender(String mime) {
      return mime == null || mime.contains("html") || mime.contains("text");
    }

    @Override
    public DisplayData render(String mime, Object value) {
      DisplayData data = DisplayData.fromHtml(shown.htmlOf(value));
      data.putText(value.toString());
      return data;
    }
  }
}
