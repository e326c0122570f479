package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.lang.reflect.Array;

/**
 * Moving elements between blocks: strided extraction (slicing), assembly of a block from pieces
 * of others (rechunking, concatenation, the final result), transposition and mask selection.
 *
 * <p>All of them are one strided gather: walk the destination in C order, read the source with
 * per-dimension strides; runs along the last dimension with stride 1 are bulk copies.
 */
public final class Blocks {
  private Blocks() {}

  /**
   * The sub-block taking {@code count[d]} elements from {@code start[d]} in steps of
   * {@code step[d]} (negative steps walk backwards), as numpy's basic slicing does.
   */
  public static Dense extract(Dense block, int[] start, int[] step, int[] count) {
    int[] strides = strides(block.shape());
    int offset = 0;
    int[] sourceStrides = new int[strides.length];
    for (int d = 0; d < strides.length; d++) {
      offset += start[d] * strides[d];
      sourceStrides[d] = step[d] * strides[d];
    }
    Object out = Array.newInstance(block.dtype().javaType(), size(count));
    gather(block.data(), offset, sourceStrides, out, 0, strides(count), count);
    return Dense.of(out, count);
  }

  /** A piece of a block to assemble: {@code size} elements from {@code from} to {@code to}. */
  public record Piece(Dense source, int[] from, int[] to, int[] size) {}

  /** A block of {@code shape} filled from {@code pieces} (which together cover it). */
  public static Dense assemble(DType dtype, int[] shape, Iterable<Piece> pieces) {
    Object out = Array.newInstance(dtype.javaType(), size(shape));
    int[] outStrides = strides(shape);
    for (Piece piece : pieces) {
      Dense source = piece.source().dtype() == dtype ? piece.source()
          : Casting.astype(piece.source(), dtype);
      int[] sourceStrides = strides(source.shape());
      int from = 0;
      int to = 0;
      for (int d = 0; d < shape.length; d++) {
        from += piece.from()[d] * sourceStrides[d];
        to += piece.to()[d] * outStrides[d];
      }
      gather(source.data(), from, sourceStrides, out, to, outStrides, piece.size());
    }
    return Dense.of(out, shape);
  }

  /** numpy's {@code transpose(axes)}: dimension {@code d} of the result is {@code axes[d]}. */
  public static Dense transpose(Dense block, int[] axes) {
    int[] shape = block.shape();
    int[] strides = strides(shape);
    int[] outShape = new int[axes.length];
    int[] sourceStrides = new int[axes.length];
    for (int d = 0; d < axes.length; d++) {
      outShape[d] = shape[axes[d]];
      sourceStrides[d] = strides[axes[d]];
    }
    Object out = Array.newInstance(block.dtype().javaType(), block.size());
    gather(block.data(), 0, sourceStrides, out, 0, strides(outShape), outShape);
    return Dense.of(out, outShape);
  }

  /** The elements of {@code block} where {@code mask} is true, in C order, as a 1-D block. */
  public static Dense select(Dense block, Dense mask) {
    boolean[] keep = Buffers.booleans(mask, block.shape());
    int n = 0;
    for (boolean k : keep) {
      n += k ? 1 : 0;
    }
    Object out = Array.newInstance(block.dtype().javaType(), n);
    Object source = block.data();
    for (int i = 0, j = 0; i < keep.length; i++) {
      if (keep[i]) {
        System.arraycopy(source, i, out, j++, 1);
      }
    }
    return Dense.of(out, n);
  }

  /** The C-order strides (in elements) of {@code shape}. */
  public static int[] strides(int[] shape) {
    int[] strides = new int[shape.length];
    int stride = 1;
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= shape[d];
    }
    return strides;
  }

  static int size(int[] shape) {
    long size = 1;
    for (int dim : shape) {
      size *= dim;
    }
    return Math.toIntExact(size);
  }

  private static void gather(Object source, int sourceOffset, int[] sourceStrides, Object target,
      int targetOffset, int[] targetStrides, int[] count) {
    int n = count.length;
    if (size(count) == 0) {
      return;
    }
    if (n == 0) {
      System.arraycopy(source, sourceOffset, target, targetOffset, 1);
      return;
    }
    int inner = count[n - 1];
    int innerSource = sourceStrides[n - 1];
    int innerTarget = targetStrides[n - 1];
    int[] position = new int[n];
    int s = sourceOffset;
    int t = targetOffset;
    while (true) {
      run(source, s, innerSource, target, t, innerTarget, inner);
      int d = n - 2;
      for (; d >= 0; d--) {
        position[d]++;
        s += sourceStrides[d];
        t += targetStrides[d];
        if (position[d] < count[d]) {
          break;
        }
        s -= sourceStrides[d] * position[d];
        t -= targetStrides[d] * position[d];
        position[d] = 0;
      }
      if (d < 0) {
        return;
      }
    }
  }

  private static void run(Object source, int s, int sourceStride, Object target, int t,
      int targetStride, int n) {
    if (sourceStride == 1 && targetStride == 1) {
      System.arraycopy(source, s, target, t, n);
    } else if (source instanceof double[] from) {
      double[] to = (double[]) target;
      for (int i = 0; i < n; i++) {
        to[t + i * targetStride] = from[s + i * sourceStride];
      }
    } else if (source instanceof float[] from) {
      float[] to = (float[]) target;
      for (int i = 0; i < n; i++) {
        to[t + i * targetStride] = from[s + i * sourceStride];
      }
    } else if (source instanceof long[] from) {
      long[] to = (long[]) target;
      for (int i = 0; i < n; i++) {
        to[t + i * targetStride] = from[s + i * sourceStride];
      }
    } else if (source instanceof int[] from) {
      int[] to = (int[]) target;
      for (int i = 0; i < n; i++) {
        to[t + i * targetStride] = from[s + i * sourceStride];
      }
    } else {
      boolean[] from = (boolean[]) source;
      boolean[] to = (boolean[]) target;
      for (int i = 0; i < n; i++) {
        to[t + i * targetStride] = from[s + i * sourceStride];
      }
    }
  }
}
