package dev.floe.io.csv;

import java.nio.file.Path;

/**
 * Splits bytes into records and fields, as commons-csv's {@code DEFAULT} format does with the
 * given delimiter and quote: fields may be quoted, a quote inside a quoted field is written twice,
 * quoted fields may hold delimiters and line breaks, records end at LF, CRLF or CR, and empty
 * lines are skipped. A quote inside an unquoted field is an ordinary character.
 *
 * <p>Fields are handed to a {@link Sink} as byte ranges, unquoted and unescaped, without copying
 * unless a doubled quote has to be removed. Not thread-safe: one parser per block.
 */
final class RecordParser {
  /** Receives fields and record ends. */
  interface Sink {
    /** The next field of the current record: {@code bytes[start, end)}. */
    void field(byte[] bytes, int start, int end);

    /** The current record, which started on physical line {@code line}, has ended. */
    void endRecord(long line);
  }

  private static final byte LF = '\n';
  private static final byte CR = '\r';

  private final byte delimiter;
  private final byte quote;
  private byte[] scratch = new byte[64];

  RecordParser(char delimiter, char quote) {
    this.delimiter = (byte) delimiter;
    this.quote = (byte) quote;
  }

  /**
   * Parses every record in {@code data[from, to)}.
   *
   * @param firstLine the physical line number at {@code from}
   * @param incompleteTailAllowed when true, a last record cut off by {@code to} inside a quoted
   *     field is dropped (for samples); when false it is an error
   * @return the offset where parsing stopped: {@code to}, or the start of a dropped last record
   * @throws CsvFormatException for a malformed record, naming the file and line
   */
  int parse(byte[] data, int from, int to, long firstLine, Path file, boolean incompleteTailAllowed,
      Sink sink) {
    int i = from;
    long line = firstLine;
    while (i < to) {
      byte b = data[i];
      if (b == LF || b == CR) { // an empty line
        i += (b == CR && i + 1 < to && data[i + 1] == LF) ? 2 : 1;
        line++;
        continue;
      }
      int recordStart = i;
      long recordLine = line;
      while (true) {
        int fieldEnd;
        if (data[i] == quote) {
          int start = ++i;
          boolean doubled = false;
          while (true) {
            if (i >= to) {
              if (incompleteTailAllowed) {
                return recordStart;
              }
              throw new CsvFormatException(file, recordLine,
                  "a quoted field is not closed before the end of the "
                      + (to == data.length ? "file" : "block"));
            }
            byte c = data[i];
            if (c == quote) {
              if (i + 1 < to && data[i + 1] == quote) {
                doubled = true;
                i += 2;
                continue;
              }
              break;
            }
            if (c == LF) {
              line++;
            }
            i++;
          }
          fieldEnd = i++;
          if (doubled) {
            int length = unescape(data, start, fieldEnd);
            sink.field(scratch, 0, length);
          } else {
            sink.field(data, start, fieldEnd);
          }
          if (i < to && data[i] != delimiter && data[i] != LF && data[i] != CR) {
            throw new CsvFormatException(file, line, "unexpected character '"
                + (char) (data[i] & 0xff) + "' after the closing quote of a field; a quote inside"
                + " a quoted field must be written twice");
          }
        } else {
          int start = i;
          while (i < to) {
            byte c = data[i];
            if (c == delimiter || c == LF || c == CR) {
              break;
            }
            i++;
          }
          sink.field(data, start, i);
        }
        if (i >= to) {
          break;
        }
        if (data[i] == delimiter) {
          i++;
          if (i >= to) { // a delimiter at the very end: one more, empty field
            sink.field(data, i, i);
            break;
          }
          if (data[i] == LF || data[i] == CR) {
            sink.field(data, i, i);
          } else {
            continue;
          }
        }
        // data[i] is a line break ending the record
        i += (data[i] == CR && i + 1 < to && data[i + 1] == LF) ? 2 : 1;
        line++;
        break;
      }
      sink.endRecord(recordLine);
    }
    return to;
  }

  /** Copies {@code data[start, end)} to the scratch buffer with doubled quotes made single. */
  private int unescape(byte[] data, int start, int end) {
    if (scratch.length < end - start) {
      scratch = new byte[Math.max(end - start, scratch.length * 2)];
    }
    int length = 0;
    for (int i = start; i < end; i++) {
      scratch[length++] = data[i];
      if (data[i] == quote) {
        i++; // skip the second quote of the pair
      }
    }
    return length;
  }
}
