package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import dev.floe.core.Expr;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Evaluates expressions on a chunk, column at a time, pandas style: arithmetic on numbers gives
 * int64 when both sides are integers (true division gives float64), comparisons and logic give
 * bool, and a missing operand makes a comparison false (except {@code !=}, which is true).
 */
public final class Evaluator {
  private Evaluator() {}

  /** The value of {@code expr} for every row of {@code chunk}. */
  public static ColumnData evaluate(Expr expr, Chunk chunk) {
    if (expr instanceof Expr.Column column) {
      return chunk.column(column.name());
    }
    if (expr instanceof Expr.Literal literal) {
      return constant(literal.value(), chunk.rows());
    }
    if (expr instanceof Expr.Binary binary) {
      return binary(binary, chunk);
    }
    if (expr instanceof Expr.Not not) {
      boolean[] operand = mask(not.operand(), chunk);
      boolean[] result = new boolean[chunk.rows()];
      for (int i = 0; i < result.length; i++) {
        result[i] = !operand[i];
      }
      return new ColumnData.Booleans(result, result.length, null);
    }
    if (expr instanceof Expr.IsNull isNull) {
      ColumnData operand = evaluate(isNull.operand(), chunk);
      boolean[] result = new boolean[chunk.rows()];
      for (int i = 0; i < result.length; i++) {
        result[i] = operand.isMissing(i);
      }
      return new ColumnData.Booleans(result, result.length, null);
    }
    if (expr instanceof Expr.IsIn isIn) {
      return isIn(isIn, chunk);
    }
    if (expr instanceof Expr.Function function) {
      return Functions.apply(function, evaluate(function.operand(), chunk));
    }
    throw new IllegalArgumentException("cannot evaluate " + expr);
  }

  /** A filter mask: true where {@code expr} is true (missing counts as false). */
  public static boolean[] mask(Expr expr, Chunk chunk) {
    ColumnData value = evaluate(expr, chunk);
    if (!(value instanceof ColumnData.Booleans booleans)) {
      throw new IllegalArgumentException(
          "a filter needs a true/false expression, but " + expr + " is " + value.type());
    }
    boolean[] result = booleans.values().length == chunk.rows() && booleans.missing() == null
        ? booleans.values()
        : new boolean[chunk.rows()];
    if (result != booleans.values()) {
      for (int i = 0; i < result.length; i++) {
        result[i] = booleans.values()[i] && !booleans.isMissing(i);
      }
    }
    return result;
  }

  private static ColumnData constant(Object value, int rows) {
    if (Conversions.isIntegral(value)) {
      long[] values = new long[rows];
      java.util.Arrays.fill(values, ((Number) value).longValue());
      return new ColumnData.Longs(values, rows, null);
    }
    if (value instanceof Number number) {
      double[] values = new double[rows];
      java.util.Arrays.fill(values, number.doubleValue());
      return new ColumnData.Doubles(values, rows, null);
    }
    if (value instanceof Boolean b) {
      boolean[] values = new boolean[rows];
      java.util.Arrays.fill(values, b);
      return new ColumnData.Booleans(values, rows, null);
    }
    if (value instanceof String s) {
      return new ColumnData.Strings(new int[rows], rows, new String[] {s});
    }
    if (value instanceof java.time.LocalDate date) {
      int[] values = new int[rows];
      java.util.Arrays.fill(values, (Integer) Labels.toKey(date, DType.DATE));
      return new ColumnData.Dates(values, rows, null);
    }
    if (value instanceof java.time.LocalDateTime time) {
      long[] values = new long[rows];
      java.util.Arrays.fill(values, (Long) Labels.toKey(time, DType.DATETIME));
      return new ColumnData.DateTimes(values, rows, null);
    }
    throw new IllegalArgumentException("unsupported literal " + value);
  }

  private static ColumnData binary(Expr.Binary binary, Chunk chunk) {
    Expr.Op op = binary.op();
    if (op == Expr.Op.AND || op == Expr.Op.OR) {
      boolean[] left = mask(binary.left(), chunk);
      boolean[] right = mask(binary.right(), chunk);
      boolean[] result = new boolean[chunk.rows()];
      for (int i = 0; i < result.length; i++) {
        result[i] = op == Expr.Op.AND ? left[i] && right[i] : left[i] || right[i];
      }
      return new ColumnData.Booleans(result, result.length, null);
    }
    if (op.isComparison()
        && binary.left() instanceof Expr.Column column
        && binary.right() instanceof Expr.Literal literal
        && chunk.column(column.name()) instanceof ColumnData.Strings strings
        && literal.value() instanceof String text) {
      return compareStringToConstant(strings, op, text);
    }
    ColumnData left = evaluate(binary.left(), chunk);
    if (op.isComparison() && binary.right() instanceof Expr.Literal literal
        && literal.value() instanceof Number number && left.type().isNumeric()) {
      return compareToNumber(op, left, number);
    }
    if (op.isComparison() && binary.right() instanceof Expr.Literal literal
        && literal.value() instanceof String text
        && (left.type() == DType.DATE || left.type() == DType.DATETIME)) {
      // pandas compares a date column with a date written as text: df[df.Date == "1991-01-01"]
      ColumnData right = constant(Labels.toLiteral(text, left.type()), chunk.rows());
      return compare(op, left, right, binary);
    }
    ColumnData right = evaluate(binary.right(), chunk);
    if (op.isComparison()) {
      return compare(op, left, right, binary);
    }
    return arithmetic(op, left, right, binary);
  }

  private static ColumnData compareStringToConstant(
      ColumnData.Strings strings, Expr.Op op, String text) {
    String[] dictionary = strings.dictionary();
    boolean[] byCode = new boolean[dictionary.length];
    for (int code = 0; code < dictionary.length; code++) {
      byCode[code] = compare(op, Keys.compareText(dictionary[code], text));
    }
    boolean[] result = new boolean[strings.size()];
    int[] codes = strings.codes();
    for (int i = 0; i < result.length; i++) {
      int code = codes[i];
      result[i] = code == ColumnData.Strings.MISSING ? op == Expr.Op.NE : byCode[code];
    }
    return new ColumnData.Booleans(result, result.length, null);
  }

  /** {@code column op constant} straight over the primitive array, the common filter. */
  private static ColumnData compareToNumber(Expr.Op op, ColumnData column, Number number) {
    int rows = column.size();
    boolean[] result = new boolean[rows];
    double[] doubles = column instanceof ColumnData.Doubles d ? d.values() : null;
    long[] longs = column instanceof ColumnData.Longs l ? l.values() : null;
    if (longs != null && Conversions.isIntegral(number)) { // exactly: doubles lose integers above 2^53
      long constant = number.longValue();
      for (int i = 0; i < rows; i++) {
        result[i] = compare(op, Long.compare(longs[i], constant));
      }
    } else {
      double constant = number.doubleValue();
      for (int i = 0; i < rows; i++) {
        result[i] = compareNumbers(op, doubles != null ? doubles[i] : longs[i], constant);
      }
    }
    BitSet missing = column.missing();
    if (missing != null) {
      for (int i = missing.nextSetBit(0); i >= 0 && i < rows; i = missing.nextSetBit(i + 1)) {
        result[i] = op == Expr.Op.NE;
      }
    }
    return new ColumnData.Booleans(result, rows, null);
  }

  private static ColumnData compare(Expr.Op op, ColumnData left, ColumnData right, Expr expr) {
    int rows = left.size();
    boolean[] result = new boolean[rows];
    if (left instanceof ColumnData.Longs l && right instanceof ColumnData.Longs r) {
      for (int i = 0; i < rows; i++) {
        result[i] = left.isMissing(i) || right.isMissing(i)
            ? op == Expr.Op.NE
            : compare(op, Long.compare(l.values()[i], r.values()[i]));
      }
    } else if (left.type().isNumeric() && right.type().isNumeric()) {
      for (int i = 0; i < rows; i++) {
        result[i] = left.isMissing(i) || right.isMissing(i)
            ? op == Expr.Op.NE
            : compareNumbers(op, number(left, i), number(right, i));
      }
    } else if (left.type() == right.type()) {
      for (int i = 0; i < rows; i++) {
        result[i] = left.isMissing(i) || right.isMissing(i)
            ? op == Expr.Op.NE
            : compare(op, compareSameType(left, right, i));
      }
    } else {
      throw new IllegalArgumentException("cannot compare " + left.type() + " with "
          + right.type() + " in " + expr);
    }
    return new ColumnData.Booleans(result, rows, null);
  }

  private static int compareSameType(ColumnData left, ColumnData right, int i) {
    if (left instanceof ColumnData.Strings l && right instanceof ColumnData.Strings r) {
      return Keys.compareText(l.get(i), r.get(i));
    }
    if (left instanceof ColumnData.Booleans l && right instanceof ColumnData.Booleans r) {
      return Boolean.compare(l.values()[i], r.values()[i]);
    }
    if (left instanceof ColumnData.Dates l && right instanceof ColumnData.Dates r) {
      return Integer.compare(l.epochDays()[i], r.epochDays()[i]);
    }
    if (left instanceof ColumnData.DateTimes l && right instanceof ColumnData.DateTimes r) {
      return Long.compare(l.epochMicros()[i], r.epochMicros()[i]);
    }
    throw new IllegalArgumentException("cannot compare " + left.type());
  }

  /** IEEE comparison, as numpy: -0.0 equals 0.0, and NaN compares false (true for !=). */
  private static boolean compareNumbers(Expr.Op op, double a, double b) {
    return switch (op) {
      case EQ -> a == b;
      case NE -> a != b;
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
      default -> throw new IllegalArgumentException(op + " is not a comparison");
    };
  }

  private static boolean compare(Expr.Op op, int comparison) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      default -> throw new IllegalArgumentException(op + " is not a comparison");
    };
  }

  private static ColumnData arithmetic(Expr.Op op, ColumnData left, ColumnData right, Expr expr) {
    if (!left.type().isNumeric() || !right.type().isNumeric()) {
      throw new IllegalArgumentException("cannot compute " + expr + " on " + left.type()
          + " and " + right.type());
    }
    int rows = left.size();
    BitSet missing = null;
    for (int i = 0; i < rows; i++) {
      if (left.isMissing(i) || right.isMissing(i)) {
        if (missing == null) {
          missing = new BitSet();
        }
        missing.set(i);
      }
    }
    if (left instanceof ColumnData.Longs l && right instanceof ColumnData.Longs r
        && op != Expr.Op.DIVIDE) {
      long[] result = new long[rows];
      for (int i = 0; i < rows; i++) {
        long a = l.values()[i];
        long b = r.values()[i];
        result[i] = switch (op) {
          case ADD -> a + b;
          case SUBTRACT -> a - b;
          default -> a * b;
        };
      }
      return new ColumnData.Longs(result, rows, missing);
    }
    double[] result = new double[rows];
    for (int i = 0; i < rows; i++) {
      double a = number(left, i);
      double b = number(right, i);
      result[i] = switch (op) {
        case ADD -> a + b;
        case SUBTRACT -> a - b;
        case MULTIPLY -> a * b;
        default -> a / b;
      };
      if (Double.isNaN(result[i])) { // 0/0, inf - inf: missing, as NaN is in pandas
        if (missing == null) {
          missing = new BitSet();
        }
        missing.set(i);
      }
    }
    return new ColumnData.Doubles(result, rows, missing);
  }

  private static ColumnData isIn(Expr.IsIn isIn, Chunk chunk) {
    ColumnData operand = evaluate(isIn.operand(), chunk);
    boolean[] result = new boolean[chunk.rows()];
    if (operand instanceof ColumnData.Strings strings) {
      Set<Object> values = new HashSet<>(isIn.values());
      boolean[] byCode = new boolean[strings.dictionary().length];
      for (int code = 0; code < byCode.length; code++) {
        byCode[code] = values.contains(strings.dictionary()[code]);
      }
      for (int i = 0; i < result.length; i++) {
        int code = strings.codes()[i];
        result[i] = code != ColumnData.Strings.MISSING && byCode[code];
      }
    } else if (operand instanceof ColumnData.Longs longs
        && isIn.values().stream().allMatch(v -> v instanceof Number n && Conversions.isIntegral(n))) {
      Set<Long> values = new HashSet<>(); // exactly: doubles tie integers beyond 2^53
      for (Object value : isIn.values()) {
        values.add(((Number) value).longValue());
      }
      for (int i = 0; i < result.length; i++) {
        result[i] = !operand.isMissing(i) && values.contains(longs.values()[i]);
      }
    } else if (operand.type().isNumeric()) {
      Set<Double> values = new HashSet<>();
      for (Object value : isIn.values()) {
        if (value instanceof Number number) {
          values.add(number.doubleValue() + 0.0); // + 0.0 turns -0.0 into 0.0: they are equal
        }
      }
      for (int i = 0; i < result.length; i++) {
        result[i] = !operand.isMissing(i) && values.contains(number(operand, i) + 0.0);
      }
    } else {
      throw new IllegalArgumentException("isin is not supported on " + operand.type());
    }
    return new ColumnData.Booleans(result, result.length, null);
  }

  /** The value of a numeric column at a row, as a double. */
  static double number(ColumnData column, int row) {
    if (column instanceof ColumnData.Doubles doubles) {
      return doubles.values()[row];
    }
    if (column instanceof ColumnData.Longs longs) {
      return longs.values()[row];
    }
    throw new IllegalArgumentException("not a number column: " + column.type());
  }
}
