package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Selecting rows and columns of chunks. */
public final class Rows {
  private Rows() {}

  /** The rows of {@code chunk} where {@code keep} is true, in order. */
  public static Chunk select(Chunk chunk, boolean[] keep) {
    int[] rows = new int[chunk.rows()];
    int count = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        rows[count++] = i;
      }
    }
    if (count == chunk.rows()) {
      return chunk;
    }
    return take(chunk, rows, count);
  }

  /** The first {@code n} rows (or all, when fewer). */
  public static Chunk head(Chunk chunk, int n) {
    int count = Math.min(n, chunk.rows());
    int[] rows = new int[count];
    for (int i = 0; i < count; i++) {
      rows[i] = i;
    }
    return take(chunk, rows, count);
  }

  /** The named columns, in the order given. */
  public static Chunk columns(Chunk chunk, List<String> names) {
    List<ColumnData> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(chunk.column(name));
    }
    return new Chunk(names, columns, chunk.rows());
  }

  /** The chunk with one column added, or replaced when the name exists. */
  public static Chunk withColumn(Chunk chunk, String name, ColumnData column) {
    List<String> names = new ArrayList<>(chunk.names());
    List<ColumnData> columns = new ArrayList<>(chunk.columns());
    int index = names.indexOf(name);
    if (index >= 0) {
      columns.set(index, column);
    } else {
      names.add(name);
      columns.add(column);
    }
    return new Chunk(names, columns, chunk.rows());
  }

  /**
   * The rows {@code rows[0..count)} of {@code chunk}, in that order; a row number of -1 gives a
   * row of missing values (the unmatched side of an outer join).
   */
  public static Chunk take(Chunk chunk, int[] rows, int count) {
    List<ColumnData> columns = new ArrayList<>(chunk.columns().size());
    for (ColumnData column : chunk.columns()) {
      columns.add(take(column, rows, count));
    }
    return new Chunk(chunk.names(), columns, count);
  }

  private static ColumnData take(ColumnData column, int[] rows, int count) {
    BitSet missing = null;
    boolean absent = false;
    for (int i = 0; i < count && !absent; i++) {
      absent = rows[i] < 0;
    }
    // a text code marks its own missing rows; other types carry a mask
    boolean text = column instanceof ColumnData.Strings;
    if (absent || !text && column.missingCount() > 0) {
      missing = new BitSet();
      for (int i = 0; i < count; i++) {
        if (rows[i] < 0 || column.isMissing(rows[i])) {
          missing.set(i);
        }
      }
    }
    if (absent) {
      return takeAbsent(column, rows, count, missing);
    }
    if (column instanceof ColumnData.Longs c) {
      long[] values = new long[count];
      for (int i = 0; i < count; i++) {
        values[i] = c.values()[rows[i]];
      }
      return new ColumnData.Longs(values, count, missing);
    }
    if (column instanceof ColumnData.Doubles c) {
      double[] values = new double[count];
      for (int i = 0; i < count; i++) {
        values[i] = c.values()[rows[i]];
      }
      return new ColumnData.Doubles(values, count, missing);
    }
    if (column instanceof ColumnData.Booleans c) {
      boolean[] values = new boolean[count];
      for (int i = 0; i < count; i++) {
        values[i] = c.values()[rows[i]];
      }
      return new ColumnData.Booleans(values, count, missing);
    }
    if (column instanceof ColumnData.Strings c) {
      int[] codes = new int[count];
      for (int i = 0; i < count; i++) {
        codes[i] = c.codes()[rows[i]];
      }
      return compact(new ColumnData.Strings(codes, count, c.dictionary(), c.distinct()));
    }
    if (column instanceof ColumnData.Dates c) {
      int[] values = new int[count];
      for (int i = 0; i < count; i++) {
        values[i] = c.epochDays()[rows[i]];
      }
      return new ColumnData.Dates(values, count, missing);
    }
    ColumnData.DateTimes c = (ColumnData.DateTimes) column;
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] = c.epochMicros()[rows[i]];
    }
    return new ColumnData.DateTimes(values, count, missing);
  }

  /** {@link #take} where some rows are -1: those read row 0's slot (or nothing) and are missing. */
  private static ColumnData takeAbsent(ColumnData column, int[] rows, int count, BitSet missing) {
    int[] safe = new int[count];
    boolean empty = column.size() == 0;
    for (int i = 0; i < count; i++) {
      safe[i] = Math.max(rows[i], 0);
    }
    if (column instanceof ColumnData.Strings c) {
      int[] codes = new int[count];
      for (int i = 0; i < count; i++) {
        codes[i] = rows[i] < 0 ? ColumnData.Strings.MISSING : c.codes()[rows[i]];
      }
      return new ColumnData.Strings(codes, count, c.dictionary(), c.distinct());
    }
    if (empty) { // nothing to read: every row is missing
      return switch (column.type()) {
        case INT64 -> new ColumnData.Longs(new long[count], count, missing);
        case FLOAT64 -> new ColumnData.Doubles(new double[count], count, missing);
        case BOOL -> new ColumnData.Booleans(new boolean[count], count, missing);
        case DATE -> new ColumnData.Dates(new int[count], count, missing);
        default -> new ColumnData.DateTimes(new long[count], count, missing);
      };
    }
    ColumnData taken = take(column, safe, count);
    return withMissing(taken, missing);
  }

  /** The column with exactly the given rows missing. */
  static ColumnData withMissing(ColumnData column, BitSet missing) {
    if (column instanceof ColumnData.Longs c) {
      return new ColumnData.Longs(c.values(), c.size(), missing);
    }
    if (column instanceof ColumnData.Doubles c) {
      return new ColumnData.Doubles(c.values(), c.size(), missing);
    }
    if (column instanceof ColumnData.Booleans c) {
      return new ColumnData.Booleans(c.values(), c.size(), missing);
    }
    if (column instanceof ColumnData.Dates c) {
      return new ColumnData.Dates(c.epochDays(), c.size(), missing);
    }
    if (column instanceof ColumnData.DateTimes c) {
      return new ColumnData.DateTimes(c.epochMicros(), c.size(), missing);
    }
    return column;
  }

  /**
   * The column with only the dictionary entries its rows use, when it uses few of them (a piece
   * of a shuffle, a filtered chunk): a high-cardinality text column would otherwise carry its
   * whole dictionary into every piece, and each later concatenation would hash all of it.
   */
  static ColumnData.Strings compact(ColumnData.Strings column) {
    String[] dictionary = column.dictionary();
    int rows = column.size();
    if (dictionary.length <= 2L * rows + 64) {
      return column;
    }
    int[] remap = new int[dictionary.length];
    java.util.Arrays.fill(remap, -1);
    int[] codes = column.codes().clone();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int code = codes[i];
      if (code < 0) {
        continue;
      }
      if (remap[code] < 0) {
        remap[code] = used.size();
        used.add(dictionary[code]);
      }
      codes[i] = remap[code];
    }
    return new ColumnData.Strings(codes, rows, used.toArray(new String[0]), column.distinct());
  }
}
