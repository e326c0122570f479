package dev.floe.frame;

import dev.floe.runtime.display.Html;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A computed Tablesaw table as a notebook shows it, after pandas: column names over their types,
 * the first and last rows of a long table with an ellipsis between, and the table's size.
 */
public final class TableHtml {
  /** Tables up to this many rows are shown whole. */
  public static final int MAX_ROWS_WHOLE = 20;
  /** How many rows a longer table shows from its start; {@link #TAIL_ROWS} more from its end. */
  public static final int HEAD_ROWS = 10;
  /** How many rows a longer table shows from its end. */
  public static final int TAIL_ROWS = 5;
  /** Tables up to this many columns show every one; wider ones their first and last ten. */
  public static final int MAX_COLUMNS_WHOLE = 20;

  private TableHtml() {}

  /** The table as an HTML fragment. */
  public static String of(Table table) {
    int rows = table.rowCount();
    int columns = table.columnCount();
    int[] shownColumns = shown(columns, MAX_COLUMNS_WHOLE, 10, 10);
    int[] shownRows = shown(rows, MAX_ROWS_WHOLE, HEAD_ROWS, TAIL_ROWS);
    StringBuilder html = new StringBuilder("<table><thead><tr><th></th>");
    for (int c : shownColumns) {
      html.append(c < 0 ? "<th>&hellip;</th>"
          : "<th>" + Html.escape(table.column(c).name()) + "</th>");
    }
    html.append("</tr><tr><th></th>");
    for (int c : shownColumns) {
      html.append(c < 0 ? "<th></th>" : "<th style=\"font-weight:normal;color:#777\">"
          + table.column(c).type().name().toLowerCase(Locale.ROOT) + "</th>");
    }
    html.append("</tr></thead><tbody>");
    for (int r : shownRows) {
      html.append("<tr><th>").append(r < 0 ? "&hellip;" : String.valueOf(r)).append("</th>");
      for (int c : shownColumns) {
        if (r < 0 || c < 0) {
          html.append("<td>&hellip;</td>");
        } else {
          Column<?> column = table.column(c);
          html.append("<td>").append(column.isMissing(r) ? "<i>NaN</i>"
              : Html.escape(column.getString(r))).append("</td>");
        }
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table><p>").append(rows).append(" rows &times; ")
        .append(columns).append(" columns</p>").toString();
  }

  /** The indices to show out of {@code count}: all, or head, -1 (an ellipsis), tail. */
  private static int[] shown(int count, int whole, int head, int tail) {
    if (count <= whole) {
      int[] all = new int[count];
      for (int i = 0; i < count; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] some = new int[head + 1 + tail];
    for (int i = 0; i < head; i++) {
      some[i] = i;
    }
    some[head] = -1;
    for (int i = 0; i < tail; i++) {
      some[head + 1 + i] = count - tail + i;
    }
    return some;
  }
}
