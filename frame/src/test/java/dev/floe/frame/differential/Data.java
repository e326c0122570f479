package dev.floe.frame.differential;

import dev.floe.frame.DataFrame;
import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated table: typed columns, rows of Java values (Long, Double, String, LocalDate,
 * Boolean; null for missing) and how many rows each partition holds. It becomes CSV files, one
 * per partition (an empty partition is a file with only the header), for Floe, and the same
 * values in a DuckDB table for the oracle.
 *
 * @param name the table's name in SQL ({@code t}, {@code u})
 * @param columns the columns (types and value properties as the generator made them)
 * @param rows the rows in order
 * @param partitions rows per partition, in order; they sum to the row count
 */
record Data(String name, List<Shape.Col> columns, List<Object[]> rows, List<Integer> partitions) {
  Data {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    partitions = List.copyOf(partitions);
  }

  /** The same rows cut into {@code count} partitions at random places (some may be empty). */
  Data repartitioned(int count, Random random) {
    return new Data(name, columns, rows, cut(rows.size(), count, random));
  }

  /** Only the rows {@code keep} says, in one layout cut like this one's where possible. */
  Data withRows(List<Object[]> kept, List<Integer> layout) {
    return new Data(name, columns, kept, layout);
  }

  static List<Integer> cut(int rows, int count, Random random) {
    int[] sizes = new int[count];
    for (int i = 0; i < rows; i++) {
      sizes[random.nextInt(4) == 0 ? 0 : random.nextInt(count)]++;
    }
    if (count > 2 && random.nextBoolean()) { // an empty partition in the middle
      int empty = 1 + random.nextInt(count - 2);
      sizes[0] += sizes[empty];
      sizes[empty] = 0;
    }
    List<Integer> result = new ArrayList<>();
    for (int size : sizes) {
      result.add(size);
    }
    return result;
  }

  /** Writes the partitions as {@code folder/NAME-00000.csv}, … and returns a frame over them. */
  DataFrame write(Path folder) {
    try {
      Files.createDirectories(folder);
      int at = 0;
      for (int p = 0; p < partitions.size(); p++) {
        Files.writeString(folder.resolve(String.format("%s-%05d.csv", name, p)),
            csv(at, at + partitions.get(p)));
        at += partitions.get(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DataFrame.readCsv(folder + "/" + name + "-*.csv", options());
  }

  /**
   * Writes the partitions as {@link #write} does and returns a frame over them as Tablesaw tables
   * in memory ({@code DataFrame.fromTables}): each file read alone with this table's types and
   * computed, so the tables' columns and missing values are what a user's tables would hold.
   */
  DataFrame writeAsTables(Path folder) {
    write(folder);
    List<tech.tablesaw.api.Table> tables = new ArrayList<>();
    for (int p = 0; p < partitions.size(); p++) {
      Path file = folder.resolve(String.format("%s-%05d.csv", name, p));
      tables.add(DataFrame.readCsv(List.of(file), options()).compute());
    }
    return DataFrame.fromTables(tables);
  }

  /** Spellings of a missing value pandas reads by default (and Floe: a float64 nan is missing). */
  private static final String[] MISSING = {"", "", "NA", "NaN", "nan", "N/A", "null", "None",
      ""};

  /** The CSV text of rows {@code from} to {@code to}, with the header. */
  String csv(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      text.append(c == 0 ? "" : ",").append(columns.get(c).name());
    }
    text.append('\n');
    for (int r = from; r < to; r++) {
      Object[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        text.append(c == 0 ? "" : ",").append(row[c] == null
            ? MISSING[(r + c) % MISSING.length] : field(row[c]));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Double d && d.isInfinite()) {
      return d > 0 ? "inf" : "-inf";
    }
    return value.toString();
  }

  /** The read options: every column's type given, dates parsed. */
  CsvOptions options() {
    CsvOptions options = CsvOptions.defaults();
    List<String> dates = new ArrayList<>();
    for (Shape.Col col : columns) {
      if (col.type() == DType.DATE) {
        dates.add(col.name());
      } else {
        options = options.dtype(col.name(), col.type());
      }
    }
    return dates.isEmpty() ? options : options.parseDates(dates.toArray(new String[0]));
  }

  /** The Java that reads this table, for a reproduction. */
  String optionsJava() {
    StringBuilder java = new StringBuilder("CsvOptions.defaults()");
    List<String> dates = new ArrayList<>();
    for (Shape.Col col : columns) {
      if (col.type() == DType.DATE) {
        dates.add("\"" + col.name() + "\"");
      } else {
        java.append(".dtype(\"").append(col.name()).append("\", DType.")
            .append(col.type().name()).append(")");
      }
    }
    if (!dates.isEmpty()) {
      java.append(".parseDates(").append(String.join(", ", dates)).append(")");
    }
    return java.toString();
  }

  /** The SQL type of a column. */
  static String sqlType(DType type) {
    return switch (type) {
      case INT64 -> "BIGINT";
      case FLOAT64 -> "DOUBLE";
      case BOOL -> "BOOLEAN";
      case STRING -> "VARCHAR";
      case DATE -> "DATE";
      case DATETIME -> "TIMESTAMP";
      case INT32, FLOAT32 -> throw type.notAFrameType("a frame column");
    };
  }

  /** A value as a SQL literal. */
  static String sqlLiteral(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (value instanceof LocalDate d) {
      return "DATE '" + d + "'";
    }
    if (value instanceof Double d) {
      return d.isInfinite() ? (d > 0 ? "'inf'::DOUBLE" : "'-inf'::DOUBLE")
          : "(" + d + ")::DOUBLE";
    }
    return value.toString();
  }

  /** A value as a Java literal. */
  static String javaLiteral(Object value) {
    if (value instanceof String s) {
      StringBuilder java = new StringBuilder("\"");
      for (char ch : s.toCharArray()) {
        java.append(switch (ch) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '\n' -> "\\n";
          default -> ch < 0x20 || ch > 0x7e ? String.format("\\u%04x", (int) ch)
              : String.valueOf(ch);
        });
      }
      return java.append('"').toString();
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    if (value instanceof Double d) {
      return d.isInfinite() ? (d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
          : d.toString();
    }
    if (value instanceof LocalDate d) {
      return "LocalDate.parse(\"" + d + "\")";
    }
    return String.valueOf(value);
  }
}
