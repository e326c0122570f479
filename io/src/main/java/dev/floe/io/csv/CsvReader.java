package dev.floe.io.csv;

import dev.floe.core.Diagnostics;
import dev.floe.core.chunk.Chunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads one block of a CSV file into a {@link Chunk} of typed columns: the records that start in
 * the block's range, moved to record boundaries as {@link CsvSplitter} explains. Each block of
 * each file is read independently, so blocks are read in parallel.
 */
public final class CsvReader {
  private CsvReader() {}

  /**
   * Reads a block.
   *
   * @param scans the scans of this file's blocks from the first through this one (only needed when
   *     the file has more than one block; pass an empty list otherwise)
   * @throws CsvFormatException for malformed input, naming the file and line (and column and value
   *     for a value its column's type cannot take)
   */
  public static Chunk read(CsvBlock block, List<BlockScan> scans, CsvSchema schema,
      CsvOptions options) {
    checkUnchanged(block);
    char quote = options.quote();
    CsvSplitter.Cut start = CsvSplitter.boundary(block, scans.subList(0, block.index()), quote);
    long end = block.isLast()
        ? block.fileSize()
        : CsvSplitter.boundary(next(block), scans.subList(0, block.index() + 1), quote).offset();
    RowAssembler rows = new RowAssembler(block.file(), schema, options, options.header() && block.index() == 0);
    if (end > start.offset()) {
      byte[] bytes = readRange(block, start.offset(), end);
      RecordParser parser = new RecordParser(options.delimiter(), quote);
      int from = start.offset() == 0 ? Bom.length(bytes, bytes.length, options.encoding()) : 0;
      parser.parse(bytes, from, bytes.length, start.line(), block.file(), rows);
      if (parser.unclosedQuoteLine() >= 0) {
        throw new CsvFormatException(block.file(), parser.unclosedQuoteLine(), block.isLast()
            ? "a quoted field is not closed before the end of the file"
            : "a quoted field runs past byte " + end + ", where the file was cut into blocks; a"
                + " quote character inside an unquoted field earlier in the file can mislead the"
                + " cut. Read this file as one block (CsvOptions.blockSizeBytes larger than "
                + block.fileSize() + ")");
      }
    }
    if (rows.badLines() > 0) {
      // skipBadLines asks for skipping and counting: the count is reported, never silent.
      Diagnostics.warn(CsvReader.class, "skipped " + rows.badLines() + " row(s) with the wrong number of"
          + " fields in " + block.file() + " (lines " + rows.badLineNumbers()
          + (rows.badLines() > rows.badLineNumbers().size() ? ", …" : "") + ")");
    }
    return rows.finish();
  }

  private static CsvBlock next(CsvBlock block) {
    long size = block.end() - block.start();
    return new CsvBlock(block.file(), block.index() + 1, block.end(),
        Math.min(block.fileSize(), block.end() + size), block.fileSize());
  }

  private static void checkUnchanged(CsvBlock block) {
    try {
      long size = Files.size(block.file());
      if (size != block.fileSize()) {
        throw new CsvFormatException(block.file(), 1, "the file changed size from "
            + block.fileSize() + " to " + size + " bytes after the read was planned");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + block.file(), e);
    }
  }

  private static byte[] readRange(CsvBlock block, long from, long to) {
    long length = to - from;
    if (length > Integer.MAX_VALUE - 16) {
      throw new CsvFormatException(block.file(), 1, "a block of " + length + " bytes is too large;"
          + " use a smaller CsvOptions.blockSizeBytes");
    }
    byte[] bytes = new byte[(int) length];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try (FileChannel channel = FileChannel.open(block.file(), StandardOpenOption.READ)) {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, from + buffer.position()) < 0) {
          throw new CsvFormatException(block.file(), 1, "the file ended early while reading bytes "
              + from + " to " + to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + block.file(), e);
    }
    return bytes;
  }
}
