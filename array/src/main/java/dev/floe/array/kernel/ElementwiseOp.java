package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * numpy's elementwise functions over blocks, with broadcasting and numpy's result dtypes.
 *
 * <p>Floating results are computed in double and rounded once to the result type (for float32
 * inputs of + - * / this is exactly float arithmetic); integer results in long, wrapping as numpy
 * does when narrowed to int32; comparisons of integers compare exactly.
 */
public enum ElementwiseOp {
  ADD("add", 2), SUBTRACT("subtract", 2), MULTIPLY("multiply", 2), DIVIDE("divide", 2),
  POWER("power", 2), MAXIMUM("maximum", 2), MINIMUM("minimum", 2),
  EQUAL("equal", 2), NOT_EQUAL("not_equal", 2), LESS("less", 2), LESS_EQUAL("less_equal", 2),
  GREATER("greater", 2), GREATER_EQUAL("greater_equal", 2),
  AND("logical_and", 2), OR("logical_or", 2), NOT("logical_not", 1),
  NEGATIVE("negative", 1), ABS("absolute", 1), SQRT("sqrt", 1), EXP("exp", 1), LOG("log", 1),
  SIN("sin", 1), COS("cos", 1), WHERE("where", 3);

  private final String numpyName;
  private final int arity;

  ElementwiseOp(String numpyName, int arity) {
    this.numpyName = numpyName;
    this.arity = arity;
  }

  /** The number of operands. */
  public int arity() {
    return arity;
  }

  /** numpy's name for the function, used to name tasks. */
  public String numpyName() {
    return numpyName;
  }

  private boolean isComparison() {
    return ordinal() >= EQUAL.ordinal() && ordinal() <= GREATER_EQUAL.ordinal();
  }

  private boolean isLogical() {
    return this == AND || this == OR || this == NOT;
  }

  private boolean isTranscendental() {
    return ordinal() >= SQRT.ordinal() && ordinal() <= COS.ordinal();
  }

  /** The dtype of the result for operands of these dtypes; an error where numpy has none. */
  public DType resultType(DType... operands) {
    if (operands.length != arity) {
      throw new IllegalArgumentException(numpyName + " takes " + arity + " operands");
    }
    if (isComparison() || isLogical()) {
      return DType.BOOL;
    }
    if (this == WHERE) {
      return DType.promote(operands[1], operands[2]);
    }
    DType common = arity == 2 ? DType.promote(operands[0], operands[1]) : operands[0];
    if (this == DIVIDE || isTranscendental()) {
      return common.isFloating() ? common : DType.FLOAT64;
    }
    if (common == DType.BOOL && (this == SUBTRACT || this == NEGATIVE || this == POWER
        || this == DIVIDE)) {
      throw new IllegalArgumentException("numpy boolean " + numpyName + " is not supported; "
          + "convert with astype first");
    }
    return common;
  }

  /** numpy's broadcast of shapes; an error naming them when they do not broadcast. */
  public static int[] broadcastShapes(int[]... shapes) {
    return Buffers.broadcast(shapes);
  }

  /** Applies the function to blocks, broadcasting them against each other. */
  public Dense apply(Dense... operands) {
    DType[] types = new DType[operands.length];
    int[][] shapes = new int[operands.length][];
    for (int i = 0; i < operands.length; i++) {
      types[i] = operands[i].dtype();
      shapes[i] = operands[i].shape();
    }
    DType result = resultType(types);
    int[] shape = Buffers.broadcast(shapes);
    int size = 1;
    for (int dim : shape) {
      size *= dim;
    }
    if (this == WHERE) {
      return where(operands, result, shape, size);
    }
    if (isLogical()) {
      return logical(operands, shape, size);
    }
    DType compute = isComparison() ? DType.promote(types[0], types[1]) : result;
    if (compute.isFloating() || isTranscendental()) {
      double[] a = Buffers.doubles(operands[0], shape);
      if (arity == 1) {
        return Buffers.fromDoubles(unary(a, size), result, shape);
      }
      double[] b = Buffers.doubles(operands[1], shape);
      if (isComparison()) {
        return Dense.of(compare(a, b, size), shape);
      }
      return Buffers.fromDoubles(binary(a, b, size), result, shape);
    }
    long[] a = Buffers.longs(operands[0], shape);
    if (arity == 1) {
      long[] out = new long[size];
      for (int i = 0; i < size; i++) {
        long v = a[a.length == 1 ? 0 : i];
        out[i] = this == NEGATIVE ? -v : result == DType.BOOL ? v : Math.abs(v);
      }
      return Buffers.fromLongs(out, result, shape);
    }
    long[] b = Buffers.longs(operands[1], shape);
    if (isComparison()) {
      return Dense.of(compareLongs(a, b, size), shape);
    }
    return Buffers.fromLongs(binaryLongs(a, b, size, result == DType.BOOL), result, shape);
  }

  private double[] unary(double[] a, int size) {
    DoubleUnaryOperator f;
    switch (this) {
      case NEGATIVE: f = v -> -v; break;
      case ABS: f = Math::abs; break;
      case SQRT: f = Math::sqrt; break;
      case EXP: f = Math::exp; break;
      case LOG: f = Math::log; break;
      case SIN: f = Math::sin; break;
      case COS: f = Math::cos; break;
      default: throw new IllegalStateException(numpyName);
    }
    double[] out = new double[size];
    if (a.length == 1) {
      java.util.Arrays.fill(out, f.applyAsDouble(a[0]));
      return out;
    }
    for (int i = 0; i < size; i++) {
      out[i] = f.applyAsDouble(a[i]);
    }
    return out;
  }

  private double[] binary(double[] a, double[] b, int size) {
    double[] out = new double[size];
    if (a.length == size && b.length == size && size > 1) {
      // the common case, written out so the JIT vectorises it
      switch (this) {
        case ADD: for (int i = 0; i < size; i++) { out[i] = a[i] + b[i]; } return out;
        case SUBTRACT: for (int i = 0; i < size; i++) { out[i] = a[i] - b[i]; } return out;
        case MULTIPLY: for (int i = 0; i < size; i++) { out[i] = a[i] * b[i]; } return out;
        case DIVIDE: for (int i = 0; i < size; i++) { out[i] = a[i] / b[i]; } return out;
        default: break;
      }
    }
    DoubleBinaryOperator f;
    switch (this) {
      case ADD: f = Double::sum; break;
      case SUBTRACT: f = (x, y) -> x - y; break;
      case MULTIPLY: f = (x, y) -> x * y; break;
      case DIVIDE: f = (x, y) -> x / y; break;
      case POWER: f = Math::pow; break;
      case MAXIMUM: f = Math::max; break;
      case MINIMUM: f = Math::min; break;
      default: throw new IllegalStateException(numpyName);
    }
    int sa = a.length == 1 ? 0 : 1;
    int sb = b.length == 1 ? 0 : 1;
    for (int i = 0; i < size; i++) {
      out[i] = f.applyAsDouble(a[i * sa], b[i * sb]);
    }
    return out;
  }

  private long[] binaryLongs(long[] a, long[] b, int size, boolean bool) {
    LongBinaryOperator f;
    switch (this) {
      case ADD: f = bool ? (x, y) -> x | y : Long::sum; break;
      case SUBTRACT: f = (x, y) -> x - y; break;
      case MULTIPLY: f = bool ? (x, y) -> x & y : (x, y) -> x * y; break;
      case POWER: f = ElementwiseOp::power; break;
      case MAXIMUM: f = Math::max; break;
      case MINIMUM: f = Math::min; break;
      default: throw new IllegalStateException(numpyName);
    }
    long[] out = new long[size];
    int sa = a.length == 1 ? 0 : 1;
    int sb = b.length == 1 ? 0 : 1;
    for (int i = 0; i < size; i++) {
      out[i] = f.applyAsLong(a[i * sa], b[i * sb]);
    }
    return out;
  }

  private static long power(long base, long exponent) {
    if (exponent < 0) {
      throw new ArithmeticException("Integers to negative integer powers are not allowed.");
    }
    long result = 1;
    for (long e = exponent, b = base; e > 0; e >>= 1, b *= b) {
      if ((e & 1) == 1) {
        result *= b;
      }
    }
    return result;
  }

  private boolean[] compare(double[] a, double[] b, int size) {
    boolean[] out = new boolean[size];
    int sa = a.length == 1 ? 0 : 1;
    int sb = b.length == 1 ? 0 : 1;
    for (int i = 0; i < size; i++) {
      double x = a[i * sa];
      double y = b[i * sb];
      // IEEE: NaN is unordered (only != holds), and -0.0 equals 0.0
      out[i] = holds(x < y ? -1 : x > y ? 1 : 0, x != x || y != y);
    }
    return out;
  }

  private boolean[] compareLongs(long[] a, long[] b, int size) {
    boolean[] out = new boolean[size];
    int sa = a.length == 1 ? 0 : 1;
    int sb = b.length == 1 ? 0 : 1;
    for (int i = 0; i < size; i++) {
      out[i] = holds(Long.compare(a[i * sa], b[i * sb]), false);
    }
    return out;
  }

  /** Whether this comparison holds for operands ordered by {@code sign} (or unordered). */
  private boolean holds(int sign, boolean unordered) {
    switch (this) {
      case EQUAL: return !unordered && sign == 0;
      case NOT_EQUAL: return unordered || sign != 0;
      case LESS: return !unordered && sign < 0;
      case LESS_EQUAL: return !unordered && sign <= 0;
      case GREATER: return !unordered && sign > 0;
      default: return !unordered && sign >= 0;
    }
  }

  private Dense logical(Dense[] operands, int[] shape, int size) {
    boolean[] a = Buffers.booleans(operands[0], shape);
    boolean[] out = new boolean[size];
    int sa = a.length == 1 ? 0 : 1;
    if (this == NOT) {
      for (int i = 0; i < size; i++) {
        out[i] = !a[i * sa];
      }
      return Dense.of(out, shape);
    }
    boolean[] b = Buffers.booleans(operands[1], shape);
    int sb = b.length == 1 ? 0 : 1;
    for (int i = 0; i < size; i++) {
      out[i] = this == AND ? a[i * sa] && b[i * sb] : a[i * sa] || b[i * sb];
    }
    return Dense.of(out, shape);
  }

  private static Dense where(Dense[] operands, DType result, int[] shape, int size) {
    boolean[] condition = Buffers.booleans(operands[0], shape);
    int sc = condition.length == 1 ? 0 : 1;
    if (result.isFloating()) {
      double[] a = Buffers.doubles(operands[1], shape);
      double[] b = Buffers.doubles(operands[2], shape);
      int sa = a.length == 1 ? 0 : 1;
      int sb = b.length == 1 ? 0 : 1;
      double[] out = new double[size];
      for (int i = 0; i < size; i++) {
        out[i] = condition[i * sc] ? a[i * sa] : b[i * sb];
      }
      return Buffers.fromDoubles(out, result, shape);
    }
    long[] a = Buffers.longs(operands[1], shape);
    long[] b = Buffers.longs(operands[2], shape);
    int sa = a.length == 1 ? 0 : 1;
    int sb = b.length == 1 ? 0 : 1;
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      out[i] = condition[i * sc] ? a[i * sa] : b[i * sb];
    }
    return Buffers.fromLongs(out, result, shape);
  }
}
