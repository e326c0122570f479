package dev.floe.io.csv;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one chunk as a CSV file, whole or not at all: to a temporary name beside the target,
 * renamed into place only once complete. Fields are quoted when they must be (a delimiter, quote
 * or line break inside), quotes doubled; missing values are empty fields; booleans are written
 * True/False and dates ISO, as pandas writes them.
 */
public final class CsvWriter {
  private CsvWriter() {}

  /** Writes {@code chunk}, with a header record, to {@code file}. */
  public static void write(Chunk chunk, Path file) {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      for (int c = 0; c < chunk.names().size(); c++) {
        out.write(c == 0 ? "" : ",");
        out.write(quoted(chunk.names().get(c)));
      }
      out.write('\n');
      for (int row = 0; row < chunk.rows(); row++) {
        for (int c = 0; c < chunk.columns().size(); c++) {
          if (c > 0) {
            out.write(',');
          }
          ColumnData column = chunk.columns().get(c);
          if (!column.isMissing(row)) {
            String text = column.format(row);
            out.write(column instanceof ColumnData.Strings ? quoted(text) : text);
          }
        }
        out.write('\n');
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file, e);
    }
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String quoted(String text) {
    boolean needs = text.isEmpty() ? false
        : text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the failure being reported matters more
    }
  }
}
