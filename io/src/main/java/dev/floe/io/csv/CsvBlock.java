package dev.floe.io.csv;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * A nominal byte range of a CSV file, before it is moved to record boundaries: block {@code
 * index} covers {@code [start, end)} of a file of {@code fileSize} bytes. The records a block
 * reads are those that start in its range (see {@link CsvSplitter}).
 *
 * @param file the file
 * @param index the block's position in the file, from 0
 * @param start the nominal first byte
 * @param end the nominal end (exclusive)
 * @param fileSize the file's size when the read was planned
 */
public record CsvBlock(Path file, int index, long start, long end, long fileSize)
    implements Serializable {
  /** Paths are not serializable: a block travels (to cluster workers) as its path's text. */
  private Object writeReplace() {
    return new Form(file.toString(), index, start, end, fileSize);
  }

  private record Form(String file, int index, long start, long end, long fileSize)
      implements Serializable {
    private Object readResolve() {
      return new CsvBlock(Path.of(file), index, start, end, fileSize);
    }
  }

  /** Whether this is the file's last block. */
  public boolean isLast() {
    return end >= fileSize;
  }
}
