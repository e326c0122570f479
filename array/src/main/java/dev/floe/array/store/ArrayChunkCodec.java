package dev.floe.array.store;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.runtime.store.ChunkCodec;
import dev.floe.runtime.store.RawArrays;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Spills array blocks raw: the dtype, the shape, then the elements in C order as little-endian
 * bytes ({@link RawArrays}).
 */
public final class ArrayChunkCodec implements ChunkCodec {
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
    RawArrays.write(data, block.data(), block.size());
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
    RawArrays.read(data, array, length);
    return Dense.of(array, shape);
  }
}
