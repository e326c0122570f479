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

    /**
     * Which fields the sink reads, by position in the record; null when it reads them all. The
     * parser may skip the others without handing them over, reporting them to {@link #skipped}.
     */
    default boolean[] wanted() {
      return null;
    }

    /** {@code count} fields of the current record were skipped. */
    default void skipped(int count) {}
  }

  private static final byte LF = '\n';
  private static final byte CR = '\r';
  private static final long LF_LANES = Swar.broadcast(LF);
  private static final long CR_LANES = Swar.broadcast(CR);

  private final byte delimiter;
  private final byte quote;
  private final long delimiterLanes;
  private final long quoteLanes;
  private byte[] scratch = new byte[64];
  /** Set by {@link #parse}: where the record cut off inside a quoted field began, or -1. */
  private long unclosedQuoteLine = -1;
  /** Set by {@link #skip}: whether it stopped at the end of the record. */
  private boolean skipEndedRecord;

  RecordParser(char delimiter, char quote) {
    this.delimiter = (byte) delimiter;
    this.quote = (byte) quote;
    this.delimiterLanes = Swar.broadcast(this.delimiter);
    this.quoteLanes = Swar.broadcast(this.quote);
  }

  /**
   * Parses every record in {@code data[from, to)}.
   *
   * <p>Runs of fields the sink does not want are skipped a word at a time: the parser counts
   * delimiters eight bytes per step until the next wanted field, the end of the record, or a
   * quoted field (which it then parses field by field, as quotes may hide delimiters and line
   * breaks).
   *
   * <p>A last record that {@code to} cuts inside a quoted field is not handed over: parsing stops
   * at its start, and {@link #unclosedQuoteLine()} tells where it began. Whether that is an error
   * (the end of a file or block) or expected (the end of a sample) is the caller's to say.
   *
   * @param firstLine the physical line number at {@code from}
   * @return the offset where parsing stopped: {@code to}, or the start of the cut-off last record
   * @throws CsvFormatException for a malformed record, naming the file and line
   */
  int parse(byte[] data, int from, int to, long firstLine, Path file, Sink sink) {
    unclosedQuoteLine = -1;
    int[] skipRun = skipRuns(sink.wanted());
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
      int field = 0;
      while (true) {
        int run = skipRun == null ? 0
            : field < skipRun.length ? skipRun[field] : Integer.MAX_VALUE;
        if (run > 0) {
          long skip = skip(data, i, to, run);
          int skippedFields = (int) (skip >>> 32);
          i = (int) skip;
          if (skippedFields > 0) {
            sink.skipped(skippedFields);
            field += skippedFields;
          }
          if (skipEndedRecord) {
            break; // at the line break (or the end) that ended the record
          }
          if (i >= to) { // the run ended with a delimiter at the very end: one more, empty field
            sink.field(data, i, i);
            break;
          }
          if (data[i] != quote) {
            continue; // at the start of the first wanted field after the run
          }
          // else: a quoted field starts at i; parse it below
        }
        if (data[i] == quote) {
          int start = ++i;
          boolean doubled = false;
          while (true) {
            if (i >= to) {
              unclosedQuoteLine = recordLine;
              return recordStart;
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
          int fieldEnd = i++;
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
          i = nextSpecial(data, i, to);
          sink.field(data, start, i);
        }
        field++;
        if (i >= to) {
          break;
        }
        if (data[i] == delimiter) {
          i++;
          if (i >= to) { // a delimiter at the very end: one more, empty field
            sink.field(data, i, i);
            break;
          }
          if (data[i] != LF && data[i] != CR) {
            continue;
          }
          sink.field(data, i, i);
        }
        break; // data[i] is the line break ending the record
      }
      if (i < to) {
        i += (data[i] == CR && i + 1 < to && data[i + 1] == LF) ? 2 : 1;
        line++;
      }
      sink.endRecord(recordLine);
    }
    return to;
  }

  /** The line of the last record the data ended inside a quoted field of, or -1 if none. */
  long unclosedQuoteLine() {
    return unclosedQuoteLine;
  }

  /** For each field position, how many consecutive unwanted fields start there (0: wanted). */
  private static int[] skipRuns(boolean[] wanted) {
    if (wanted == null) {
      return null;
    }
    int[] runs = new int[wanted.length];
    int run = Integer.MAX_VALUE; // past the last column, every field is unwanted
    for (int f = wanted.length - 1; f >= 0; f--) {
      run = wanted[f] ? 0 : (run == Integer.MAX_VALUE ? Integer.MAX_VALUE : run + 1);
      runs[f] = run;
    }
    return runs;
  }

  /**
   * Skips up to {@code fields} unquoted fields from {@code i}, the start of a field. Stops after
   * the delimiter that ends the last of them, at a line break or the end of the data (the
   * record's end: the field it ends counts as skipped, and {@link #skipEndedRecord} is set), or at
   * a quote opening a field.
   *
   * @return the fields skipped in the high 32 bits, the offset reached in the low 32 bits
   */
  private long skip(byte[] data, int i, int to, int fields) {
    skipEndedRecord = false;
    int skipped = 0;
    int fieldStart = i;
    while (i + Long.BYTES <= to) {
      long word = Swar.read(data, i);
      long mask = Swar.equalLanes(word, delimiterLanes) | Swar.equalLanes(word, LF_LANES)
          | Swar.equalLanes(word, CR_LANES) | Swar.equalLanes(word, quoteLanes);
      while (mask != 0) {
        int at = i + Swar.firstLane(mask);
        byte c = data[at];
        if (c == delimiter) {
          skipped++;
          fieldStart = at + 1;
          if (skipped == fields) {
            return ((long) skipped << 32) | fieldStart;
          }
        } else if (c == quote) {
          if (at == fieldStart) {
            return ((long) skipped << 32) | fieldStart;
          }
        } else {
          skipEndedRecord = true;
          return ((long) (skipped + 1) << 32) | at;
        }
        mask &= mask - 1;
      }
      i += Long.BYTES;
    }
    for (; i < to; i++) {
      byte c = data[i];
      if (c == delimiter) {
        skipped++;
        fieldStart = i + 1;
        if (skipped == fields) {
          return ((long) skipped << 32) | fieldStart;
        }
      } else if (c == quote) {
        if (i == fieldStart) {
          return ((long) skipped << 32) | fieldStart;
        }
      } else if (c == LF || c == CR) {
        skipEndedRecord = true;
        return ((long) (skipped + 1) << 32) | i;
      }
    }
    skipEndedRecord = true;
    return ((long) (skipped + 1) << 32) | to;
  }

  /** The offset of the first delimiter, CR or LF at or after {@code i}; {@code to} if none. */
  private int nextSpecial(byte[] data, int i, int to) {
    while (i + Long.BYTES <= to) {
      long word = Swar.read(data, i);
      long mask = Swar.equalLanes(word, delimiterLanes) | Swar.equalLanes(word, LF_LANES)
          | Swar.equalLanes(word, CR_LANES);
      if (mask != 0) {
        return i + Swar.firstLane(mask);
      }
      i += Long.BYTES;
    }
    while (i < to && data[i] != delimiter && data[i] != LF && data[i] != CR) {
      i++;
    }
    return i;
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
