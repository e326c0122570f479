package dev.floe.array;

import dev.floe.core.DType;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A dense n-dimensional array in memory: a dtype, a shape and a flat primitive array in C
 * (row-major) order. It is what {@link NdArray#compute()} returns and what every chunk is.
 *
 * <p>Treat it as immutable: {@link #data()} hands out the backing array without copying, for
 * speed, and nothing may write to it.
 */
public final class Dense implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DType dtype;
  private final int[] shape;
  private final Object data;

  private Dense(DType dtype, int[] shape, Object data) {
    dtype.requireArrayType("an array");
    this.dtype = dtype;
    this.shape = shape;
    this.data = data;
  }

  /**
   * Wraps {@code data}, a {@code double[]}, {@code float[]}, {@code long[]}, {@code int[]} or
   * {@code boolean[]} in C order, as an array of {@code shape}; the array is not copied.
   */
  public static Dense of(Object data, int... shape) {
    if (data == null || !data.getClass().isArray()
        || !data.getClass().getComponentType().isPrimitive()) {
      throw new IllegalArgumentException("data must be a primitive array, not " + data);
    }
    DType dtype = DType.of(data.getClass().getComponentType());
    long size = 1;
    for (int dim : shape) {
      if (dim < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      }
      size *= dim;
    }
    if (size != Array.getLength(data)) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
          + " elements, the data has " + Array.getLength(data));
    }
    return new Dense(dtype, shape.clone(), data);
  }

  /** A 0-dimensional array holding one value. */
  public static Dense scalar(double value, DType dtype) {
    Object data = Array.newInstance(dtype.javaType(), 1);
    Dense one = new Dense(dtype, new int[0], data);
    one.set(0, value);
    return one;
  }

  /** A new array of zeros (false for bool). */
  public static Dense zeros(DType dtype, int... shape) {
    long size = 1;
    for (int dim : shape) {
      size *= dim;
    }
    return new Dense(dtype, shape.clone(), Array.newInstance(dtype.javaType(),
        Math.toIntExact(size)));
  }

  /** The element type. */
  public DType dtype() {
    return dtype;
  }

  /** The length of each dimension (a copy). */
  public int[] shape() {
    return shape.clone();
  }

  /** The length of dimension {@code d}. */
  public int dim(int d) {
    return shape[d];
  }

  /** The number of dimensions. */
  public int ndim() {
    return shape.length;
  }

  /** The number of elements. */
  public int size() {
    return Array.getLength(data);
  }

  /** The backing primitive array in C order; not a copy, never to be modified. */
  public Object data() {
    return data;
  }

  /** The element at flat (C-order) position {@code i} as a double (true is 1). */
  public double getDouble(int i) {
    switch (dtype) {
      case FLOAT64: return ((double[]) data)[i];
      case FLOAT32: return ((float[]) data)[i];
      case INT64: return ((long[]) data)[i];
      case INT32: return ((int[]) data)[i];
      default: return ((boolean[]) data)[i] ? 1 : 0;
    }
  }

  /** The element at flat position {@code i} as a long (floats truncate toward zero). */
  public long getLong(int i) {
    switch (dtype) {
      case INT64: return ((long[]) data)[i];
      case INT32: return ((int[]) data)[i];
      case BOOL: return ((boolean[]) data)[i] ? 1 : 0;
      default: return (long) getDouble(i);
    }
  }

  /** The element at flat position {@code i} as a boolean (non-zero is true). */
  public boolean getBoolean(int i) {
    return dtype == DType.BOOL ? ((boolean[]) data)[i] : getDouble(i) != 0;
  }

  /** The element at {@code index} (one position per dimension; negative counts from the end). */
  public double get(int... index) {
    return getDouble(flatIndex(index));
  }

  /** The only element of a one-element array, as a double. */
  public double item() {
    if (size() != 1) {
      throw new IllegalStateException("item() needs exactly one element; this array has shape "
          + Arrays.toString(shape));
    }
    return getDouble(0);
  }

  /** The elements as doubles, in C order (a copy). */
  public double[] toDoubleArray() {
    double[] out = new double[size()];
    if (dtype == DType.FLOAT64) {
      System.arraycopy(data, 0, out, 0, out.length);
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = getDouble(i);
      }
    }
    return out;
  }

  /** A 2-D array (or a 1-D one, as a column) as an EJML matrix of doubles (a copy). */
  public DMatrixRMaj toMatrix() {
    if (shape.length == 1) {
      return DMatrixRMaj.wrap(shape[0], 1, toDoubleArray());
    }
    if (shape.length != 2) {
      throw new IllegalStateException("only 1-D and 2-D arrays convert to a matrix; this one has "
          + "shape " + Arrays.toString(shape));
    }
    return DMatrixRMaj.wrap(shape[0], shape[1], toDoubleArray());
  }

  private int flatIndex(int[] index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException(index.length + " indices for an array of "
          + shape.length + " dimensions");
    }
    int flat = 0;
    for (int d = 0; d < shape.length; d++) {
      int i = index[d] < 0 ? index[d] + shape[d] : index[d];
      if (i < 0 || i >= shape[d]) {
        throw new IndexOutOfBoundsException("index " + index[d] + " is out of bounds for "
            + "dimension " + d + " with size " + shape[d]);
      }
      flat = flat * shape[d] + i;
    }
    return flat;
  }

  /** Writes {@code value} at flat position {@code i}; only for arrays still being built. */
  void set(int i, double value) {
    switch (dtype) {
      case FLOAT64: ((double[]) data)[i] = value; break;
      case FLOAT32: ((float[]) data)[i] = (float) value; break;
      case INT64: ((long[]) data)[i] = (long) value; break;
      case INT32: ((int[]) data)[i] = (int) value; break;
      default: ((boolean[]) data)[i] = value != 0;
    }
  }

  /** numpy's look: nested brackets for small arrays, a summary for large ones. */
  @Override
  public String toString() {
    if (size() > 1000) {
      return "Dense(shape=" + shapeText(shape) + ", dtype=" + dtype + ")";
    }
    StringBuilder out = new StringBuilder();
    append(out, 0, 0);
    return out.toString();
  }

  private int append(StringBuilder out, int dim, int flat) {
    if (dim == shape.length) {
      out.append(dtype == DType.BOOL ? String.valueOf(getBoolean(flat))
          : dtype.isFloating() ? String.valueOf(getDouble(flat)) : String.valueOf(getLong(flat)));
      return flat + 1;
    }
    out.append('[');
    for (int i = 0; i < shape[dim]; i++) {
      if (i > 0) {
        out.append(dim == shape.length - 1 ? ", " : ",\n" + " ".repeat(dim + 1));
      }
      flat = append(out, dim + 1, flat);
    }
    out.append(']');
    return flat;
  }

  static String shapeText(int[] shape) {
    StringBuilder out = new StringBuilder("(");
    for (int d = 0; d < shape.length; d++) {
      out.append(d > 0 ? ", " : "").append(shape[d] < 0 ? "nan" : String.valueOf(shape[d]));
    }
    return out.append(shape.length == 1 ? ",)" : ")").toString();
  }
}
