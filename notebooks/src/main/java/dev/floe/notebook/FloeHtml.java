package dev.floe.notebook;

import dev.floe.array.Dense;
import dev.floe.frame.TableHtml;
import dev.floe.runtime.display.Html;
import dev.floe.runtime.display.HtmlDisplayable;
import java.util.List;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * How Floe's objects look in a notebook, whichever kernel shows them: anything {@link
 * HtmlDisplayable} (DataFrame, NdArray, a graph picture, a plot, a dashboard link) as its HTML, a
 * computed Tablesaw {@link Table} as pandas shows a frame, a computed {@link Dense} array as numpy
 * prints it; each with its {@code toString()} as the plain-text form.
 */
final class FloeHtml {
  /** One type and its HTML. */
  record Shown<T>(Class<T> type, Function<T, String> html) {
    /** The HTML of {@code value}, which must be of {@link #type}. */
    String htmlOf(Object value) {
      return html.apply(type.cast(value));
    }
  }

  /** Every type Floe shows, most specific first. */
  static final List<Shown<?>> SHOWN = List.of(
      new Shown<>(HtmlDisplayable.class, HtmlDisplayable::toHtml),
      new Shown<>(Table.class, TableHtml::of),
      new Shown<>(Dense.class, dense -> "<pre>" + Html.escape(dense.toString()) + "</pre>"));

  private FloeHtml() {}
}
