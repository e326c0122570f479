package dev.floe.cluster;

import dev.floe.runtime.store.ChunkCodec;
import dev.floe.runtime.store.ChunkCodecs;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.util.function.Predicate;

/**
 * How values cross between JVMs: results as compact chunks where a {@link ChunkCodec} writes them
 * (raw arrays for table chunks and array blocks), everything else — task functions included —
 * by Java serialization.
 *
 * <p>Java serialization here marks each class descriptor with one flag: whether the class came
 * from the client's own code rather than a jar every worker has (a class a notebook cell defined in
 * JShell, say). The reading side resolves flagged classes through the sending client's class
 * loader, which fetches the bytes from that client (see {@link ClientClassLoader}); the rest
 * through its own class path.
 */
final class Wire {
  private static final int JAVA_SERIALIZED = 0;
  private static final int CODEC = 1;

  private Wire() {}

  /** Java-serializes {@code value}; {@code shipped} says which classes to flag. */
  static byte[] serialize(Object value, Predicate<Class<?>> shipped) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (ObjectOutputStream out = new FlaggingOutputStream(bytes, shipped)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  /** Reads what {@link #serialize} wrote, resolving flagged classes through {@code shipped}. */
  static Object deserialize(byte[] bytes, ClassLoader own, ClassLoader shipped)
      throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new FlagReadingInputStream(
        new ByteArrayInputStream(bytes), own, shipped)) {
      return in.readObject();
    }
  }

  /** Writes a result: through its chunk codec when one accepts it, else serialized. */
  static byte[] encodeResult(Object value, Predicate<Class<?>> shipped) throws IOException {
    ChunkCodec codec = ChunkCodecs.forValue(value);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    if (codec == null) {
      bytes.write(JAVA_SERIALIZED);
      try (ObjectOutputStream out = new FlaggingOutputStream(bytes, shipped)) {
        out.writeObject(value);
      }
    } else {
      bytes.write(CODEC);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
        out.writeUTF(codec.getClass().getName());
        codec.write(value, out);
      }
    }
    return bytes.toByteArray();
  }

  /** Reads back what {@link #encodeResult} wrote. */
  static Object decodeResult(byte[] bytes, ClassLoader own, ClassLoader shipped)
      throws IOException, ClassNotFoundException {
    InputStream raw = new ByteArrayInputStream(bytes);
    int kind = raw.read();
    if (kind == JAVA_SERIALIZED) {
      try (ObjectInputStream in = new FlagReadingInputStream(raw, own, shipped)) {
        return in.readObject();
      }
    }
    if (kind != CODEC) {
      throw new StreamCorruptedException("not a Floe result (first byte " + kind + ")");
    }
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    String codecName = in.readUTF();
    ChunkCodec codec = ChunkCodecs.named(codecName);
    if (codec == null) {
      throw new ClassNotFoundException("the chunk codec " + codecName
          + " is not registered in this JVM: start every worker with the same Floe modules"
          + " (frame, array) as the client");
    }
    return codec.read(in);
  }

  /** Flags, after each class descriptor, whether the class is shipped from the client. */
  private static final class FlaggingOutputStream extends ObjectOutputStream {
    private final Predicate<Class<?>> shipped;

    FlaggingOutputStream(OutputStream out, Predicate<Class<?>> shipped) throws IOException {
      super(out);
      this.shipped = shipped;
    }

    @Override
    protected void annotateClass(Class<?> type) throws IOException {
      writeBoolean(shipped.test(type));
    }

    @Override
    protected void annotateProxyClass(Class<?> type) throws IOException {
      writeBoolean(false);
    }
  }

  /** Resolves flagged classes through the shipping loader, the rest through this JVM's own. */
  private static final class FlagReadingInputStream extends ObjectInputStream {
    private final ClassLoader own;
    private final ClassLoader shipped;

    FlagReadingInputStream(InputStream in, ClassLoader own, ClassLoader shipped)
        throws IOException {
      super(in);
      this.own = own;
      this.shipped = shipped;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass descriptor)
        throws IOException, ClassNotFoundException {
      boolean fromClient = readBoolean();
      ClassLoader loader = fromClient && shipped != null ? shipped : own;
      try {
        return Class.forName(descriptor.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(descriptor); // primitives and the JDK's own
      }
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces)
        throws IOException, ClassNotFoundException {
      readBoolean();
      return super.resolveProxyClass(interfaces);
    }
  }
}
