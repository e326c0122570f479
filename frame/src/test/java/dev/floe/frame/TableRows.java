package dev.floe.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/** Tables and DuckDB answers as comparable lines of text, for tests that compare row by row. */
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

  /** The rows of a DuckDB query the same way: cells joined by {@code |}, each spelled (null: NULL). */
  static List<String> query(java.sql.Connection duckdb, String sql, UnaryOperator<String> spelling)
      throws java.sql.SQLException {
    List<String> rows = new ArrayList<>();
    try (java.sql.Statement statement = duckdb.createStatement();
        java.sql.ResultSet result = statement.executeQuery(sql)) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          cells.add(spelling.apply(result.getString(i)));
        }
        rows.add(String.join("|", cells));
      }
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
