package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.Arrays;
import java.util.Comparator;

/** Sorting a chunk's rows by one column: stable, missing values last, as pandas sorts. */
public final class Sorting {
  private Sorting() {}

  /** The rows of {@code chunk} ordered by {@code column}. */
  public static Chunk sortBy(Chunk chunk, String column, boolean ascending) {
    int[] order = order(chunk.column(column), ascending);
    boolean sorted = true;
    for (int i = 0; i < order.length && sorted; i++) {
      sorted = order[i] == i;
    }
    return sorted ? chunk : Rows.take(chunk, order, order.length);
  }

  /** The row numbers of {@code column} in sorted order (stable; missing last). */
  static int[] order(ColumnData column, boolean ascending) {
    int rows = column.size();
    Integer[] boxed = new Integer[rows];
    for (int i = 0; i < rows; i++) {
      boxed[i] = i;
    }
    Comparator<Integer> byValue = comparator(column);
    Comparator<Integer> directed = ascending ? byValue : byValue.reversed();
    Comparator<Integer> missingLast = (a, b) -> {
      boolean ma = column.isMissing(a);
      boolean mb = column.isMissing(b);
      if (ma || mb) {
        return ma == mb ? 0 : ma ? 1 : -1;
      }
      return directed.compare(a, b);
    };
    Arrays.sort(boxed, missingLast); // TimSort: stable
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static Comparator<Integer> comparator(ColumnData column) {
    if (column instanceof ColumnData.Longs c) {
      long[] v = c.values();
      return (a, b) -> Long.compare(v[a], v[b]);
    }
    if (column instanceof ColumnData.Doubles c) {
      double[] v = c.values();
      return (a, b) -> v[a] < v[b] ? -1 : v[a] > v[b] ? 1 : 0; // -0.0 ties 0.0, as in numpy
    }
    if (column instanceof ColumnData.Dates c) {
      int[] v = c.epochDays();
      return (a, b) -> Integer.compare(v[a], v[b]);
    }
    if (column instanceof ColumnData.DateTimes c) {
      long[] v = c.epochMicros();
      return (a, b) -> Long.compare(v[a], v[b]);
    }
    if (column instanceof ColumnData.Booleans c) {
      boolean[] v = c.values();
      return (a, b) -> Boolean.compare(v[a], v[b]);
    }
    ColumnData.Strings c = (ColumnData.Strings) column;
    // Rank the dictionary once, then compare ranks.
    String[] dictionary = c.dictionary();
    Integer[] byText = new Integer[dictionary.length];
    for (int i = 0; i < byText.length; i++) {
      byText[i] = i;
    }
    Arrays.sort(byText, (x, y) -> Keys.compareText(dictionary[x], dictionary[y]));
    int[] rank = new int[dictionary.length];
    for (int r = 0; r < byText.length; r++) {
      rank[byText[r]] = r;
    }
    int[] codes = c.codes();
    return (a, b) -> Integer.compare(rank[codes[a]], rank[codes[b]]);
  }
}
