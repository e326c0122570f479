package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The byte-level parser and the parallel block split read exactly what commons-csv reads, on
 * generated files with quotes, doubled quotes, embedded delimiters and line breaks, empty fields,
 * CRLF, multi-byte UTF-8 and no trailing newline.
 */
class CsvParserProperties {
  /** A generated file: its text and how many fields each record has. */
  record CsvText(String text, int width) {}

  @Provide
  Arbitrary<CsvText> files() {
    Arbitrary<String> field = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc xyz012").ofMaxLength(6),
        Arbitraries.strings().withChars("a,\"\n\r é日€").ofMaxLength(8),
        Arbitraries.of("😀", "a😀,b", "\"😀\""), // four-byte UTF-8: whole surrogate pairs only
        Arbitraries.just(""));
    return Arbitraries.integers().between(1, 5).flatMap(width -> {
      Arbitrary<List<String>> row = field.list().ofSize(width);
      Arbitrary<List<List<String>>> rows = row.list().ofMinSize(0).ofMaxSize(40);
      Arbitrary<List<Boolean>> quoting = Arbitraries.of(true, false).list().ofSize(200);
      Arbitrary<Boolean> crlf = Arbitraries.of(true, false);
      Arbitrary<Boolean> trailingNewline = Arbitraries.of(true, false);
      return Combinators.combine(rows, quoting, crlf, trailingNewline)
          .as((r, q, c, t) -> new CsvText(write(r, q, c, t), width));
    });
  }

  /** Quotes a field when it must be quoted, and sometimes when it need not be. */
  private static String write(List<List<String>> rows, List<Boolean> quoting, boolean crlf,
      boolean trailingNewline) {
    StringBuilder text = new StringBuilder();
    int k = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int f = 0; f < row.size(); f++) {
        String value = row.get(f);
        boolean must = value.contains(",") || value.contains("\"") || value.contains("\n")
            || value.contains("\r") || (row.size() == 1 && value.isEmpty());
        if (f > 0) {
          text.append(',');
        }
        if (must || quoting.get(k++ % quoting.size())) {
          text.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
          text.append(value);
        }
      }
      if (r < rows.size() - 1 || trailingNewline) {
        text.append(crlf ? "\r\n" : "\n");
      }
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }

  private static List<List<String>> commonsCsv(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    }
    return records;
  }

  @Property(tries = 400)
  void theParserReadsWhatCommonsCsvReads(@ForAll("files") CsvText file) throws IOException {
    byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<String> current = new ArrayList<>();
    new RecordParser(',', '"').parse(bytes, 0, bytes.length, 1, Path.of("generated.csv"),
        new RecordParser.Sink() {
          @Override
          public void field(byte[] b, int start, int end) {
            current.add(new String(b, start, end - start, StandardCharsets.UTF_8));
          }

          @Override
          public void endRecord(long line) {
            records.add(new ArrayList<>(current));
            current.clear();
          }
        });
    assertThat(records).as(escape(file.text())).isEqualTo(commonsCsv(file.text()));
  }

  @Property(tries = 300)
  void blocksOfAnySizeReadEveryRecordOnce(
      @ForAll("files") CsvText file, @ForAll @IntRange(min = 1, max = 64) int blockSize)
      throws IOException {
    readAndCompare(file, blockSize, -1);
  }

  /** Reading some columns skips the others a word at a time; what is read must not change. */
  @Property(tries = 300)
  void readingSomeColumnsReadsThemExactly(@ForAll("files") CsvText file,
      @ForAll @IntRange(min = 1, max = 64) int blockSize, @ForAll @IntRange(min = 1, max = 31) int columnMask)
      throws IOException {
    readAndCompare(file, blockSize, columnMask);
  }

  private void readAndCompare(CsvText file, int blockSize, int columnMask) throws IOException {
    Path path = Files.createTempFile("floe-blocks-", ".csv");
    try {
      Files.writeString(path, file.text(), StandardCharsets.UTF_8);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < file.width(); i++) {
        names.add("c" + i);
      }
      CsvOptions options = CsvOptions.defaults().header(false).naValues(Set.of())
          .names(names.toArray(new String[0])).blockSizeBytes(blockSize);
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (columnMask < 0 || (columnMask & (1 << i)) != 0) {
          kept.add(i);
        }
      }
      if (kept.isEmpty()) {
        kept.add(names.size() - 1);
      }
      List<String> read = kept.stream().map(names::get).toList();
      CsvSchema schema = new CsvSchema(names, read, Collections.nCopies(read.size(), DType.STRING));
      List<List<String>> records = new ArrayList<>();
      List<CsvBlock> blocks = CsvSplitter.plan(path, Files.size(path), blockSize);
      List<BlockScan> scans = new ArrayList<>();
      for (CsvBlock block : blocks) {
        scans.add(CsvSplitter.scan(block, '"'));
      }
      for (CsvBlock block : blocks) {
        Chunk chunk = CsvReader.read(block, scans.subList(0, block.index() + 1), schema, options);
        for (int row = 0; row < chunk.rows(); row++) {
          List<String> record = new ArrayList<>();
          for (ColumnData column : chunk.columns()) {
            record.add(((ColumnData.Strings) column).get(row));
          }
          records.add(record);
        }
      }
      List<List<String>> expected = new ArrayList<>();
      for (List<String> record : commonsCsv(file.text())) {
        expected.add(kept.stream().map(record::get).toList());
      }
      assertThat(records).as(escape(file.text()) + " columns " + kept).isEqualTo(expected);
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
