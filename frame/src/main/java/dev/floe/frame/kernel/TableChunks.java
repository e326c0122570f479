package dev.floe.frame.kernel;

import dev.floe.core.DType;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw {@link Table} as a chunk, the way back from {@link Tables#toTable}: integer columns
 * (long, int, short) become int64, floating ones float64, booleans bool, text string (Tablesaw's
 * empty text is its missing value), dates and date-times as they are; Tablesaw's missing values
 * stay missing. Other column types are refused, naming the column.
 */
public final class TableChunks {
  private static final long MICROS_PER_SECOND = 1_000_000;

  private TableChunks() {}

  /** The Floe type a column of table {@code table} becomes. */
  private static DType typeOf(String table, Column<?> column) {
    String type = column.type().name();
    return switch (type) {
      case "LONG", "INTEGER", "SHORT" -> DType.INT64;
      case "DOUBLE", "FLOAT" -> DType.FLOAT64;
      case "BOOLEAN" -> DType.BOOL;
      case "STRING", "TEXT" -> DType.STRING;
      case "LOCAL_DATE" -> DType.DATE;
      case "LOCAL_DATE_TIME" -> DType.DATETIME;
      default -> throw new IllegalArgumentException("column '" + column.name() + "' of table '"
          + table + "' is a Tablesaw " + type + " column, which Floe does not read"
          + " (int64, float64, bool, string, date and date-time columns are read)");
    };
  }

  /** The rows of {@code table} as one chunk. */
  public static Chunk of(Table table) {
    List<String> names = new ArrayList<>();
    List<ColumnData> columns = new ArrayList<>();
    int rows = table.rowCount();
    for (Column<?> column : table.columns()) {
      names.add(column.name());
      columns.add(column(column, typeOf(table.name(), column), rows));
    }
    return new Chunk(names, columns, rows);
  }

  private static ColumnData column(Column<?> column, DType type, int rows) {
    BitSet missing = null;
    for (int row = 0; row < rows; row++) {
      if (column.isMissing(row)) {
        missing = missing == null ? new BitSet(rows) : missing;
        missing.set(row);
      }
    }
    switch (type) {
      case INT64 -> {
        NumericColumn<?> numbers = (NumericColumn<?>) column;
        tech.tablesaw.api.LongColumn longs = column instanceof tech.tablesaw.api.LongColumn l
            ? l : null; // read exactly: beyond 2^53 a double would round
        long[] values = new long[rows];
        for (int row = 0; row < rows; row++) {
          values[row] = column.isMissing(row) ? 0
              : longs != null ? longs.getLong(row) : (long) numbers.getDouble(row);
        }
        return new ColumnData.Longs(values, rows, missing);
      }
      case FLOAT64 -> {
        NumericColumn<?> numbers = (NumericColumn<?>) column;
        double[] values = new double[rows];
        for (int row = 0; row < rows; row++) {
          values[row] = column.isMissing(row) ? Double.NaN : numbers.getDouble(row);
        }
        return new ColumnData.Doubles(values, rows, missing);
      }
      case BOOL -> {
        BooleanColumn flags = (BooleanColumn) column;
        boolean[] values = new boolean[rows];
        for (int row = 0; row < rows; row++) {
          values[row] = !column.isMissing(row) && flags.get(row);
        }
        return new ColumnData.Booleans(values, rows, missing);
      }
      case STRING -> {
        Map<String, Integer> codeOf = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        int[] codes = new int[rows];
        for (int row = 0; row < rows; row++) {
          String text = column.isMissing(row) ? null : column.getString(row);
          if (text == null || text.isEmpty()) {
            codes[row] = ColumnData.Strings.MISSING;
            continue;
          }
          codes[row] = codeOf.computeIfAbsent(text, key -> {
            dictionary.add(key);
            return dictionary.size() - 1;
          });
        }
        return new ColumnData.Strings(codes, rows, dictionary.toArray(new String[0]));
      }
      case DATE -> {
        DateColumn dates = (DateColumn) column;
        int[] values = new int[rows];
        for (int row = 0; row < rows; row++) {
          LocalDate date = column.isMissing(row) ? null : dates.get(row);
          values[row] = date == null ? 0 : (int) date.toEpochDay();
        }
        return new ColumnData.Dates(values, rows, missing);
      }
      default -> {
        DateTimeColumn times = (DateTimeColumn) column;
        long[] values = new long[rows];
        for (int row = 0; row < rows; row++) {
          LocalDateTime time = column.isMissing(row) ? null : times.get(row);
          values[row] = time == null ? 0 : time.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND
              + time.getNano() / 1_000;
        }
        return new ColumnData.DateTimes(values, rows, missing);
      }
    }
  }
}
