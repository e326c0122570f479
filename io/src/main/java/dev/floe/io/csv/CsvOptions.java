package dev.floe.io.csv;

import dev.floe.core.DType;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to read CSV files. Immutable; each method returns a changed copy:
 *
 * <pre>{@code
 * CsvOptions.defaults().parseDates("Date").dtype("TailNum", DType.STRING).usecols("Origin", "DepDelay")
 * }</pre>
 *
 * <p>Defaults follow pandas: a header row, comma delimiter, double-quote quoting, UTF-8, and
 * missing values written as pandas' default spellings ({@link #PANDAS_NA_VALUES}: an empty
 * field, {@code NA}, {@code N/A}, {@code NaN}, {@code nan}, {@code null}, {@code None}, …).
 */
public final class CsvOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The largest block chosen automatically: 64 MiB. */
  public static final long MAX_AUTO_BLOCK_SIZE_BYTES = 64L << 20;
  /** The smallest block chosen automatically (below it, per-task costs dominate): 4 MiB. */
  public static final long MIN_AUTO_BLOCK_SIZE_BYTES = 4L << 20;
  /** How many blocks per core automatic sizing aims at, so that cores finish together. */
  static final int AUTO_BLOCKS_PER_CORE = 4;
  /** {@link #blockSizeBytes()} when the size is chosen from the data: 0. */
  public static final long AUTO_BLOCK_SIZE = 0;
  /** How much of the start of each file type inference reads by default: 256 KiB. */
  public static final int DEFAULT_SAMPLE_BYTES = 256 << 10;

  /** pandas' default missing-value spellings (pandas 2: {@code STR_NA_VALUES}). */
  public static final Set<String> PANDAS_NA_VALUES = Set.of("", "#N/A", "#N/A N/A", "#NA",
      "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL",
      "NaN", "None", "n/a", "nan", "null");

  private static final CsvOptions DEFAULTS = new CsvOptions(',', '"', true, StandardCharsets.UTF_8,
      PANDAS_NA_VALUES, Map.of(), Set.of(), null, null,
      AUTO_BLOCK_SIZE, false, DEFAULT_SAMPLE_BYTES);

  private final char delimiter;
  private final char quote;
  private final boolean header;
  private final String encoding; // a name: Charset itself does not serialize
  private final Set<String> naValues;
  private final Map<String, DType> dtypes;
  private final Set<String> parseDates;
  private final List<String> usecols; // null: every column (Optional is not serializable)
  private final List<String> names; // null: from the header
  private final long blockSizeBytes;
  private final boolean skipBadLines;
  private final int sampleBytes;
  private boolean replaceMalformed; // set only on a fresh copy, before it is returned

  private CsvOptions(char delimiter, char quote, boolean header, Charset encoding,
      Set<String> naValues, Map<String, DType> dtypes, Set<String> parseDates,
      List<String> usecols, List<String> names, long blockSizeBytes,
      boolean skipBadLines, int sampleBytes) {
    this.delimiter = delimiter;
    this.quote = quote;
    this.header = header;
    this.encoding = encoding.name();
    this.naValues = Set.copyOf(naValues);
    this.dtypes = Map.copyOf(dtypes);
    this.parseDates = Set.copyOf(parseDates);
    this.usecols = usecols == null ? null : List.copyOf(usecols);
    this.names = names == null ? null : List.copyOf(names);
    this.blockSizeBytes = blockSizeBytes;
    this.skipBadLines = skipBadLines;
    this.sampleBytes = sampleBytes;
  }

  /** pandas' defaults; see the class comment. */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  private CsvOptions copy(char delimiter, char quote, boolean header, Charset encoding,
      Set<String> naValues, Map<String, DType> dtypes, Set<String> parseDates,
      List<String> usecols, List<String> names, long blockSizeBytes,
      boolean skipBadLines, int sampleBytes) {
    CsvOptions copy = new CsvOptions(delimiter, quote, header, encoding, naValues, dtypes,
        parseDates, usecols, names, blockSizeBytes, skipBadLines, sampleBytes);
    copy.replaceMalformed = replaceMalformed;
    return copy;
  }

  /**
   * What to do with bytes that are not valid in the encoding, as pandas' {@code
   * encoding_errors}: {@code "strict"} (the default) fails naming the file, line and column;
   * {@code "replace"} reads them as U+FFFD.
   */
  public CsvOptions encodingErrors(String mode) {
    if (!mode.equals("strict") && !mode.equals("replace")) {
      throw new IllegalArgumentException("encodingErrors is \"strict\" or \"replace\", not \""
          + mode + "\"");
    }
    CsvOptions copy = copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates,
        usecols, names, blockSizeBytes, skipBadLines, sampleBytes);
    copy.replaceMalformed = mode.equals("replace");
    return copy;
  }

  /** Whether invalid bytes are read as U+FFFD instead of failing ({@link #encodingErrors}). */
  public boolean replaceMalformed() {
    return replaceMalformed;
  }

  /** The field delimiter; must be an ASCII character other than the quote, CR or LF. */
  public CsvOptions delimiter(char delimiter) {
    checkAscii("delimiter", delimiter);
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** The quote character; a quote inside a quoted field is written twice. ASCII only. */
  public CsvOptions quote(char quote) {
    checkAscii("quote", quote);
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** Whether the first record of each file holds the column names (default true). */
  public CsvOptions header(boolean header) {
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /**
   * The file encoding (default UTF-8). Encodings that write ASCII characters as single bytes
   * (UTF-8, ISO-8859-*, windows-125x) are supported; others are refused.
   */
  public CsvOptions encoding(Charset encoding) {
    byte[] ascii = ",\"\r\nAz09".getBytes(encoding);
    if (!new String(ascii, StandardCharsets.US_ASCII).equals(",\"\r\nAz09")) {
      throw new IllegalArgumentException("cannot read " + encoding
          + ": Floe reads encodings that write ASCII as single bytes (UTF-8, ISO-8859-*, windows-125x)");
    }
    return copy(delimiter, quote, header, encoding, naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** The texts that mean "missing", replacing the defaults; an empty set means none do. */
  public CsvOptions naValues(Set<String> values) {
    return copy(delimiter, quote, header, encoding(), values, dtypes, parseDates, usecols,
        names, blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** Reads a column as the given type instead of inferring it. */
  public CsvOptions dtype(String column, DType type) {
    if (!type.isFrameType()) {
      throw type.notAFrameType("dtype of CSV column '" + column + "'");
    }
    Map<String, DType> more = new HashMap<>(dtypes);
    more.put(column, type);
    return copy(delimiter, quote, header, encoding(), naValues, more, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** Reads these columns as dates (or date-times, when the sample has times of day). */
  public CsvOptions parseDates(String... columns) {
    Set<String> more = new LinkedHashSet<>(parseDates);
    more.addAll(List.of(columns));
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, more, usecols, names,
        blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** Reads only these columns (in file order); the others are skipped while parsing. */
  public CsvOptions usecols(String... columns) {
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates,
        List.of(columns), names, blockSizeBytes, skipBadLines, sampleBytes);
  }

  /** The column names, for files without a header (or to rename all columns). */
  public CsvOptions names(String... columns) {
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols,
        List.of(columns), blockSizeBytes, skipBadLines, sampleBytes);
  }

  /**
   * The target block size in bytes; each file is read as blocks of about this size. By default
   * it is chosen from the data, see {@link #blockSizeFor}.
   */
  public CsvOptions blockSizeBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("a block size must be positive, not " + bytes);
    }
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        bytes, skipBadLines, sampleBytes);
  }

  /** Skips (and counts) rows with the wrong number of fields instead of failing on them. */
  public CsvOptions skipBadLines(boolean skip) {
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skip, sampleBytes);
  }

  /** How many bytes at the start of each file type inference reads. */
  public CsvOptions sampleBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("a sample must be at least 1 byte, not " + bytes);
    }
    return copy(delimiter, quote, header, encoding(), naValues, dtypes, parseDates, usecols, names,
        blockSizeBytes, skipBadLines, bytes);
  }

  /** The field delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The quote character. */
  public char quote() {
    return quote;
  }

  /** Whether files start with a header record. */
  public boolean header() {
    return header;
  }

  /** The file encoding. */
  public Charset encoding() {
    return Charset.forName(encoding);
  }

  /** The texts that mean "missing". */
  public Set<String> naValues() {
    return naValues;
  }

  /** Column types given explicitly. */
  public Map<String, DType> dtypes() {
    return dtypes;
  }

  /** Columns to read as dates. */
  public Set<String> parseDates() {
    return parseDates;
  }

  /** The columns to read, when restricted. */
  public Optional<List<String>> usecols() {
    return Optional.ofNullable(usecols);
  }

  /** Column names given explicitly. */
  public Optional<List<String>> names() {
    return Optional.ofNullable(names);
  }

  /** The target block size in bytes, or {@link #AUTO_BLOCK_SIZE} when chosen from the data. */
  public long blockSizeBytes() {
    return blockSizeBytes;
  }

  /**
   * The block size for reading {@code totalBytes} of files on {@code cores} cores: the one set
   * with {@link #blockSizeBytes(long)}, else about {@value #AUTO_BLOCKS_PER_CORE} blocks per
   * core, between {@link #MIN_AUTO_BLOCK_SIZE_BYTES} and {@link #MAX_AUTO_BLOCK_SIZE_BYTES} — so
   * a 50 MB file keeps every core busy and a 50 GB folder does not make a million tasks.
   */
  public long blockSizeFor(long totalBytes, int cores) {
    if (blockSizeBytes != AUTO_BLOCK_SIZE) {
      return blockSizeBytes;
    }
    long even = totalBytes / ((long) Math.max(1, cores) * AUTO_BLOCKS_PER_CORE);
    return Math.max(MIN_AUTO_BLOCK_SIZE_BYTES, Math.min(MAX_AUTO_BLOCK_SIZE_BYTES, even));
  }

  /** Whether rows with the wrong number of fields are skipped. */
  public boolean skipBadLines() {
    return skipBadLines;
  }

  /** The sample size for type inference. */
  public int sampleBytes() {
    return sampleBytes;
  }

  private static void checkAscii(String what, char c) {
    if (c >= 128 || c == '\r' || c == '\n') {
      throw new IllegalArgumentException(
          "the " + what + " must be an ASCII character other than CR and LF, not '" + c + "'");
    }
  }
}
