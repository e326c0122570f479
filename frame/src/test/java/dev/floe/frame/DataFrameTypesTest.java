package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvFormatException;
import dev.floe.io.csv.CsvOptions;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.schedule.TaskFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Column types across partitions, Tablesaw's sentinels, and reductions' bits. */
class DataFrameTypesTest {
  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aDecimalInAnInt64ColumnOfALaterFileIsAnErrorNotAPromotion() throws IOException {
    StringBuilder ints = new StringBuilder("x\n");
    for (int i = 0; i < 3000; i++) {
      ints.append(i).append('\n');
    }
    Path first = write("a.csv", ints.toString());
    Path second = write("b.csv", ints + "0.5\n");
    CsvOptions options = CsvOptions.defaults().sampleBytes(64);
    DataFrame df = DataFrame.readCsv(List.of(first, second), options);
    assertThat(df.dtypes()).containsEntry("x", DType.INT64);
    assertThatThrownBy(df::compute).hasRootCauseInstanceOf(CsvFormatException.class)
        .rootCause().hasMessageContaining("b.csv, line 3002").hasMessageContaining("'0.5'")
        .hasMessageContaining("CsvOptions.dtype(\"x\", DType.FLOAT64)");
    Table table = DataFrame.readCsv(List.of(first, second), options.dtype("x", DType.FLOAT64))
        .compute();
    assertThat(table.rowCount()).isEqualTo(6001);
    assertThat(table.doubleColumn("x").get(6000)).isEqualTo(0.5);
  }

  @Test
  void textPastTheSampleNamesTheFileLineColumnAndValue() throws IOException {
    StringBuilder text = new StringBuilder("x\n");
    for (int i = 0; i < 3000; i++) {
      text.append(i).append('\n');
    }
    Path file = write("bad.csv", text + "oops\n");
    DataFrame df = DataFrame.readCsv(List.of(file), CsvOptions.defaults().sampleBytes(64));
    // length() parses no values, so only a computation that reads x meets the bad one
    assertThat(df.length()).isEqualTo(3001);
    assertThatThrownBy(() -> df.column("x").sum().compute())
        .isInstanceOf(TaskFailedException.class)
        .cause().isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("bad.csv, line 3002")
        .hasMessageContaining("column 'x'")
        .hasMessageContaining("'oops'");
  }

  @Test
  void aRealValueEqualToTablesawsMissingMarkerIsAnErrorNotAMissingValue() throws IOException {
    Path file = write("min.csv", "x\n1\n" + Long.MIN_VALUE + "\n");
    DataFrame df = DataFrame.readCsv(List.of(file), CsvOptions.defaults());
    assertThat(df.column("x").min().compute()).isEqualTo((double) Long.MIN_VALUE);
    assertThatThrownBy(df::compute)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause().hasMessageContaining("column 'x'").hasMessageContaining("float64 or string");
  }

  @Test
  void reductionsGiveTheSameBitsOnEveryScheduler() throws IOException {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder("k,v\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("k").append(random.nextInt(5)).append(',').append(random.nextGaussian() * 1e6)
          .append('\n');
    }
    Path file = write("values.csv", text.toString());
    DataFrame df = DataFrame.readCsv(List.of(file), CsvOptions.defaults().blockSizeBytes(10_000));
    assertThat(df.npartitions()).isGreaterThan(30);
    List<Scheduler> schedulers =
        List.of(Schedulers.sync(), Schedulers.local(1), Schedulers.local(2), Schedulers.local(8));
    Double mean = null;
    Double std = null;
    Table groups = null;
    for (Scheduler scheduler : schedulers) {
      try (scheduler) {
        double m = df.column("v").mean().compute(scheduler);
        double s = df.column("v").std().compute(scheduler);
        Table g = df.groupBy("k").column("v").agg(
            dev.floe.frame.Aggregation.MEAN, dev.floe.frame.Aggregation.VAR)
            .compute(scheduler);
        if (mean == null) {
          mean = m;
          std = s;
          groups = g;
        } else {
          assertThat(Double.doubleToLongBits(m)).isEqualTo(Double.doubleToLongBits(mean));
          assertThat(Double.doubleToLongBits(s)).isEqualTo(Double.doubleToLongBits(std));
          assertThat(g.doubleColumn("v_mean").asDoubleArray())
              .isEqualTo(groups.doubleColumn("v_mean").asDoubleArray());
          assertThat(g.doubleColumn("v_var").asDoubleArray())
              .isEqualTo(groups.doubleColumn("v_var").asDoubleArray());
        }
      }
    }
  }
}
