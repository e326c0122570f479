package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** Reads every block of every file, as the dataframe layer will. */
  private static List<Chunk> readAll(List<Path> files, CsvOptions options) throws IOException {
    CsvSchema schema = SchemaInference.infer(files, options);
    List<Chunk> chunks = new ArrayList<>();
    for (Path file : files) {
      List<CsvBlock> blocks = CsvSplitter.plan(file, Files.size(file), options.blockSizeFor(Files.size(file), 2));
      List<BlockScan> scans = new ArrayList<>();
      for (CsvBlock block : blocks) {
        scans.add(CsvSplitter.scan(block, options.quote()));
      }
      for (CsvBlock block : blocks) {
        chunks.add(CsvReader.read(block, scans.subList(0, block.index() + 1), schema, options));
      }
    }
    return chunks;
  }

  @Test
  void infersPandasTypes() throws IOException {
    Path file = write("types.csv", """
        i,f,b,s,empty,d,t
        1,1.5,True,abc,,2024-01-31,2024-01-31 10:00:00
        -2,2,false,,NA,2024-02-29,2024-02-29 23:59:59.5
        """);
    CsvSchema schema = SchemaInference.infer(List.of(file), CsvOptions.defaults().parseDates("d", "t"));
    assertThat(schema.dtypes()).containsExactly(
        DType.INT64, DType.FLOAT64, DType.BOOL, DType.STRING, DType.FLOAT64, DType.DATE,
        DType.DATETIME);
    Chunk chunk = readAll(List.of(file), CsvOptions.defaults().parseDates("d", "t")).get(0);
    assertThat(((ColumnData.Longs) chunk.column("i")).values()).startsWith(1L, -2L);
    assertThat(((ColumnData.Doubles) chunk.column("f")).values()).startsWith(1.5, 2.0);
    assertThat(((ColumnData.Booleans) chunk.column("b")).values()).startsWith(true, false);
    assertThat(((ColumnData.Strings) chunk.column("s")).get(0)).isEqualTo("abc");
    assertThat(chunk.column("s").isMissing(1)).isTrue();
    assertThat(((ColumnData.Dates) chunk.column("d")).epochDays()[1])
        .isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
    assertThat(((ColumnData.DateTimes) chunk.column("t")).epochMicros()[1] % 86_400_000_000L)
        .isEqualTo((23 * 3600 + 59 * 60 + 59) * 1_000_000L + 500_000);
  }

  @Test
  void integerColumnsKeepTheirMissingValues() throws IOException {
    Path file = write("ints.csv", "x\n1\n\n3\nNA\n0\n");
    Chunk chunk = readAll(List.of(file), CsvOptions.defaults()).get(0);
    ColumnData.Longs x = (ColumnData.Longs) chunk.column("x");
    // the empty line is skipped, as pandas does; NA is missing, not zero
    assertThat(chunk.rows()).isEqualTo(4);
    assertThat(x.isMissing(2)).isTrue();
    assertThat(x.isMissing(3)).isFalse();
    assertThat(x.values()[3]).isZero();
    assertThat(x.missingCount()).isEqualTo(1);
  }

  @Test
  void anIntegerColumnThatTurnsDecimalInALaterFileIsCaughtByTheSample() throws IOException {
    Path first = write("a.csv", "x\n1\n2\n");
    Path last = write("b.csv", "x\n2.5\n3\n");
    CsvSchema schema = SchemaInference.infer(List.of(first, last), CsvOptions.defaults());
    assertThat(schema.dtype("x")).isEqualTo(DType.FLOAT64);
  }

  @Test
  void anIntegerColumnThatTurnsDecimalPastTheSampleIsAnErrorNamingTheFix() throws IOException {
    StringBuilder text = new StringBuilder("x\n");
    for (int i = 0; i < 2000; i++) {
      text.append(i).append('\n');
    }
    text.append("0.5\n");
    Path file = write("late.csv", text.toString());
    CsvOptions options = CsvOptions.defaults().sampleBytes(100);
    assertThat(SchemaInference.infer(List.of(file), options).dtype("x")).isEqualTo(DType.INT64);
    assertThatThrownBy(() -> readAll(List.of(file), options))
        .isInstanceOf(CsvFormatException.class).hasMessageContaining("late.csv")
        .hasMessageContaining("line 2002").hasMessageContaining("'0.5'")
        .hasMessageContaining("CsvOptions.dtype(\"x\", DType.FLOAT64)");
    ColumnData.Doubles x = (ColumnData.Doubles) readAll(List.of(file),
        options.dtype("x", DType.FLOAT64)).get(0).column("x");
    assertThat(x.values()[1999]).isEqualTo(1999.0);
    assertThat(x.values()[2000]).isEqualTo(0.5);
  }

  @Test
  void textInANumericColumnNamesFileLineColumnValueAndTheFix() throws IOException {
    StringBuilder text = new StringBuilder("id,x\n");
    for (int i = 0; i < 2000; i++) {
      text.append(i).append(',').append(i).append('\n');
    }
    text.append("2000,oops\n");
    Path file = write("bad.csv", text.toString());
    CsvOptions options = CsvOptions.defaults().sampleBytes(100);
    assertThatThrownBy(() -> readAll(List.of(file), options))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("bad.csv, line 2002")
        .hasMessageContaining("column 'x'")
        .hasMessageContaining("'oops'")
        .hasMessageContaining("dtype(\"x\", DType.STRING)");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAnErrorUnlessSkipped() throws IOException {
    Path file = write("short.csv", "a,b\n1,2\n3\n4,5\n");
    assertThatThrownBy(() -> readAll(List.of(file), CsvOptions.defaults()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("short.csv, line 3")
        .hasMessageContaining("expected 2 fields but found 1")
        .hasMessageContaining("skipBadLines");
    Chunk chunk = readAll(List.of(file), CsvOptions.defaults().skipBadLines(true)).get(0);
    assertThat(chunk.rows()).isEqualTo(2);
    assertThat(((ColumnData.Longs) chunk.column("b")).values()).startsWith(2L, 5L);
  }

  @Test
  void filesWithDifferentHeadersAreNamed() throws IOException {
    Path first = write("a.csv", "x,y\n1,2\n");
    Path second = write("b.csv", "x,z\n1,2\n");
    assertThatThrownBy(() -> SchemaInference.infer(List.of(first, second), CsvOptions.defaults()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("b.csv")
        .hasMessageContaining("a.csv")
        .hasMessageContaining("[x, z]");
  }

  @Test
  void usecolsReadsOnlyTheNamedColumnsAndNamesUnknownOnes() throws IOException {
    Path file = write("wide.csv", "a,b,c\n1,x,2.5\n");
    Chunk chunk = readAll(List.of(file), CsvOptions.defaults().usecols("c", "a")).get(0);
    assertThat(chunk.names()).containsExactly("a", "c");
    assertThatThrownBy(() -> SchemaInference.infer(List.of(file), CsvOptions.defaults().usecols("d")))
        .hasMessageContaining("'d'").hasMessageContaining("[a, b, c]");
  }

  @Test
  void otherDialectsAndNoHeader() throws IOException {
    Path file = write("semi.csv", "1;'a;b'\n2;'it''s'\n");
    CsvOptions options = CsvOptions.defaults().header(false).delimiter(';').quote('\'');
    Chunk chunk = readAll(List.of(file), options).get(0);
    assertThat(chunk.names()).containsExactly("0", "1");
    assertThat(((ColumnData.Strings) chunk.column("1")).get(0)).isEqualTo("a;b");
    assertThat(((ColumnData.Strings) chunk.column("1")).get(1)).isEqualTo("it's");
  }

  @Test
  void manyBlocksGiveTheSameRowsAsOne() throws IOException {
    StringBuilder text = new StringBuilder("k,v,note\n");
    for (int i = 0; i < 500; i++) {
      text.append("k").append(i % 7).append(',').append(i).append(",\"line\nbreak, and \"\"quote\"\"\"\n");
    }
    Path file = write("blocks.csv", text.toString());
    List<Chunk> one = readAll(List.of(file), CsvOptions.defaults());
    List<Chunk> many = readAll(List.of(file), CsvOptions.defaults().blockSizeBytes(997));
    assertThat(many.size()).isGreaterThan(10);
    long sum = 0;
    int rows = 0;
    for (Chunk chunk : many) {
      ColumnData.Longs v = (ColumnData.Longs) chunk.column("v");
      for (int r = 0; r < chunk.rows(); r++) {
        sum += v.values()[r];
      }
      rows += chunk.rows();
    }
    assertThat(rows).isEqualTo(one.get(0).rows()).isEqualTo(500);
    assertThat(sum).isEqualTo(500 * 499 / 2);
  }

  @Test
  void parsesDoublesExactly() throws Exception {
    String[] texts = {"0.1", "1e-5", "123456789012345678901234", "-0.0", "1.7976931348623157e308",
        "4.9e-324", "2.2250738585072014E-308", "0.30000000000000004", ".5", "5.", "1E22", "1e23"};
    for (String text : texts) {
      byte[] bytes = text.getBytes();
      assertThat(Numbers.parseDouble(bytes, 0, bytes.length)).as(text)
          .isEqualTo(Double.parseDouble(text));
    }
    byte[] min = Long.toString(Long.MIN_VALUE).getBytes();
    assertThat(Numbers.parseLong(min, 0, min.length)).isEqualTo(Long.MIN_VALUE);
    byte[] tooBig = "9223372036854775808".getBytes();
    assertThatThrownBy(() -> Numbers.parseLong(tooBig, 0, tooBig.length))
        .isInstanceOf(Numbers.NotParsable.class);
  }

  @Test
  void anUnclosedQuoteNamesTheFileAndTheLineItStartsOn() throws IOException {
    Path file = write("open.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");
    assertThatThrownBy(() -> readAll(List.of(file), CsvOptions.defaults().sampleBytes(8)))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("open.csv, line 3")
        .hasMessageContaining("not closed before the end of the file");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldThatMisleadsACutIsReportedWithTheRemedy() throws IOException {
    StringBuilder text = new StringBuilder("a,b\nsix\"foot,1\n");
    for (int i = 0; i < 200; i++) {
      text.append("\"first\nsecond\",").append(i).append('\n');
    }
    Path file = write("literal.csv", text.toString());
    CsvOptions options = CsvOptions.defaults().sampleBytes(16).blockSizeBytes(200);
    assertThatThrownBy(() -> readAll(List.of(file), options))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("literal.csv")
        .hasMessageContaining("where the file was cut into blocks")
        .hasMessageContaining("blockSizeBytes");
    assertThat(readAll(List.of(file), options.blockSizeBytes(1 << 20)).get(0).rows()).isEqualTo(201);
  }
}
