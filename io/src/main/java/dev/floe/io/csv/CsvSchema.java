package dev.floe.io.csv;

import dev.floe.core.DType;
import dev.floe.core.Schema;
import java.util.List;

/**
 * What a CSV read produces: the file's columns, and the ones read with their types.
 *
 * @param fileColumns every column of the files, in file order
 * @param columns the columns read, in file order (all of them unless {@code usecols} chose)
 * @param dtypes the type of each column read
 */
public record CsvSchema(List<String> fileColumns, List<String> columns, List<DType> dtypes)
    implements java.io.Serializable {
  /** Copies the lists and checks they agree. */
  public CsvSchema {
    fileColumns = List.copyOf(fileColumns);
    columns = List.copyOf(columns);
    dtypes = List.copyOf(dtypes);
    if (columns.size() != dtypes.size()) {
      throw new IllegalArgumentException(columns.size() + " columns but " + dtypes.size() + " types");
    }
  }

  /** The type of a column read. */
  public DType dtype(String column) {
    return new Schema(columns, dtypes).dtypeOf(column);
  }

  /** The same files read with fewer columns (kept in file order). */
  public CsvSchema select(List<String> wanted) {
    List<String> kept = columns.stream().filter(wanted::contains).toList();
    for (String name : wanted) {
      if (!columns.contains(name)) {
        throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columns);
      }
    }
    return new CsvSchema(fileColumns, kept, kept.stream().map(this::dtype).toList());
  }
}
