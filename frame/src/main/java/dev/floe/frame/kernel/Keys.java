package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;

/**
 * Row values as Java objects, where a value is handled on its own (division bounds, index labels,
 * tests): strings as String, int64 as Long, float64 as Double, bools as Boolean, dates as Integer
 * days, date-times as Long micros; and the orders of values.
 */
public final class Keys {
  private Keys() {}

  /** The value at {@code row} as an object, or null when missing. */
  public static Object valueAt(ColumnData column, int row) {
    if (column.isMissing(row)) {
      return null;
    }
    if (column instanceof ColumnData.Strings c) {
      return c.get(row);
    }
    if (column instanceof ColumnData.Longs c) {
      return c.values()[row];
    }
    if (column instanceof ColumnData.Doubles c) {
      double v = c.values()[row];
      return v == 0 ? 0.0 : v; // -0.0 and 0.0 are one key
    }
    if (column instanceof ColumnData.Booleans c) {
      return c.values()[row];
    }
    if (column instanceof ColumnData.Dates c) {
      return c.epochDays()[row];
    }
    return ((ColumnData.DateTimes) column).epochMicros()[row];
  }

  /**
   * Orders two non-missing values of one column type: numbers, dates and bools naturally, text by
   * Unicode code point as pandas (Python) and DuckDB (UTF-8 bytes) order it — not by UTF-16 unit,
   * which would put characters beyond U+FFFF before U+E000–U+FFFF.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return compareText(x, y);
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Text in code point order. */
  public static int compareText(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // Surrogates (U+D800–U+DFFF) stand for code points above every other UTF-16 unit.
        boolean xs = Character.isSurrogate(x);
        boolean ys = Character.isSurrogate(y);
        return xs == ys ? Character.compare(x, y) : xs ? 1 : -1;
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
