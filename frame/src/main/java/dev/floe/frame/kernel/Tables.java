package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.LongColumnType;

/**
 * Turns chunks into one Tablesaw {@link Table}: partitions in order, each column of the type all
 * partitions agree on (int64 in some and float64 in others becomes float64 everywhere, the one
 * lossless promotion).
 *
 * <p>Tablesaw marks a missing int64 with the value {@code Long.MIN_VALUE}. A real value equal to it
 * would silently turn missing, so it is an error naming the column instead.
 */
public final class Tables {
  private static final long MICROS_PER_SECOND = 1_000_000;

  /*
   * Tablesaw's column types initialize one another in static initializers (ColumnType's fields
   * are the types; each type's superclass implements ColumnType), so two threads touching them
   * first at the same time can deadlock, one holding ColumnType and waiting for StringColumnType,
   * the other the reverse. Every Floe path to Tablesaw goes through this class, whose own
   * initialization the JVM runs once, on one thread, while others wait: it makes each column type
   * and a table here, before any other Tablesaw class is touched.
   */
  static {
    ColumnType.values();
    Table.create("init").addColumns(StringColumn.create("s"), DoubleColumn.create("d"),
        LongColumn.create("l"), BooleanColumn.create("b"), DateColumn.create("t"),
        DateTimeColumn.create("dt"));
  }

  private Tables() {}

  /** Makes sure Tablesaw's types are initialized, as above, before the caller touches Tablesaw. */
  public static void ready() {
    // the class initializer did the work
  }

  /**
   * A table of two columns: {@code names} as strings under {@code nameColumn}, and {@code values}
   * as float64 under {@code valueColumn}.
   */
  public static Table namedValues(String table, String nameColumn, List<String> names,
      String valueColumn, double[] values) {
    StringColumn labels = StringColumn.create(nameColumn);
    DoubleColumn numbers = DoubleColumn.create(valueColumn);
    for (int i = 0; i < names.size(); i++) {
      labels.append(names.get(i));
      numbers.append(values[i]);
    }
    return Table.create(table).addColumns(labels, numbers);
  }

  /** The rows of all chunks, in order, as one table named {@code name}. */
  public static Table toTable(String name, List<String> names, List<DType> types,
      List<Chunk> chunks) {
    Table table = Table.create(name);
    for (int c = 0; c < names.size(); c++) {
      String column = names.get(c);
      DType type = unified(column, types.get(c), chunks);
      table.addColumns(column(column, type, chunks));
    }
    return table;
  }

  /** The column types of a Tablesaw table, in Floe's terms. */
  public static List<DType> dtypes(Table table) {
    List<DType> types = new java.util.ArrayList<>();
    for (Column<?> column : table.columns()) {
      types.add(dtype(column));
    }
    return types;
  }

  /** A Tablesaw table as a chunk (int and float columns widen to int64 and float64). */
  public static Chunk toChunk(Table table) {
    List<ColumnData> columns = new java.util.ArrayList<>();
    int rows = table.rowCount();
    for (Column<?> column : table.columns()) {
      BitSet missing = null;
      for (int i = 0; i < rows; i++) {
        if (column.isMissing(i)) {
          if (missing == null) {
            missing = new BitSet();
          }
          missing.set(i);
        }
      }
      columns.add(switch (dtype(column)) {
        case INT64 -> {
          long[] values = new long[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = column.isMissing(i) ? 0 : ((Number) column.get(i)).longValue();
          }
          yield new ColumnData.Longs(values, rows, missing);
        }
        case FLOAT64 -> {
          double[] values = new double[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = column.isMissing(i) ? Double.NaN : ((Number) column.get(i)).doubleValue();
          }
          yield new ColumnData.Doubles(values, rows, missing);
        }
        case BOOL -> {
          boolean[] values = new boolean[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = !column.isMissing(i) && (Boolean) column.get(i);
          }
          yield new ColumnData.Booleans(values, rows, missing);
        }
        case DATE -> {
          int[] values = new int[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = column.isMissing(i) ? 0 : (int) ((LocalDate) column.get(i)).toEpochDay();
          }
          yield new ColumnData.Dates(values, rows, missing);
        }
        case DATETIME -> {
          long[] values = new long[rows];
          for (int i = 0; i < rows; i++) {
            if (!column.isMissing(i)) {
              LocalDateTime time = (LocalDateTime) column.get(i);
              values[i] = time.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND
                  + time.getNano() / 1000;
            }
          }
          yield new ColumnData.DateTimes(values, rows, missing);
        }
        case STRING -> {
          String[] texts = new String[rows];
          for (int i = 0; i < rows; i++) {
            texts[i] = column.isMissing(i) ? null : String.valueOf(column.get(i));
          }
          yield ColumnData.Strings.of(texts);
        }
        case INT32, FLOAT32 -> throw dtype(column).notAFrameType("a frame column");
      });
    }
    return new Chunk(table.columnNames(), columns, rows);
  }

  private static DType dtype(Column<?> column) {
    String type = column.type().name();
    return switch (type) {
      case "LONG", "INTEGER", "SHORT" -> DType.INT64;
      case "DOUBLE", "FLOAT" -> DType.FLOAT64;
      case "BOOLEAN" -> DType.BOOL;
      case "LOCAL_DATE" -> DType.DATE;
      case "LOCAL_DATE_TIME" -> DType.DATETIME;
      case "STRING", "TEXT" -> DType.STRING;
      default -> throw new IllegalArgumentException("column '" + column.name() + "' has the"
          + " Tablesaw type " + type + ", which Floe does not support in partitions");
    };
  }

  private static DType unified(String name, DType declared, List<Chunk> chunks) {
    DType type = declared;
    for (Chunk chunk : chunks) {
      DType actual = chunk.column(name).type();
      if (actual == DType.FLOAT64 && type == DType.INT64) {
        type = DType.FLOAT64;
      }
    }
    return type;
  }

  private static Column<?> column(String name, DType type, List<Chunk> chunks) {
    int rows = chunks.stream().mapToInt(Chunk::rows).sum();
    switch (type) {
      case INT64 -> {
        long[] values = new long[rows];
        int at = 0;
        for (Chunk chunk : chunks) {
          ColumnData.Longs data = (ColumnData.Longs) chunk.column(name);
          for (int i = 0; i < data.size(); i++) {
            long v = data.values()[i];
            if (data.isMissing(i)) {
              v = LongColumnType.missingValueIndicator();
            } else if (v == LongColumnType.missingValueIndicator()) {
              throw new IllegalArgumentException("column '" + name + "' holds " + v
                  + ", the value Tablesaw uses to mark a missing int64; read the column as"
                  + " float64 or string to keep it");
            }
            values[at++] = v;
          }
        }
        return LongColumn.create(name, values);
      }
      case FLOAT64 -> {
        double[] values = new double[rows];
        int at = 0;
        for (Chunk chunk : chunks) {
          ColumnData data = chunk.column(name);
          for (int i = 0; i < data.size(); i++) {
            values[at++] = data.isMissing(i) ? Double.NaN : Evaluator.number(data, i);
          }
        }
        return DoubleColumn.create(name, values);
      }
      case BOOL -> {
        BooleanColumn column = BooleanColumn.create(name);
        for (Chunk chunk : chunks) {
          ColumnData.Booleans data = (ColumnData.Booleans) chunk.column(name);
          for (int i = 0; i < data.size(); i++) {
            if (data.isMissing(i)) {
              column.appendMissing();
            } else {
              column.append(data.values()[i]);
            }
          }
        }
        return column;
      }
      case STRING -> {
        return strings(name, chunks.stream().map(chunk -> chunk.column(name)).toList(), rows);
      }
      case DATE -> {
        DateColumn column = DateColumn.create(name);
        for (Chunk chunk : chunks) {
          ColumnData.Dates data = (ColumnData.Dates) chunk.column(name);
          for (int i = 0; i < data.size(); i++) {
            if (data.isMissing(i)) {
              column.appendMissing();
            } else {
              column.append(LocalDate.ofEpochDay(data.epochDays()[i]));
            }
          }
        }
        return column;
      }
      default -> {
        DateTimeColumn column = DateTimeColumn.create(name);
        for (Chunk chunk : chunks) {
          ColumnData.DateTimes data = (ColumnData.DateTimes) chunk.column(name);
          for (int i = 0; i < data.size(); i++) {
            if (data.isMissing(i)) {
              column.appendMissing();
            } else {
              column.append(ColumnData.DateTimes.toLocalDateTime(data.epochMicros()[i]));
            }
          }
        }
        return column;
      }
    }
  }

  /**
   * A Tablesaw text column over the partitions' dictionaries: rows point into the dictionaries
   * laid end to end, and the one merged dictionary Tablesaw's keys need is built only when a call
   * needs it ({@link DeferredTextMap}). Tablesaw's missing text is the empty string, so a missing
   * row and an empty text are both missing, as when appended.
   */
  private static StringColumn strings(String name, List<ColumnData> parts, int rows) {
    int entries = 0;
    for (ColumnData part : parts) {
      entries += ((ColumnData.Strings) part).dictionary().length;
    }
    String[] texts = new String[entries];
    int[] textOfRow = new int[rows];
    int missing = 0;
    int offset = 0;
    int at = 0;
    for (ColumnData part : parts) {
      ColumnData.Strings strings = (ColumnData.Strings) part;
      String[] dictionary = strings.dictionary();
      System.arraycopy(dictionary, 0, texts, offset, dictionary.length);
      int[] codes = strings.codes();
      for (int i = 0; i < strings.size(); i++) {
        int code = codes[i];
        if (code < 0 || dictionary[code].isEmpty()) {
          textOfRow[at++] = DeferredTextMap.MISSING_KEY;
          missing++;
        } else {
          textOfRow[at++] = offset + code;
        }
      }
      offset += dictionary.length;
    }
    return StringColumn.createInternal(name, new DeferredTextMap(texts, textOfRow, missing));
  }
}
