package dev.floe.io.csv;

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
public record CsvBlock(Path file, int index, long start, long end, long fileSize) {
  /** Whether this is the file's last block. */
  public boolean isLast() {
    return end >= fileSize;
  }
}
