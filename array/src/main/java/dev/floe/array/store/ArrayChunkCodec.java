package dev.floe.array.store;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.runtime.store.ChunkCodec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Spills array blocks raw: the dtype, the shape, then the elements in C order as little-endian
 * bytes, copied in slices of {@link #SLICE_BYTES} through a byte buffer.
 */
public final class ArrayChunkCodec implements ChunkCodec {
  private static final int SLICE_BYTES = 1 << 20;

  @Override
  public boolean accepts(Object value) {
    return value instanceof Dense;
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    Dense block = (Dense) value;
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(block.dtype().name());
    data.writeInt(block.ndim());
    for (int extent : block.shape()) {
      data.writeInt(extent);
    }
    int item = block.dtype().itemSize();
    int perSlice = SLICE_BYTES / item;
    ByteBuffer buffer = ByteBuffer.allocate(perSlice * item).order(ByteOrder.LITTLE_ENDIAN);
    Object array = block.data();
    for (int from = 0; from < block.size(); from += perSlice) {
      int count = Math.min(perSlice, block.size() - from);
      buffer.clear();
      switch (block.dtype()) {
        case FLOAT64 -> buffer.asDoubleBuffer().put((double[]) array, from, count);
        case FLOAT32 -> buffer.asFloatBuffer().put((float[]) array, from, count);
        case INT64 -> buffer.asLongBuffer().put((long[]) array, from, count);
        case INT32 -> buffer.asIntBuffer().put((int[]) array, from, count);
        case BOOL -> {
          boolean[] flags = (boolean[]) array;
          for (int i = 0; i < count; i++) {
            buffer.put(i, (byte) (flags[from + i] ? 1 : 0));
          }
        }
      }
      data.write(buffer.array(), 0, count * item);
    }
    data.flush();
  }

  @Override
  public Object read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    DType dtype = DType.valueOf(data.readUTF());
    int[] shape = new int[data.readInt()];
    long size = 1;
    for (int d = 0; d < shape.length; d++) {
      shape[d] = data.readInt();
      size *= shape[d];
    }
    int length = Math.toIntExact(size);
    Object array = java.lang.reflect.Array.newInstance(dtype.javaType(), length);
    int item = dtype.itemSize();
    int perSlice = SLICE_BYTES / item;
    ByteBuffer buffer = ByteBuffer.allocate(perSlice * item).order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < length; from += perSlice) {
      int count = Math.min(perSlice, length - from);
      data.readFully(buffer.array(), 0, count * item);
      buffer.clear();
      switch (dtype) {
        case FLOAT64 -> buffer.asDoubleBuffer().get((double[]) array, from, count);
        case FLOAT32 -> buffer.asFloatBuffer().get((float[]) array, from, count);
        case INT64 -> buffer.asLongBuffer().get((long[]) array, from, count);
        case INT32 -> buffer.asIntBuffer().get((int[]) array, from, count);
        case BOOL -> {
          boolean[] flags = (boolean[]) array;
          for (int i = 0; i < count; i++) {
            flags[from + i] = buffer.get(i) != 0;
          }
        }
      }
    }
    return Dense.of(array, shape);
  }
}
