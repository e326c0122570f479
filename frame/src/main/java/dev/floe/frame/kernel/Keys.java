package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.util.Arrays;
import java.util.List;

/**
 * Row values as Java objects, for hashing and matching rows by key: strings as String, int64 as
 * Long, float64 as Double, bools as Boolean, dates as Integer days, date-times as Long micros.
 */
public final class Keys {
  /** The key of a missing value: missing keys match one another, as they do in pandas' merge. */
  public static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "<missing>";
    }
  };

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

  /** The key of {@code row} over {@code columns}, with {@link #MISSING} for missing values. */
  public static Object keyAt(List<ColumnData> columns, int row) {
    if (columns.size() == 1) {
      Object value = valueAt(columns.get(0), row);
      return value == null ? MISSING : value;
    }
    Object[] key = new Object[columns.size()];
    for (int k = 0; k < key.length; k++) {
      Object value = valueAt(columns.get(k), row);
      key[k] = value == null ? MISSING : value;
    }
    return Arrays.asList(key);
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

  /**
   * A hash of the key that is the same in every JVM: String, Long, Double, Boolean and Integer
   * hash codes are specified; the missing key hashes to 0.
   */
  public static int hash(Object key) {
    if (key == MISSING) {
      return 0;
    }
    if (key instanceof List<?> list) {
      int hash = 1;
      for (Object part : list) {
        hash = 31 * hash + hash(part);
      }
      return hash;
    }
    int h = key.hashCode();
    return h ^ (h >>> 16) ^ (h * 0x9E3779B9);
  }
}
