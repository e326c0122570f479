package dev.floe.frame.kernel;

import dev.floe.io.chunk.Chunk;
import dev.floe.io.chunk.ColumnData;
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

  private static Chunk take(Chunk chunk, int[] rows, int count) {
    List<ColumnData> columns = new ArrayList<>(chunk.columns().size());
    for (ColumnData column : chunk.columns()) {
      columns.add(take(column, rows, count));
    }
    return new Chunk(chunk.names(), columns, count);
  }

  private static ColumnData take(ColumnData column, int[] rows, int count) {
    BitSet missing = null;
    if (column.missingCount() > 0) {
      missing = new BitSet();
      for (int i = 0; i < count; i++) {
        if (column.isMissing(rows[i])) {
          missing.set(i);
        }
      }
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
      return new ColumnData.Strings(codes, count, c.dictionary());
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
}
