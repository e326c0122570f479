package dev.floe.core;

/**
 * The one set of value types of Floe, for frame columns and array elements alike, named as numpy
 * and pandas name them. Frames use int64, float64, bool, string, date and datetime; arrays use
 * bool, int32, int64, float32 and float64, stored in a primitive Java array of the type's {@link
 * #javaType()}.
 */
public enum DType {
  /** true / false. */
  BOOL(1, boolean.class, "bool"),
  /** 32-bit signed integers (arrays). */
  INT32(4, int.class, "int32"),
  /** 64-bit signed integers; in a frame, missing values are kept in a mask, never zeros. */
  INT64(8, long.class, "int64"),
  /** 32-bit floating point (arrays). */
  FLOAT32(4, float.class, "float32"),
  /** 64-bit floating point. */
  FLOAT64(8, double.class, "float64"),
  /** Text (frames), dictionary-encoded: an int32 code per value. */
  STRING(4, String.class, "string"),
  /** A calendar date without time (frames), as days since 1970-01-01. */
  DATE(4, java.time.LocalDate.class, "date"),
  /** A date and time of day without a zone (frames), as microseconds since 1970-01-01. */
  DATETIME(8, java.time.LocalDateTime.class, "datetime");

  private final int itemSize;
  private final Class<?> javaType;
  private final String name;

  DType(int itemSize, Class<?> javaType, String name) {
    this.itemSize = itemSize;
    this.javaType = javaType;
    this.name = name;
  }

  /** Bytes per element as stored (a string's dictionary code, a date's day number). */
  public int itemSize() {
    return itemSize;
  }

  /**
   * The primitive type an array's elements are stored as, e.g. {@code float.class}; for the frame
   * types string, date and datetime, the class of their values.
   */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether values of this type are numbers (integers or floats). */
  public boolean isNumeric() {
    return isInteger() || isFloating();
  }

  /** True for float32 and float64. */
  public boolean isFloating() {
    return this == FLOAT32 || this == FLOAT64;
  }

  /** True for int32 and int64. */
  public boolean isInteger() {
    return this == INT32 || this == INT64;
  }

  /** Whether an {@code NdArray} can hold elements of this type (bool and the numbers). */
  public boolean isArrayType() {
    return this == BOOL || isNumeric();
  }

  /** Whether a frame column can have this type (all but int32 and float32, which arrays use). */
  public boolean isFrameType() {
    return this != INT32 && this != FLOAT32;
  }

  /**
   * The error for a frame column asked to be of an array-only type.
   *
   * @param what what was asked, e.g. {@code "column 'x'"}
   */
  public IllegalArgumentException notAFrameType(String what) {
    return new IllegalArgumentException(what + ": " + this + " is an array type; frame columns"
        + " are int64, float64, bool, string, date or datetime");
  }

  /**
   * {@code this}, when an array can hold it; else an error naming {@code what} asked for it.
   *
   * @param what what was asked, e.g. {@code "astype"}
   */
  public DType requireArrayType(String what) {
    if (!isArrayType()) {
      throw new IllegalArgumentException(what + ": " + this + " is a frame column type; arrays"
          + " hold bool, int32, int64, float32 or float64");
    }
    return this;
  }

  /** The dtype storing array elements as {@code primitive} ({@code double.class} → float64...). */
  public static DType of(Class<?> primitive) {
    for (DType type : values()) {
      if (type.javaType == primitive && type.isArrayType()) {
        return type;
      }
    }
    throw new IllegalArgumentException("no array dtype stores elements as " + primitive);
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

  /** The numpy / pandas name: {@code int64}, {@code float32}, {@code string}, … */
  @Override
  public String toString() {
    return name;
  }
}
