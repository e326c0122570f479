package dev.floe.runtime.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes one kind of chunk to bytes and reads it back, so that the chunk store can spill it to
 * disk. Implementations are registered as services ({@code
 * META-INF/services/dev.floe.runtime.store.ChunkCodec}) by the modules that define chunk types:
 * {@code frame} writes table chunks and {@code array} array chunks as raw arrays. A result
 * no codec accepts is never spilled.
 */
public interface ChunkCodec {
  /** Whether this codec writes {@code value}. */
  boolean accepts(Object value);

  /** Writes {@code value} whole to {@code out} (buffered by the caller). */
  void write(Object value, OutputStream out) throws IOException;

  /** Reads back a value {@link #write} wrote (from a buffered stream). */
  Object read(InputStream in) throws IOException;
}
