package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * CSV input and output at their edges: byte-order marks, invalid UTF-8, duplicate and empty
 * header names, records longer than the type-inference sample, values past the sample that the
 * inferred type cannot hold, and folders written whole or not at all.
 */
class CsvEdgeCasesTest {
  @TempDir Path folder;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstName() throws IOException {
    byte[] text = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    DataFrame df = DataFrame.readCsv(write("bom.csv", withBom).toString());
    assertThat(df.columns()).containsExactly("a", "b");
    assertThat(df.column("a").sum().compute()).isEqualTo(1.0);
    DataFrame noHeader = DataFrame.readCsv(List.of(folder.resolve("bom.csv")),
        CsvOptions.defaults().header(false).dtype("0", DType.STRING));
    assertThat(noHeader.compute().stringColumn("0").get(0)).isEqualTo("a");
  }

  @Test
  void invalidUtf8FailsNamingTheInputUnlessReplacing() throws IOException {
    byte[] bad = "k,v\nok,1\nb\u00e9,2\n".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 5] = (byte) 0xFF; // the second byte of é becomes invalid
    Path file = write("bad.csv", bad);
    assertThatThrownBy(() -> DataFrame.readCsv(file.toString()).compute())
        .hasMessageContaining("bad.csv").hasMessageContaining("line 3")
        .hasMessageContaining("not valid UTF-8").hasMessageContaining("encodingErrors");
    Table replaced = DataFrame.readCsv(file.toString(),
        CsvOptions.defaults().encodingErrors("replace")).compute();
    assertThat(replaced.stringColumn("k").get(1)).contains("\uFFFD");
  }

  @Test
  void duplicateAndEmptyHeaderNamesAreMadeUnique() throws IOException {
    DataFrame df = DataFrame.readCsv(write("names.csv", "a,,a,a\n1,2,3,4\n").toString());
    assertThat(df.columns()).containsExactly("a", "Unnamed: 1", "a.1", "a.2");
    assertThat(df.column("a.1").sum().compute()).isEqualTo(3.0);
  }

  @Test
  void aRecordLongerThanTheSampleIsSampledWhole() throws IOException {
    String longText = "x".repeat(20_000);
    Path file = write("long.csv", "s,i\n\"" + longText + "\",1\nshort,2\n");
    DataFrame df = DataFrame.readCsv(file.toString(), CsvOptions.defaults().sampleBytes(1000));
    assertThat(df.dtypes()).containsEntry("s", DType.STRING).containsEntry("i", DType.INT64);
    assertThat(df.column("i").sum().compute()).isEqualTo(3.0);
  }

  @Test
  void valuesPastTheSampleThatTheTypeCannotHoldAreErrorsNotSilentPromotions() throws IOException {
    StringBuilder text = new StringBuilder("id,n\n");
    for (int i = 0; i < 200; i++) {
      text.append(i).append(",1\n");
    }
    Path decimal = write("decimal.csv", text + "200,1.5\n");
    CsvOptions small = CsvOptions.defaults().sampleBytes(100);
    DataFrame df = DataFrame.readCsv(decimal.toString(), small);
    assertThat(df.dtypes()).containsEntry("n", DType.INT64);
    assertThatThrownBy(df::compute).hasMessageContaining("decimal.csv")
        .hasMessageContaining("line 202").hasMessageContaining("column 'n'")
        .hasMessageContaining("'1.5'").hasMessageContaining("dtype(\"n\", DType.FLOAT64)");
    assertThat(DataFrame.readCsv(decimal.toString(), small.dtype("n", DType.FLOAT64))
        .column("n").sum().compute()).isEqualTo(201.5);

    Path huge = write("huge.csv", text + "200,99999999999999999999\n");
    assertThatThrownBy(() -> DataFrame.readCsv(huge.toString(), small).compute())
        .hasMessageContaining("'99999999999999999999'").hasMessageContaining("line 202");

    Path exact = write("exact.csv", text + "200,9007199254740993\n");
    Table read = DataFrame.readCsv(exact.toString(), small).compute();
    assertThat(read.longColumn("n").get(200)).isEqualTo(9007199254740993L);

    Path longValue = write("longvalue.csv", text + "200," + "7".repeat(30_000) + "x\n");
    assertThatThrownBy(() -> DataFrame.readCsv(longValue.toString(), small).compute())
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1000))
        .hasMessageContaining("30001 characters");
  }

  @Test
  void toCsvCommitsWholeFoldersWithAMarker() throws IOException {
    DataFrame df = DataFrame.readCsv(write("in.csv", "k,v\na,1\nb,2\nc,3\n").toString(),
        CsvOptions.defaults().blockSizeBytes(8));
    Path out = folder.resolve("out");
    List<Path> parts = df.toCsv(out);
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(parts).allSatisfy(part -> assertThat(part).exists().hasParent(out));
    assertThat(DataFrame.readCsv(out.toString()).length()).isEqualTo(3);

    assertThatThrownBy(() -> df.toCsv(out)).hasMessageContaining("exists already");
    df.filter(dev.floe.core.Expr.col("v").gt(1)).toCsv(out, true);
    assertThat(DataFrame.readCsv(out.toString()).length()).isEqualTo(2);
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("tmp"));
    }

    Path failed = folder.resolve("failed");
    DataFrame failing = df.mapPartitions(t -> {
      if (t.rowCount() > 0 && t.stringColumn("k").get(0).equals("c")) {
        throw new IllegalStateException("boom");
      }
      return t;
    });
    assertThatThrownBy(() -> failing.toCsv(failed)).hasStackTraceContaining("boom");
    assertThat(failed).doesNotExist();
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("tmp"));
    }
  }

  @Test
  void readingAFolderChecksItIsComplete() throws IOException {
    Path partial = folder.resolve("partial");
    Files.createDirectories(partial);
    Files.writeString(partial.resolve("part-00000.csv"), "a\n1\n");
    assertThatThrownBy(() -> DataFrame.readCsv(partial.toString()))
        .hasMessageContaining("no _SUCCESS");
    assertThat(DataFrame.readCsv(partial + "/*.csv").length()).isEqualTo(1);
    Files.createFile(partial.resolve("_SUCCESS"));
    Files.createDirectories(folder.resolve(".partial.floe-tmp-1234"));
    assertThatThrownBy(() -> DataFrame.readCsv(partial.toString()))
        .hasMessageContaining("unfinished or failed write");
  }
}
