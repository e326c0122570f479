package dev.floe.runtime.store;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The registered {@link ChunkCodec}s, found once through {@link ServiceLoader}. The chunk store
 * spills with them and the cluster sends chunks between JVMs with them.
 */
public final class ChunkCodecs {
  private static final List<ChunkCodec> REGISTERED =
      ServiceLoader.load(ChunkCodec.class, ChunkCodecs.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private ChunkCodecs() {}

  /** The codec that writes {@code value}, or null when none does. */
  public static ChunkCodec forValue(Object value) {
    for (ChunkCodec codec : REGISTERED) {
      if (codec.accepts(value)) {
        return codec;
      }
    }
    return null;
  }

  /** The registered codec of the given class name, or null when this JVM has none. */
  public static ChunkCodec named(String className) {
    for (ChunkCodec codec : REGISTERED) {
      if (codec.getClass().getName().equals(className)) {
        return codec;
      }
    }
    return null;
  }
}
