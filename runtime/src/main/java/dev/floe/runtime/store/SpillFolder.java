package dev.floe.runtime.store;

import dev.floe.core.Diagnostics;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The folder one store spills into: made on the first spill, one file per spilled result, and
 * deleted with everything in it when the store closes or the JVM exits.
 */
final class SpillFolder {
  private static final int BUFFER_BYTES = 1 << 20;

  private final Path parent;
  private final AtomicLong sequence = new AtomicLong();
  private volatile Path folder;
  private Thread cleanup;

  SpillFolder(Path parent) {
    this.parent = parent;
  }

  /** Writes {@code value} to a new file; returns it. A failed write leaves no file behind. */
  Path write(ChunkCodec codec, Object value) {
    Path file = folder().resolve("chunk-" + sequence.incrementAndGet() + ".spill");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES)) {
      codec.write(value, out);
    } catch (IOException | RuntimeException e) {
      delete(file);
      throw new UncheckedIOException(new IOException("cannot spill a result to " + file + ": " + e
          + " (set " + MemoryBudget.SPILL_DIRECTORY_PROPERTY + " to a folder with room)", e));
    }
    return file;
  }

  /** Reads back what {@link #write} wrote. */
  static Object read(ChunkCodec codec, Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES)) {
      return codec.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the spilled result " + file, e);
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot see the size of spill file " + file, e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      Diagnostics.warn(SpillFolder.class, "cannot delete spill file " + file + ": " + e);
    }
  }

  /** The folder, if it was made. */
  Path path() {
    return folder;
  }

  /** Deletes the folder and every file in it. */
  synchronized void close() {
    if (folder != null) {
      deleteTree(folder);
      if (cleanup != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
          // the JVM is exiting: the hook is running or ran
        }
      }
      folder = null;
    }
  }

  private synchronized Path folder() {
    if (folder == null) {
      try {
        Files.createDirectories(parent);
        Path made = Files.createTempDirectory(parent, "floe-spill-");
        cleanup = new Thread(() -> deleteTree(made), "floe-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        folder = made;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a spill folder in " + parent + " (set "
            + MemoryBudget.SPILL_DIRECTORY_PROPERTY + " to a writable folder)", e);
      }
    }
    return folder;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(SpillFolder::delete);
    } catch (IOException e) {
      Diagnostics.warn(SpillFolder.class, "cannot delete spill folder " + root + ": " + e);
    }
  }
}
