package dev.floe.frame.store;

import dev.floe.io.arrow.ArrowChunks;
import dev.floe.core.chunk.Chunk;
import dev.floe.runtime.store.ChunkCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Spills table chunks as Arrow IPC streams. Arrow needs the JVM option {@code
 * --add-opens=java.base/java.nio=ALL-UNNAMED} (Floe's jars set it in their manifest); without it
 * table chunks are not spilled, and a warning says so once.
 */
public final class TableChunkCodec implements ChunkCodec {
  private static final boolean ARROW_USABLE = arrowUsable();

  @Override
  public boolean accepts(Object value) {
    return value instanceof Chunk && ARROW_USABLE;
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    ArrowChunks.write((Chunk) value, out);
  }

  @Override
  public Object read(InputStream in) throws IOException {
    return ArrowChunks.read(in);
  }

  private static boolean arrowUsable() {
    try {
      Class.forName(ArrowChunks.class.getName(), true, TableChunkCodec.class.getClassLoader());
      return true;
    } catch (Throwable e) {
      System.err.println("floe: table chunks cannot be spilled to disk, Arrow is not usable: " + e
          + "\nfloe: start Java with --add-opens=java.base/java.nio=ALL-UNNAMED to allow it");
      return false;
    }
  }
}
