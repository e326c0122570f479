package dev.floe.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/** Tables as comparable lines of text, for tests that compare answers row by row. */
final class TableRows {
  private TableRows() {}

  /** Each row as its cells joined by {@code |}, missing as {@code null}, each cell spelled. */
  static List<String> rows(Table table, UnaryOperator<String> spelling) {
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < table.columnCount(); c++) {
        cells.add(spelling.apply(table.column(c).isMissing(row) ? null
            : table.column(c).getString(row)));
      }
      rows.add(String.join("|", cells));
    }
    return rows;
  }

  /** A sorted copy. */
  static List<String> sorted(List<String> rows) {
    List<String> copy = new ArrayList<>(rows);
    Collections.sort(copy);
    return copy;
  }
}
