package dev.floe.io.csv;

import dev.floe.core.DType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses column names and types from a sample, as pandas does: int64 when every value is an
 * integer, else float64 when every value is a number, else bool when every value is
 * True/False, else string; a column with no values is float64; {@code parseDates} columns are date,
 * or datetime when a value has a time of day. Types given in the options win.
 *
 * <p>The sample is the start of every file — the whole {@code sampleBytes} of the first and up to
 * {@link #OTHER_FILE_SAMPLE_BYTES} of each other — so that a column that turns from integers to
 * decimals or text in a later file is caught before any work starts, not an hour in.
 */
public final class SchemaInference {
  /** How much of each file after the first the sample reads. */
  public static final int OTHER_FILE_SAMPLE_BYTES = 64 << 10;

  private SchemaInference() {}

  /**
   * The schema of {@code files} under {@code options}.
   *
   * @throws CsvFormatException when files disagree on their header, a named column does not
   *     exist, or a {@code parseDates} column holds a value that is not a date
   * @throws IllegalArgumentException when {@code files} is empty
   */
  public static CsvSchema infer(List<Path> files, CsvOptions options) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no CSV files to read");
    }
    List<String> header = null;
    Path headerFile = null;
    List<Sample> samples = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      Path file = files.get(f);
      Sample sample = Sample.read(file, f == 0 ? options.sampleBytes()
          : Math.min(options.sampleBytes(), OTHER_FILE_SAMPLE_BYTES), options);
      if (options.header()) {
        if (sample.records.isEmpty()) {
          throw new CsvFormatException(file, 1, "the file has no header record");
        }
        List<String> fileHeader = sample.records.remove(0).values();
        if (header == null) {
          header = fileHeader;
          headerFile = file;
        } else if (!header.equals(fileHeader)) {
          throw new CsvFormatException(file, 1, "the header " + fileHeader + " differs from "
              + header + " in " + headerFile + "; files read together need the same columns");
        }
      }
      samples.add(sample);
    }
    List<String> fileColumns = columnNames(header, samples, options, files.get(0));
    List<String> columns = options.usecols().orElse(fileColumns);
    checkNamed(columns, fileColumns, "usecols", files.get(0));
    checkNamed(options.dtypes().keySet(), fileColumns, "dtype", files.get(0));
    checkNamed(options.parseDates(), fileColumns, "parseDates", files.get(0));
    List<String> read = fileColumns.stream().filter(columns::contains).toList();
    List<DType> types = new ArrayList<>();
    for (String column : read) {
      types.add(infer(column, fileColumns.indexOf(column), samples, options));
    }
    return new CsvSchema(fileColumns, read, types);
  }

  private static List<String> columnNames(List<String> header, List<Sample> samples,
      CsvOptions options, Path first) {
    if (options.names().isPresent()) {
      return options.names().get();
    }
    if (header != null) {
      return uniqueNames(header);
    }
    int width = samples.get(0).records.isEmpty() ? 0 : samples.get(0).records.get(0).values().size();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  /**
   * Header names as pandas makes them: an empty name becomes {@code Unnamed: i} (i its position)
   * and a repeated one gets {@code .1}, {@code .2}, … so that every column can be named.
   */
  static List<String> uniqueNames(List<String> header) {
    List<String> names = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).isEmpty() ? "Unnamed: " + i : header.get(i);
      String unique = name;
      for (int n = 1; taken.contains(unique); n++) {
        unique = name + "." + n;
      }
      taken.add(unique);
      names.add(unique);
    }
    return names;
  }

  private static void checkNamed(
      java.util.Collection<String> named, List<String> columns, String option, Path file) {
    for (String name : named) {
      if (!columns.contains(name)) {
        throw new CsvFormatException(file, 1, "CsvOptions." + option + " names the column '" + name
            + "', which the file does not have; its columns are " + columns);
      }
    }
  }

  private static DType infer(String column, int index, List<Sample> samples, CsvOptions options) {
    DType given = options.dtypes().get(column);
    if (given != null) {
      return given;
    }
    Set<String> na = options.naValues();
    boolean dates = options.parseDates().contains(column);
    boolean allLong = true;
    boolean allDouble = true;
    boolean allBool = true;
    boolean allDate = true;
    boolean any = false;
    for (Sample sample : samples) {
      for (SampledRecord record : sample.records) {
        if (index >= record.values().size()) {
          continue; // a short row: reported when the block is read
        }
        String value = record.values().get(index);
        if (na.contains(value)) {
          continue;
        }
        any = true;
        byte[] bytes = value.getBytes(options.encoding());
        if (dates) {
          allDate &= parses(() -> Numbers.parseDate(bytes, 0, bytes.length));
          if (!parses(() -> Numbers.parseDateTime(bytes, 0, bytes.length))) {
            throw new CsvFormatException(sample.file, record.line(), "column '" + column
                + "' is listed in parseDates but holds " + CsvFormatException.quoted(value)
                + ", which is not a date"
                + " (yyyy-MM-dd) or date-time (yyyy-MM-dd HH:mm[:ss[.ffffff]])");
          }
          continue;
        }
        allLong = allLong && parses(() -> Numbers.parseLong(bytes, 0, bytes.length));
        allDouble = allDouble && parses(() -> Numbers.parseDouble(bytes, 0, bytes.length));
        allBool = allBool && parses(() -> Numbers.parseBoolean(bytes, 0, bytes.length));
      }
    }
    if (dates) {
      return allDate ? DType.DATE : DType.DATETIME;
    }
    if (!any) {
      return DType.FLOAT64;
    }
    return allLong ? DType.INT64 : allDouble ? DType.FLOAT64 : allBool ? DType.BOOL : DType.STRING;
  }

  private interface Parse {
    void run() throws Numbers.NotParsable;
  }

  private static boolean parses(Parse parse) {
    try {
      parse.run();
      return true;
    } catch (Numbers.NotParsable e) {
      return false;
    }
  }

  private record SampledRecord(long line, List<String> values) {}

  /** The complete records at the start of a file. */
  private static final class Sample implements RecordParser.Sink {
    final Path file;
    final List<SampledRecord> records = new ArrayList<>();
    private final TextDecoder decoder;
    private final Charset encoding;
    private List<String> current = new ArrayList<>();
    private int malformedField = -1;

    private Sample(Path file, CsvOptions options) {
      this.file = file;
      this.encoding = options.encoding();
      this.decoder = new TextDecoder(encoding, options.replaceMalformed());
    }

    /**
     * The complete records in the first {@code bytes} of the file, or in as much more as it takes
     * to hold one data record: a sample must never be empty because one record is long.
     */
    static Sample read(Path file, int bytes, CsvOptions options) {
      int wanted = options.header() ? 2 : 1;
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      for (long length = bytes; ; length *= 4) {
        int cut = (int) Math.min(length, Math.min(size, Integer.MAX_VALUE - 16));
        Sample sample = readHead(file, cut, options);
        if (sample.records.size() >= wanted || cut >= size || cut == Integer.MAX_VALUE - 16) {
          return sample;
        }
      }
    }

    private static Sample readHead(Path file, int bytes, CsvOptions options) {
      byte[] head;
      boolean wholeFile;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(bytes);
        wholeFile = in.read() < 0;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      int end = head.length;
      if (!wholeFile) { // drop the record the sample cuts through
        while (end > 0 && head[end - 1] != '\n') {
          end--;
        }
      }
      Sample sample = new Sample(file, options);
      RecordParser parser = new RecordParser(options.delimiter(), options.quote());
      parser.parse(head, Bom.length(head, end, options.encoding()), end, 1, file, sample);
      if (wholeFile && parser.unclosedQuoteLine() >= 0) {
        throw new CsvFormatException(file, parser.unclosedQuoteLine(),
            "a quoted field is not closed before the end of the file");
      }
      return sample; // a sample's cut-off last record is simply left out
    }

    @Override
    public void field(byte[] bytes, int start, int end) {
      try {
        current.add(decoder.decode(bytes, start, end));
      } catch (Numbers.NotParsable malformed) {
        if (malformedField < 0) {
          malformedField = current.size();
        }
        current.add(new String(bytes, start, end - start, encoding));
      }
    }

    @Override
    public void endRecord(long line) {
      if (malformedField >= 0) {
        throw new CsvFormatException(file, line, "field " + (malformedField + 1) + " "
            + TextDecoder.malformed(current.get(malformedField), encoding));
      }
      records.add(new SampledRecord(line, current));
      current = new ArrayList<>();
    }
  }
}
