package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.util.Arrays;

/**
 * A column's values as one {@code long} per row, so that kernels group and order rows on
 * primitive arrays instead of boxed values. Missing rows hold an unspecified code: read the
 * column's missing rows first.
 */
public final class KeyCodes {
  private KeyCodes() {}

  /**
   * Codes equal exactly when the values are equal: text by dictionary code (entries are
   * distinct), numbers, dates and date-times by value, float64 by bits with -0.0 as 0.0. For
   * int64 and date-time columns this is the column's own array (no copy): read it, never write
   * it, and only its first {@code size()} values.
   */
  public static long[] forGrouping(ColumnData column) {
    if (column instanceof ColumnData.Longs c) {
      return c.values();
    }
    if (column instanceof ColumnData.DateTimes c) {
      return c.epochMicros();
    }
    int rows = column.size();
    long[] codes = new long[rows];
    if (column instanceof ColumnData.Strings text) {
      int[] v = text.withDistinctDictionary().codes();
      for (int i = 0; i < rows; i++) {
        codes[i] = v[i];
      }
    } else if (column instanceof ColumnData.Dates c) {
      int[] v = c.epochDays();
      for (int i = 0; i < rows; i++) {
        codes[i] = v[i];
      }
    } else if (column instanceof ColumnData.Booleans c) {
      boolean[] v = c.values();
      for (int i = 0; i < rows; i++) {
        codes[i] = v[i] ? 1 : 0;
      }
    } else {
      double[] v = ((ColumnData.Doubles) column).values();
      for (int i = 0; i < rows; i++) {
        codes[i] = Double.doubleToLongBits(v[i] == 0 ? 0.0 : v[i]);
      }
    }
    return codes;
  }

  /**
   * Codes in the values' order: numbers, dates and bools naturally (-0.0 ties 0.0), text by code
   * point ({@link Keys#compareText}) through the rank of each dictionary entry. Like {@link
   * #forGrouping}, it may be the column's own array: read only.
   */
  public static long[] forOrdering(ColumnData column) {
    if (column instanceof ColumnData.Doubles c) {
      double[] v = c.values();
      long[] codes = new long[c.size()];
      for (int i = 0; i < codes.length; i++) {
        long bits = Double.doubleToLongBits(v[i] == 0 ? 0.0 : v[i]);
        codes[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE); // negatives reversed below positives
      }
      return codes;
    }
    if (column instanceof ColumnData.Strings c) {
      int[] rank = textRanks(c.dictionary());
      int[] v = c.codes();
      long[] codes = new long[c.size()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = v[i] < 0 ? 0 : rank[v[i]];
      }
      return codes;
    }
    return forGrouping(column);
  }

  /** The rank of each dictionary entry in code point order; equal texts share a rank. */
  static int[] textRanks(String[] dictionary) {
    Integer[] byText = new Integer[dictionary.length];
    for (int i = 0; i < byText.length; i++) {
      byText[i] = i;
    }
    Arrays.sort(byText, (x, y) -> Keys.compareText(dictionary[x], dictionary[y]));
    int[] rank = new int[dictionary.length];
    for (int r = 1; r < byText.length; r++) {
      boolean tie = dictionary[byText[r]].equals(dictionary[byText[r - 1]]);
      rank[byText[r]] = tie ? rank[byText[r - 1]] : r;
    }
    return rank;
  }
}
