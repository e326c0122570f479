package dev.floe.io.csv;

import java.nio.file.Path;

/**
 * The input is not what the read asked for: a malformed record, a row with the wrong number of
 * fields, or a value its column's type cannot take. The message names the file, the line, the
 * column and the value where they apply, and the option that would fix it.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;

  CsvFormatException(Path file, long line, String problem) {
    super(file + ", line " + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The longest part of a value a message quotes. */
  private static final int QUOTED_CHARS = 120;

  /** A value in quotes for a message, cut to a readable length (a record may be 50 MB). */
  static String quoted(String value) {
    return value.length() <= QUOTED_CHARS ? "'" + value + "'"
        : "'" + value.substring(0, QUOTED_CHARS) + "…' (" + value.length() + " characters)";
  }

  /** The file the problem is in. */
  public Path file() {
    return file;
  }

  /** The 1-based physical line where the offending record starts. */
  public long line() {
    return line;
  }
}
