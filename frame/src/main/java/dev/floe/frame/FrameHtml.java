package dev.floe.frame;

import dev.floe.runtime.display.Html;
import java.util.List;
import java.util.Map;

/** A DataFrame's structure as a notebook shows it; nothing is computed to draw it. */
final class FrameHtml {
  private FrameHtml() {}

  static String structure(DataFrame frame) {
    StringBuilder html = new StringBuilder("<div><strong>Floe DataFrame</strong> &middot; ")
        .append(frame.npartitions()).append(frame.npartitions() == 1 ? " partition" : " partitions");
    frame.index().ifPresent(index -> html.append(" &middot; index ")
        .append(Html.escape(index)));
    frame.divisions().ifPresent(divisions -> html.append(" &middot; divisions ")
        .append(Html.escape(String.valueOf(divisions.get(0)))).append(" &hellip; ")
        .append(Html.escape(String.valueOf(divisions.get(divisions.size() - 1)))));
    html.append("</div><table><thead><tr><th></th>");
    Map<String, ?> dtypes = frame.dtypes();
    List<String> columns = frame.columns();
    for (String column : columns) {
      html.append("<th>").append(Html.escape(column)).append("</th>");
    }
    html.append("</tr></thead><tbody><tr><th>dtype</th>");
    for (String column : columns) {
      html.append("<td>").append(Html.escape(String.valueOf(dtypes.get(column)))).append("</td>");
    }
    return html.append("</tr></tbody></table>").toString();
  }
}
