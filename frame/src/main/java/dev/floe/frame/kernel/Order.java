package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Stable orders of rows by primitive keys, without boxing a row number.
 *
 * <p>When the keys' range leaves room for the row number in a {@code long}, each row becomes
 * {@code (key - min) << rowBits | row} and one {@link Arrays#sort(long[])} orders them: equal keys
 * are then ordered by row, which makes the sort stable. Otherwise an LSD radix sort over 16-bit
 * digits (skipping digits every key shares) keeps the rows of equal keys in order by
 * construction.
 */
public final class Order {
  private static final int DIGIT_BITS = 16;
  private static final int DIGITS = 1 << DIGIT_BITS;

  private Order() {}

  /**
   * The rows of {@code column} by value, stable: ties keep row order in both directions; missing
   * values last.
   */
  public static int[] of(ColumnData column, boolean ascending) {
    long[] codes = KeyCodes.forOrdering(column);
    BitSet missing = column.missing();
    int rows = column.size();
    int present = rows - (missing == null ? 0 : missing.cardinality());
    long[] keys = new long[present];
    int[] rowOf = new int[present];
    int at = 0;
    for (int row = 0; row < rows; row++) {
      if (missing == null || !missing.get(row)) {
        keys[at] = ascending ? codes[row] : ~codes[row];
        rowOf[at++] = row;
      }
    }
    int[] sorted = ascending(keys, present);
    int[] order = new int[rows];
    for (int i = 0; i < present; i++) {
      order[i] = rowOf[sorted[i]];
    }
    if (missing != null) {
      for (int row = missing.nextSetBit(0); row >= 0; row = missing.nextSetBit(row + 1)) {
        order[at++] = row;
      }
    }
    return order;
  }

  /** The positions {@code 0..n-1} ordered stably by {@code keys[0..n)} ascending. */
  public static int[] ascending(long[] keys, int n) {
    if (n == 0) {
      return new int[0];
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, keys[i]);
      max = Math.max(max, keys[i]);
    }
    int rowBits = 64 - Long.numberOfLeadingZeros(n);
    long range = max - min; // negative when the range overflows a long
    if (range >= 0 && range < (1L << (63 - rowBits))) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((keys[i] - min) << rowBits) | i;
      }
      Arrays.sort(packed);
      int[] order = new int[n];
      long rowMask = (1L << rowBits) - 1;
      for (int i = 0; i < n; i++) {
        order[i] = (int) (packed[i] & rowMask);
      }
      return order;
    }
    return radix(keys, n);
  }

  private static int[] radix(long[] keys, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] next = new int[n];
    int[] counts = new int[DIGITS + 1];
    for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[digit(keys[i], shift) + 1]++;
      }
      if (counts[digit(keys[0], shift) + 1] == n) {
        continue; // every key has this digit
      }
      for (int d = 0; d < DIGITS; d++) {
        counts[d + 1] += counts[d];
      }
      for (int i = 0; i < n; i++) {
        int row = order[i];
        next[counts[digit(keys[row], shift)]++] = row;
      }
      int[] swap = order;
      order = next;
      next = swap;
    }
    return order;
  }

  /** The digit of a key as unsigned: the sign bit flipped, so negative keys come first. */
  private static int digit(long key, int shift) {
    return (int) (((key ^ Long.MIN_VALUE) >>> shift) & (DIGITS - 1));
  }

  /**
   * The rows of equal-length {@code columns} ordered by the first column, ties by the second and
   * so on: each in its type's order, missing last; stable.
   */
  public static int[] lexicographic(List<ColumnData> columns) {
    int rows = columns.get(0).size();
    long[] combined = new long[rows];
    long count = 1;
    for (ColumnData column : columns) {
      long[] rank = new long[rows];
      long ranks = ranks(column, rank);
      if ((double) count * ranks >= (double) (1L << 62)) {
        count = ranks(combined, rows);
      }
      for (int i = 0; i < rows; i++) {
        combined[i] = combined[i] * ranks + rank[i];
      }
      count *= ranks;
    }
    return ascending(combined, rows);
  }

  /** Dense ranks of {@code column}'s values into {@code rank}, missing last; how many ranks. */
  private static long ranks(ColumnData column, long[] rank) {
    int[] order = of(column, true);
    long[] codes = KeyCodes.forOrdering(column);
    long next = -1;
    boolean previousMissing = false;
    long previous = 0;
    for (int i = 0; i < order.length; i++) {
      int row = order[i];
      boolean missing = column.isMissing(row);
      if (i == 0 || missing != previousMissing || (!missing && codes[row] != previous)) {
        next++;
      }
      rank[row] = next;
      previousMissing = missing;
      previous = codes[row];
    }
    return next + 1;
  }

  /** Replaces {@code keys} by their dense ranks; how many ranks. */
  private static long ranks(long[] keys, int n) {
    int[] order = ascending(keys, n);
    long[] rank = new long[n];
    long next = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[order[i]] != keys[order[i - 1]]) {
        next++;
      }
      rank[order[i]] = next;
    }
    System.arraycopy(rank, 0, keys, 0, n);
    return next + 1;
  }
}
