package dev.floe.array;

import dev.floe.array.plan.ChunkGrid;
import dev.floe.runtime.display.Html;
import dev.floe.runtime.store.Bytes;
import java.util.Locale;

/**
 * An NdArray as a notebook shows it, after Dask: a table of the whole array against one chunk
 * (bytes, shape, count, dtype) beside a picture of its chunk grid.
 */
final class ArrayHtml {
  /** The picture's longest side, in pixels. */
  private static final int PICTURE_PX = 160;
  /** More chunk boundaries than this along one axis are drawn as a filled band. */
  private static final int MAX_LINES_PER_AXIS = 60;

  private ArrayHtml() {}

  static String render(NdArray array) {
    boolean known = array.node().grid().known();
    int[] shape = array.shape();
    int[] chunk = array.chunkSize();
    long chunkBytes = ChunkLayout.bytes(chunk, array.dtype().itemSize());
    StringBuilder html = new StringBuilder("<table style=\"border:none\"><tr><td>");
    html.append("<table><thead><tr><th></th><th>Array</th><th>Chunk</th></tr></thead><tbody>");
    row(html, "Bytes", known ? Bytes.format(array.nbytes()) : "unknown",
        known ? Bytes.format(chunkBytes) : "unknown");
    row(html, "Shape", Dense.shapeText(shape), Dense.shapeText(chunk));
    row(html, "Count", array.taskCount() + " tasks", array.numBlocks() + " chunks");
    row(html, "Type", array.dtype().toString(), "");
    html.append("</tbody></table>");
    if (!known) {
      html.append("<p>chunk sizes unknown until computed (computeChunkSizes())</p>");
    }
    html.append("</td><td>");
    if (known && shape.length > 0) {
      html.append(grid(array.node().grid()));
    }
    return html.append("</td></tr></table>").toString();
  }

  private static void row(StringBuilder html, String name, String whole, String chunk) {
    html.append("<tr><th>").append(name).append("</th><td>").append(Html.escape(whole))
        .append("</td><td>").append(Html.escape(chunk)).append("</td></tr>");
  }

  /**
   * The chunk grid of the last two axes (one axis: a strip), scaled so the longer side is {@link
   * #PICTURE_PX}; earlier axes are noted under it.
   */
  static String grid(ChunkGrid grid) {
    int ndim = grid.ndim();
    int[] shape = grid.shape();
    int[] rows = ndim == 1 ? new int[] {1} : grid.chunks(ndim - 2);
    int[] columns = grid.chunks(ndim - 1);
    long height = ndim == 1 ? 1 : shape[ndim - 2];
    long width = shape[ndim - 1];
    double scale = PICTURE_PX / (double) Math.max(1, Math.max(height, width));
    double w = Math.max(20, width * scale);
    double h = ndim == 1 ? 24 : Math.max(20, height * scale);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg width=\"%.0f\" height=\"%.0f\" style=\"stroke:#444\">", w + 40, h + 40));
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"10\" y=\"10\" width=\"%.1f\" height=\"%.1f\" style=\"fill:#8db6e8;"
            + "fill-opacity:0.6;stroke-width:2\"/>", w, h));
    lines(svg, columns, width, w, h, true);
    if (ndim > 1) {
      lines(svg, rows, height, h, w, false);
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" style=\"stroke:none;font-size:11px\" text-anchor=\"middle\">"
            + "%d</text>", 10 + w / 2, h + 28, width));
    if (ndim > 1) {
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" style=\"stroke:none;font-size:11px\" "
              + "transform=\"rotate(-90 %.1f %.1f)\" text-anchor=\"middle\">%d</text>",
          w + 26, 10 + h / 2, w + 26, 10 + h / 2, height));
    }
    svg.append("</svg>");
    if (ndim > 2) {
      StringBuilder outer = new StringBuilder();
      for (int axis = 0; axis < ndim - 2; axis++) {
        outer.append(axis == 0 ? "" : " × ").append(shape[axis])
            .append(" in ").append(grid.count(axis)).append(" chunks");
      }
      svg.append("<div style=\"font-size:11px\">stacked ").append(outer).append("</div>");
    }
    return svg.toString();
  }

  /** Chunk boundaries across one side: vertical lines when {@code vertical}, else horizontal. */
  private static void lines(StringBuilder svg, int[] lengths, long total, double along,
      double across, boolean vertical) {
    if (lengths.length > MAX_LINES_PER_AXIS) {
      return; // too many to tell apart; the filled rectangle stands for them
    }
    long offset = 0;
    for (int i = 0; i < lengths.length - 1; i++) {
      offset += lengths[i];
      double at = 10 + along * offset / Math.max(1, total);
      svg.append(vertical
          ? String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\"/>",
              at, at, 10 + across)
          : String.format(Locale.ROOT, "<line x1=\"10\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
              at, 10 + across, at));
    }
  }
}
