package dev.floe.array;

/**
 * The element types of an {@link NdArray}, with numpy's names and promotion rules.
 *
 * <p>Chunks hold their elements in a primitive Java array of the dtype's {@link #javaType()}.
 */
public enum DType {
  BOOL(1, boolean.class, "bool"),
  INT32(4, int.class, "int32"),
  INT64(8, long.class, "int64"),
  FLOAT32(4, float.class, "float32"),
  FLOAT64(8, double.class, "float64");

  private final int itemSize;
  private final Class<?> javaType;
  private final String numpyName;

  DType(int itemSize, Class<?> javaType, String numpyName) {
    this.itemSize = itemSize;
    this.javaType = javaType;
    this.numpyName = numpyName;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** The primitive type a chunk's elements are stored as, e.g. {@code float.class}. */
  public Class<?> javaType() {
    return javaType;
  }

  /** True for float32 and float64. */
  public boolean isFloating() {
    return this == FLOAT32 || this == FLOAT64;
  }

  /** True for int32 and int64. */
  public boolean isInteger() {
    return this == INT32 || this == INT64;
  }

  /** The dtype storing elements as {@code primitive} ({@code double.class} → float64...). */
  public static DType of(Class<?> primitive) {
    for (DType type : values()) {
      if (type.javaType == primitive) {
        return type;
      }
    }
    throw new IllegalArgumentException("no dtype stores elements as " + primitive);
  }

  /** The dtype of an elementwise result of arrays of dtypes {@code a} and {@code b} (numpy). */
  public static DType promote(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if (a == BOOL || b == BOOL) {
      return a == BOOL ? b : a;
    }
    if (a.isInteger() && b.isInteger()) {
      return INT64;
    }
    if (a.isFloating() && b.isFloating()) {
      return FLOAT64;
    }
    // an integer and a float: float32 cannot hold every int32 or int64, numpy gives float64
    return FLOAT64;
  }

  /**
   * The dtype of an elementwise result of an array of dtype {@code array} and a Java scalar: as
   * numpy does for Python scalars, the array's dtype wins unless the scalar is a float and the
   * array is not.
   */
  public static DType promoteScalar(DType array, boolean floatScalar) {
    if (floatScalar) {
      return array.isFloating() ? array : FLOAT64;
    }
    return array == BOOL ? INT64 : array;
  }

  /** numpy's name, e.g. {@code float32}. */
  @Override
  public String toString() {
    return numpyName;
  }
}
