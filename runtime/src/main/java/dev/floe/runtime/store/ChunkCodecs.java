package dev.floe.runtime.store;

import java.util.List;
import java.util.ServiceLoader;

/** The registered {@link ChunkCodec}s, found once through {@link ServiceLoader}. */
final class ChunkCodecs {
  private static final List<ChunkCodec> REGISTERED =
      ServiceLoader.load(ChunkCodec.class, ChunkCodecs.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private ChunkCodecs() {}

  /** The codec that writes {@code value}, or null when none does. */
  static ChunkCodec forValue(Object value) {
    for (ChunkCodec codec : REGISTERED) {
      if (codec.accepts(value)) {
        return codec;
      }
    }
    return null;
  }
}
