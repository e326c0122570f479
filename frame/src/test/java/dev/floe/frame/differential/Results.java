package dev.floe.frame.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Results of both engines as rows of normalized values — null for missing (and NaN), Long for
 * integers, Double for other numbers, String, Boolean, LocalDate — and their comparison: numbers
 * exactly when both are integers, else within 1e-9 relative (1e-6 absolute near zero); rows in
 * order when the pipeline defines one, else as multisets.
 */
final class Results {
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-6;

  private Results() {}

  static Object normalize(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) { // DuckDB's HUGEINT sums: beyond int64, a double
      return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Double d) {
      return d.isNaN() ? null : d == 0 ? 0.0 : d;
    }
    return value;
  }

  /** A Floe result (a table or a number) as rows. */
  static List<List<Object>> rows(Object result) {
    List<List<Object>> rows = new ArrayList<>();
    if (!(result instanceof Table table)) {
      rows.add(java.util.Collections.singletonList(normalize(result)));
      return rows;
    }
    for (int r = 0; r < table.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        row.add(column.isMissing(r) ? null : normalize(column.get(r)));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Why {@code actual} differs from {@code expected}, or null when they agree. */
  static String difference(List<List<Object>> expected, List<List<Object>> actual,
      boolean ordered) {
    if (expected.size() != actual.size()) {
      return "expected " + expected.size() + " rows, got " + actual.size();
    }
    List<List<Object>> e = expected;
    List<List<Object>> a = actual;
    if (!ordered) {
      e = sorted(expected);
      a = sorted(actual);
    }
    for (int r = 0; r < e.size(); r++) {
      if (e.get(r).size() != a.get(r).size()) {
        return "row " + r + ": expected " + e.get(r).size() + " values, got " + a.get(r).size();
      }
      for (int c = 0; c < e.get(r).size(); c++) {
        if (!same(e.get(r).get(c), a.get(r).get(c))) {
          return "row " + r + " value " + c + ": expected " + e.get(r) + ", got " + a.get(r);
        }
      }
    }
    return null;
  }

  static boolean same(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Long x && actual instanceof Long y) {
      return x.longValue() == y.longValue();
    }
    if (expected instanceof Number x && actual instanceof Number y) {
      double a = x.doubleValue();
      double b = y.doubleValue();
      if (Double.isInfinite(a) || Double.isInfinite(b)) {
        return a == b;
      }
      return Math.abs(a - b) <= Math.max(ABSOLUTE, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
    }
    return expected.equals(actual);
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(ROW_ORDER);
    return copy;
  }

  private static final Comparator<Object> VALUE_ORDER = (x, y) -> {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    if (x instanceof Long a && y instanceof Long b) {
      return a.compareTo(b); // exactly: doubles would tie 2^53 + 1 with 2^53
    }
    if (x instanceof Number a && y instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    if (x instanceof String a && y instanceof String b) {
      return a.compareTo(b);
    }
    if (x instanceof Boolean a && y instanceof Boolean b) {
      return a.compareTo(b);
    }
    if (x instanceof LocalDate a && y instanceof LocalDate b) {
      return a.compareTo(b);
    }
    return x.getClass().getName().compareTo(y.getClass().getName());
  };

  private static final Comparator<List<Object>> ROW_ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = VALUE_ORDER.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };
}
