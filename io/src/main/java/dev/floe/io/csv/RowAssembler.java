package dev.floe.io.csv;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives a block's fields and appends them to typed column builders, checking each record's
 * field count. Fields of columns that are not read are skipped without parsing.
 */
final class RowAssembler implements RecordParser.Sink {
  private static final int REPORTED_BAD_LINES = 5;

  private final Path file;
  private final Charset encoding;
  private final boolean skipBadLines;
  private final ColumnBuilder[] builders; // by file column; null when not read
  private final String[] names;           // by file column
  private final NaTokens naTokens;
  private boolean skipNextRecord;
  private int field;
  private int rows;
  private long badLines;
  private final List<Long> badLineNumbers = new ArrayList<>();
  private int errorColumn = -1;
  private String errorValue;

  RowAssembler(Path file, CsvSchema schema, CsvOptions options, boolean skipFirstRecord) {
    this.file = file;
    this.encoding = options.encoding();
    this.skipBadLines = options.skipBadLines();
    this.skipNextRecord = skipFirstRecord;
    int width = schema.fileColumns().size();
    this.builders = new ColumnBuilder[width];
    TextDecoder decoder = new TextDecoder(options.encoding(), options.replaceMalformed());
    this.names = schema.fileColumns().toArray(new String[0]);
    for (int i = 0; i < schema.columns().size(); i++) {
      int position = schema.fileColumns().indexOf(schema.columns().get(i));
      builders[position] = ColumnBuilder.of(schema.dtypes().get(i), decoder);
    }
    this.naTokens = new NaTokens(options.naValues(), options.encoding());
  }

  @Override
  public void field(byte[] bytes, int start, int end) {
    int column = field++;
    if (skipNextRecord || column >= builders.length) {
      return;
    }
    ColumnBuilder builder = builders[column];
    if (builder == null) {
      return;
    }
    if (naTokens.matches(bytes, start, end)) {
      builder.addMissing();
      return;
    }
    try {
      builder.add(bytes, start, end);
    } catch (Numbers.NotParsable e) {
      if (errorColumn < 0) { // the record may yet prove to be a bad line; decide at its end
        errorColumn = column;
        errorValue = new String(bytes, start, end - start, encoding);
      }
      builder.addMissing();
    }
  }

  @Override
  public boolean[] wanted() {
    boolean[] wanted = new boolean[builders.length];
    for (int i = 0; i < builders.length; i++) {
      wanted[i] = builders[i] != null;
    }
    return wanted;
  }

  @Override
  public void skipped(int count) {
    field += count;
  }

  @Override
  public void endRecord(long line) {
    int fields = field;
    field = 0;
    if (skipNextRecord) {
      skipNextRecord = false;
      return;
    }
    if (fields != builders.length) {
      if (skipBadLines) {
        if (badLines < REPORTED_BAD_LINES) {
          badLineNumbers.add(line);
        }
        badLines++;
        errorColumn = -1;
        for (ColumnBuilder builder : builders) {
          if (builder != null) {
            builder.truncate(rows);
          }
        }
        return;
      }
      throw new CsvFormatException(file, line, "expected " + builders.length + " fields but found "
          + fields + " (pass CsvOptions.skipBadLines(true) to skip and count such rows)");
    }
    if (errorColumn >= 0) {
      String name = names[errorColumn];
      DType type = builders[errorColumn].type();
      if (type == DType.STRING) { // text fails only on bytes the encoding cannot decode
        throw new CsvFormatException(file, line, "column '" + name + "' "
            + TextDecoder.malformed(errorValue, encoding));
      }
      String wider = type == DType.INT64 && parsesAsDouble(errorValue) ? "FLOAT64" : "STRING";
      throw new CsvFormatException(file, line, "column '" + name + "' was read as " + type
          + " but holds the value " + CsvFormatException.quoted(errorValue) + (type == DType.INT64
              && wider.equals("FLOAT64") ? ", which is not an int64" : "")
          + " (the type was inferred from the start of the files, CsvOptions.sampleBytes; pass"
          + " CsvOptions.dtype(\"" + name + "\", DType." + wider + ") to read the column as "
          + wider.toLowerCase(java.util.Locale.ROOT)
          + (wider.equals("STRING") ? "" : " or DType.STRING as text")
          + ", or naValues(...) to count the value as missing)");
    }
    rows++;
  }

  /** Rows with the wrong number of fields that were skipped. */
  long badLines() {
    return badLines;
  }

  /** The line numbers of the first skipped rows. */
  List<Long> badLineNumbers() {
    return badLineNumbers;
  }

  Chunk finish() {
    List<String> columnNames = new ArrayList<>();
    List<ColumnData> columns = new ArrayList<>();
    for (int i = 0; i < builders.length; i++) {
      if (builders[i] != null) {
        columnNames.add(names[i]);
        columns.add(builders[i].build());
      }
    }
    return new Chunk(columnNames, columns, rows);
  }

  private boolean parsesAsDouble(String value) {
    byte[] bytes = value.getBytes(encoding);
    try {
      Numbers.parseDouble(bytes, 0, bytes.length);
      return true;
    } catch (Numbers.NotParsable e) {
      return false;
    }
  }
}
