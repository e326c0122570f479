package dev.floe.core.chunk;

import java.util.List;

/**
 * A block of rows read from one place: named columns of equal length.
 *
 * @param names the column names, in order
 * @param columns the columns, in the order of {@code names}
 * @param rows the number of rows
 */
public record Chunk(List<String> names, List<ColumnData> columns, int rows)
    implements java.io.Serializable {
  /** Checks that names and columns match and every column has {@code rows} rows. */
  public Chunk {
    names = List.copyOf(names);
    columns = List.copyOf(columns);
    if (names.size() != columns.size()) {
      throw new IllegalArgumentException(
          names.size() + " column names for " + columns.size() + " columns");
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).size() != rows) {
        throw new IllegalArgumentException("column '" + names.get(i) + "' has "
            + columns.get(i).size() + " rows, not " + rows);
      }
    }
  }

  /** The column called {@code name}; throws naming the columns there are when absent. */
  public ColumnData column(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "'; the columns are " + names);
    }
    return columns.get(index);
  }
}
