package dev.floe.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts CSV files into blocks on record boundaries, in parallel, without ever cutting a quoted
 * field.
 *
 * <p>Implementation overview. Whether a byte lies inside a quoted field depends on everything
 * before it, which seems to force one sequential pass over the file. But with quotes escaped by
 * doubling (RFC 4180, commons-csv's default), a byte is inside quotes exactly when an odd number
 * of quote characters precede it: an escaped quote adds two, leaving the parity alone. So a file
 * is split in two parallel steps:
 *
 * <ol>
 *   <li>{@link #scan}: each nominal block (fixed-size byte range) counts its quote characters and
 *       line feeds — a tight loop over bytes, one task per block, all at once.
 *   <li>{@link #boundary}: the reader of block i sums the counts of blocks before it, which gives
 *       the quote state and the line number at its nominal start, and moves the start forward to
 *       just after the first line feed outside quotes. Its end is found the same way from the
 *       next block's nominal start. Consecutive blocks thus share their cut, so every record is
 *       read once.
 * </ol>
 *
 * <p>The parity rule fails only when a quote character appears inside an unquoted field (which
 * commons-csv reads literally). A wrongly placed cut then lands inside a quoted field, and the
 * parser of the block before it meets the cut while still inside quotes: the read fails with an
 * error naming the file and line and the remedy (a block size larger than the file), never a
 * silent mix-up. The state carries no concurrency: scans and boundary searches read the file
 * independently.
 */
public final class CsvSplitter {
  private static final int SCAN_BUFFER_BYTES = 1 << 20;
  private static final int BOUNDARY_WINDOW_BYTES = 64 << 10;
  private static final long LINE_FEED_LANES = Swar.broadcast((byte) '\n');

  private CsvSplitter() {}

  /** The nominal blocks of a file of {@code fileSize} bytes; at least one, even when empty. */
  public static List<CsvBlock> plan(Path file, long fileSize, long blockSizeBytes) {
    List<CsvBlock> blocks = new ArrayList<>();
    long count = Math.max(1, (fileSize + blockSizeBytes - 1) / blockSizeBytes);
    for (int i = 0; i < count; i++) {
      long start = i * blockSizeBytes;
      blocks.add(new CsvBlock(file, i, start, Math.min(fileSize, start + blockSizeBytes), fileSize));
    }
    return blocks;
  }

  /** Counts the quote characters and line feeds of a block's nominal range. */
  public static BlockScan scan(CsvBlock block, char quote) {
    byte q = (byte) quote;
    long quoteLanes = Swar.broadcast(q);
    long quotes = 0;
    long lineFeeds = 0;
    try (FileChannel channel = FileChannel.open(block.file(), StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(SCAN_BUFFER_BYTES);
      byte[] bytes = buffer.array();
      long position = block.start();
      while (position < block.end()) {
        buffer.clear();
        buffer.limit((int) Math.min(bytes.length, block.end() - position));
        int read = channel.read(buffer, position);
        if (read < 0) {
          break;
        }
        int i = 0;
        for (; i + Long.BYTES <= read; i += Long.BYTES) {
          long word = Swar.read(bytes, i);
          quotes += Long.bitCount(Swar.equalLanes(word, quoteLanes));
          lineFeeds += Long.bitCount(Swar.equalLanes(word, LINE_FEED_LANES));
        }
        for (; i < read; i++) {
          quotes += bytes[i] == q ? 1 : 0;
          lineFeeds += bytes[i] == '\n' ? 1 : 0;
        }
        position += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + block.file(), e);
    }
    return new BlockScan(quotes, lineFeeds);
  }

  /**
   * Where block {@code index} really starts: just after the first line feed outside quotes at or
   * after its nominal start (0 for the first block; the file size when there is none).
   *
   * @param scansBefore the scans of the blocks before it, in order
   * @return the byte offset and the physical line number there
   */
  public static Cut boundary(CsvBlock block, List<BlockScan> scansBefore, char quote) {
    if (block.index() == 0) {
      return new Cut(0, 1);
    }
    long quotes = 0;
    long lineFeeds = 0;
    for (BlockScan scan : scansBefore) {
      quotes += scan.quotes();
      lineFeeds += scan.lineFeeds();
    }
    boolean inQuotes = (quotes & 1) == 1;
    byte q = (byte) quote;
    long line = 1 + lineFeeds;
    try (FileChannel channel = FileChannel.open(block.file(), StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(BOUNDARY_WINDOW_BYTES);
      byte[] bytes = buffer.array();
      long position = block.start();
      while (position < block.fileSize()) {
        buffer.clear();
        int read = channel.read(buffer, position);
        if (read <= 0) {
          break;
        }
        for (int i = 0; i < read; i++) {
          byte b = bytes[i];
          if (b == q) {
            inQuotes = !inQuotes;
          } else if (b == '\n') {
            line++;
            if (!inQuotes) {
              return new Cut(position + i + 1, line);
            }
          }
        }
        position += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + block.file(), e);
    }
    return new Cut(block.fileSize(), line);
  }

  /**
   * A record boundary.
   *
   * @param offset the byte offset where a record starts
   * @param line the physical line number at that offset
   */
  public record Cut(long offset, long line) {}
}
