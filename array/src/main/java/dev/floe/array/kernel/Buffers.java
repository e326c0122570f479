package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.util.Arrays;

/**
 * A block's elements as a working buffer of one primitive type, broadcast to an output shape.
 *
 * <p>A one-element block comes back as a one-element buffer (loops treat it as a scalar); a block
 * already of the buffer's type and the output's shape comes back as its own backing array,
 * uncopied, so the common case costs nothing.
 */
final class Buffers {
  private Buffers() {}

  static double[] doubles(Dense block, int[] outShape) {
    if (block.dtype() == DType.FLOAT64 && (block.size() == 1 || sameShape(block, outShape))) {
      return (double[]) block.data();
    }
    int[] map = sourceIndex(block, outShape);
    int n = map == null ? block.size() : map.length;
    double[] out = new double[n];
    Object data = block.data();
    if (map == null && data instanceof float[] floats) {
      for (int i = 0; i < n; i++) {
        out[i] = floats[i];
      }
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = block.getDouble(map == null ? i : map[i]);
    }
    return out;
  }

  static long[] longs(Dense block, int[] outShape) {
    if (block.dtype() == DType.INT64 && (block.size() == 1 || sameShape(block, outShape))) {
      return (long[]) block.data();
    }
    int[] map = sourceIndex(block, outShape);
    int n = map == null ? block.size() : map.length;
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = block.getLong(map == null ? i : map[i]);
    }
    return out;
  }

  static boolean[] booleans(Dense block, int[] outShape) {
    if (block.dtype() == DType.BOOL && (block.size() == 1 || sameShape(block, outShape))) {
      return (boolean[]) block.data();
    }
    int[] map = sourceIndex(block, outShape);
    int n = map == null ? block.size() : map.length;
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = block.getBoolean(map == null ? i : map[i]);
    }
    return out;
  }

  /** Doubles narrowed to {@code type} as a block of {@code shape}. */
  static Dense fromDoubles(double[] values, DType type, int[] shape) {
    switch (type) {
      case FLOAT64:
        return Dense.of(values, shape);
      case FLOAT32: {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = (float) values[i];
        }
        return Dense.of(out, shape);
      }
      default:
        long[] longs = new long[values.length];
        for (int i = 0; i < longs.length; i++) {
          longs[i] = (long) values[i];
        }
        return fromLongs(longs, type, shape);
    }
  }

  /** Longs narrowed to {@code type} as a block of {@code shape}. */
  static Dense fromLongs(long[] values, DType type, int[] shape) {
    switch (type) {
      case INT64:
        return Dense.of(values, shape);
      case INT32: {
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = (int) values[i];
        }
        return Dense.of(out, shape);
      }
      case BOOL: {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = values[i] != 0;
        }
        return Dense.of(out, shape);
      }
      default: {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = values[i];
        }
        return fromDoubles(out, type, shape);
      }
    }
  }

  private static boolean sameShape(Dense block, int[] shape) {
    return Arrays.equals(block.shape(), shape);
  }

  /**
   * For each element of {@code outShape}, the flat index of the block element broadcast to it;
   * null when the block is a scalar or already has the output's element count and shape.
   */
  private static int[] sourceIndex(Dense block, int[] outShape) {
    if (block.size() == 1 || sameShape(block, outShape)) {
      return null;
    }
    int[] shape = block.shape();
    int offset = outShape.length - shape.length;
    int[] strides = new int[outShape.length];
    int stride = 1;
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d + offset] = shape[d] == 1 ? 0 : stride;
      stride *= shape[d];
    }
    int size = 1;
    for (int dim : outShape) {
      size *= dim;
    }
    int[] map = new int[size];
    int[] index = new int[outShape.length];
    int source = 0;
    for (int i = 0; i < size; i++) {
      map[i] = source;
      for (int d = outShape.length - 1; d >= 0; d--) {
        index[d]++;
        source += strides[d];
        if (index[d] < outShape[d]) {
          break;
        }
        source -= strides[d] * index[d];
        index[d] = 0;
      }
    }
    return map;
  }

  /** numpy's broadcast of several shapes; an error naming them when they do not broadcast. */
  static int[] broadcast(int[]... shapes) {
    int ndim = 0;
    for (int[] shape : shapes) {
      ndim = Math.max(ndim, shape.length);
    }
    int[] out = new int[ndim];
    Arrays.fill(out, 1);
    for (int[] shape : shapes) {
      int offset = ndim - shape.length;
      for (int d = 0; d < shape.length; d++) {
        int dim = shape[d];
        if (dim == out[d + offset] || dim == 1) {
          continue;
        }
        if (out[d + offset] != 1) {
          StringBuilder names = new StringBuilder();
          for (int[] s : shapes) {
            names.append(' ').append(Arrays.toString(s));
          }
          throw new IllegalArgumentException(
              "operands could not be broadcast together with shapes" + names);
        }
        out[d + offset] = dim;
      }
    }
    return out;
  }
}
