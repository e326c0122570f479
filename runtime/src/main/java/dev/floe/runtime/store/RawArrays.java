package dev.floe.runtime.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Primitive arrays to and from streams as little-endian bytes, copied in slices of {@link
 * #SLICE_BYTES} through one byte buffer: how chunk codecs spill and send values without an
 * object per element. Booleans are one byte each.
 */
public final class RawArrays {
  private static final int SLICE_BYTES = 1 << 20;

  private RawArrays() {}

  /** Writes {@code count} elements of {@code array} (long, double, float, int or boolean). */
  public static void write(DataOutputStream out, Object array, int count) throws IOException {
    int item = itemSize(array);
    int perSlice = SLICE_BYTES / item;
    ByteBuffer buffer = ByteBuffer.allocate(Math.min(perSlice, Math.max(count, 1)) * item)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < count; from += perSlice) {
      int n = Math.min(perSlice, count - from);
      buffer.clear();
      if (array instanceof long[] values) {
        buffer.asLongBuffer().put(values, from, n);
      } else if (array instanceof double[] values) {
        buffer.asDoubleBuffer().put(values, from, n);
      } else if (array instanceof float[] values) {
        buffer.asFloatBuffer().put(values, from, n);
      } else if (array instanceof int[] values) {
        buffer.asIntBuffer().put(values, from, n);
      } else {
        boolean[] flags = (boolean[]) array;
        for (int i = 0; i < n; i++) {
          buffer.put(i, (byte) (flags[from + i] ? 1 : 0));
        }
      }
      out.write(buffer.array(), 0, n * item);
    }
  }

  /** Reads {@code count} elements into the start of {@code array}, as {@link #write} wrote them. */
  public static void read(DataInputStream in, Object array, int count) throws IOException {
    int item = itemSize(array);
    int perSlice = SLICE_BYTES / item;
    ByteBuffer buffer = ByteBuffer.allocate(Math.min(perSlice, Math.max(count, 1)) * item)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < count; from += perSlice) {
      int n = Math.min(perSlice, count - from);
      in.readFully(buffer.array(), 0, n * item);
      buffer.clear();
      if (array instanceof long[] values) {
        buffer.asLongBuffer().get(values, from, n);
      } else if (array instanceof double[] values) {
        buffer.asDoubleBuffer().get(values, from, n);
      } else if (array instanceof float[] values) {
        buffer.asFloatBuffer().get(values, from, n);
      } else if (array instanceof int[] values) {
        buffer.asIntBuffer().get(values, from, n);
      } else {
        boolean[] flags = (boolean[]) array;
        for (int i = 0; i < n; i++) {
          flags[from + i] = buffer.get(i) != 0;
        }
      }
    }
  }

  private static int itemSize(Object array) {
    if (array instanceof long[] || array instanceof double[]) {
      return 8;
    }
    if (array instanceof float[] || array instanceof int[]) {
      return 4;
    }
    if (array instanceof boolean[]) {
      return 1;
    }
    throw new IllegalArgumentException("not a primitive array of a chunk: " + array.getClass());
  }
}
