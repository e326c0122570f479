package dev.floe.runtime.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A codec for {@code long[]} results, registered for the runtime's tests only. */
public final class LongArrayCodec implements ChunkCodec {
  @Override
  public boolean accepts(Object value) {
    return value instanceof long[];
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    long[] values = (long[]) value;
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(values.length);
    for (long v : values) {
      data.writeLong(v);
    }
    data.flush();
  }

  @Override
  public Object read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    long[] values = new long[data.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.readLong();
    }
    return values;
  }
}
