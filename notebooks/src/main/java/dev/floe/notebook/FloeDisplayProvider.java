package dev.floe.notebook;

import dev.floe.array.Dense;
import dev.floe.frame.TableHtml;
import dev.floe.runtime.display.Html;
import dev.floe.runtime.display.HtmlDisplayable;
import java.util.List;
import java.util.function.Function;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.Table;

/**
 * The Java kernel's display hook for Floe's objects: each is shown as HTML with its plain text
 * beside it (a front end without HTML shows the text).
 *
 * <ul>
 *   <li>anything {@link HtmlDisplayable} — DataFrame (its structure), NdArray (a summary and chunk
 *       grid), a graph picture from {@code visualize()} (SVG), a {@link Plot} (PNG), a dashboard
 *       (a link);
 *   <li>a computed Tablesaw {@link Table}, as pandas shows a frame;
 *   <li>a computed {@link Dense} array, as numpy prints it, in a fixed-width block.
 * </ul>
 */
public final class FloeDisplayProvider implements DisplayProvider {
  @Override
  public List<DisplayRenderer> getDisplayRenderers() {
    return List.of(
        new Renderer<>(HtmlDisplayable.class, HtmlDisplayable::toHtml),
        new Renderer<>(Table.class, TableHtml::of),
        new Renderer<>(Dense.class, dense -> "<pre>" + Html.escape(dense.toString()) + "</pre>"));
  }

  @Override
  public List<DisplayTransformer> getDisplayTransformers() {
    return List.of();
  }

  /** Shows objects of one type as the given HTML, with their {@code toString()} as text. */
  private static final class Renderer<T> implements DisplayRenderer {
    private final Class<T> type;
    private final Function<T, String> html;

    Renderer(Class<T> type, Function<T, String> html) {
      this.type = type;
      this.html = html;
    }

    @Override
    public Class<?> rendererClass() {
      return type;
    }

    @Override
    public boolean canRender(String mime) {
      return mime == null || mime.contains("html") || mime.contains("text");
    }

    @Override
    public DisplayData render(String mime, Object value) {
      T typed = type.cast(value);
      DisplayData data = DisplayData.fromHtml(html.apply(typed));
      data.putText(typed.toString());
      return data;
    }
  }
}
