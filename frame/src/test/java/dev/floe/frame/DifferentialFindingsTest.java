package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The wrong answers the differential tester found, each shrunk to a few rows. Each failed before
 * its fix, except {@code int64SumsBeyondTheRangeAreApproximatedNotWrapped}, which guards the exact
 * int64 sums against wrapping around.
 */
class DifferentialFindingsTest {
  private static final long BIG = 1L << 53; // from here on, doubles skip odd integers

  @TempDir Path folder;

  private DataFrame frame(String text) throws IOException {
    Path file = Files.createTempFile(folder, "t", ".csv");
    Files.writeString(file, text);
    return DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(16));
  }

  @Test
  void int64SumsAndMeansAreExactBeyond2To53() throws IOException {
    DataFrame df = frame("k,v\na," + (BIG + 2) + "\na,-" + (BIG + 3) + "\n");
    assertThat(df.column("v").sum().compute()).isEqualTo(-1.0);
    assertThat(df.column("v").mean().compute()).isEqualTo(-0.5);
    Table byKey = df.groupBy("k").column("v").agg(Aggregation.SUM, Aggregation.MEAN).compute();
    assertThat(byKey.doubleColumn("v_sum").get(0)).isEqualTo(-1.0);
    assertThat(byKey.doubleColumn("v_mean").get(0)).isEqualTo(-0.5);
  }

  @Test
  void int64SumsBeyondTheRangeAreApproximatedNotWrapped() throws IOException {
    long big = Long.MAX_VALUE / 2 + 1;
    DataFrame df = frame("v\n" + big + "\n" + big + "\n" + big + "\n");
    assertThat(df.column("v").sum().compute()).isCloseTo(3.0 * big, org.assertj.core.api.Assertions
        .withinPercentage(1e-9));
  }

  @Test
  void int64ComparisonsAndIsinAreExact() throws IOException {
    DataFrame df = frame("v\n" + (BIG + 1) + "\n" + BIG + "\n");
    assertThat(df.filter(col("v").eq(BIG)).length()).isEqualTo(1);
    assertThat(df.filter(col("v").gt(BIG)).length()).isEqualTo(1);
    assertThat(df.filter(col("v").isin(BIG)).length()).isEqualTo(1);
    assertThat(df.filter(col("v").eq(col("v").minus(1L).plus(1L))).length()).isEqualTo(2);
  }

  @Test
  void negativeZeroEqualsZero() throws IOException {
    DataFrame df = frame("f,i\n0.0,1\n-0.0,2\n0.0,3\n-0.0,4\n");
    assertThat(df.filter(col("f").isin(0.0)).length()).isEqualTo(4);
    Table sorted = df.sortValues("f").compute();
    assertThat(sorted.longColumn("i").asList()).containsExactly(1L, 2L, 3L, 4L); // stable ties
  }

  @Test
  void fillingInt64WithADecimalMakesFloat64EvenWithoutMissingValues() throws IOException {
    DataFrame df = frame("k,v\na," + (BIG + 1) + "\na," + BIG + "\n");
    DataFrame filled = df.fillNa("v", 0.5);
    assertThat(filled.dtypes().get("v")).isEqualTo(DType.FLOAT64);
    assertThat(filled.compute().column("v").type().name()).isEqualTo("DOUBLE");
    assertThat(filled.groupBy("k", "v").size().compute().rowCount()).isEqualTo(1);
  }

  @Test
  void equalValuesHaveNoSpread() throws IOException {
    double v = 0.1; // 0.1 + 0.1 + 0.1 = 0.30000000000000004, a third of which is not 0.1
    DataFrame df = frame("k,v\na," + v + "\na," + v + "\na," + v + "\n");
    assertThat(df.column("v").std().compute()).isEqualTo(0.0);
    assertThat(df.groupBy("k").column("v").std().compute().doubleColumn("v").get(0))
        .isEqualTo(0.0);
  }

  @Test
  void nanIsMissingWhetherReadOrComputed() throws IOException {
    DataFrame df = frame("a,b\n0,0\nnan,1\n1,1\n");
    assertThat(df.filter(col("a").isNull()).length()).isEqualTo(1);
    DataFrame ratio = df.withColumn("r", col("a").div(col("b")));
    assertThat(ratio.filter(col("r").isNull()).length()).isEqualTo(2);
    assertThat(ratio.column("r").count().compute()).isEqualTo(1L);
  }

  @Test
  void textSortsByCodePoint() throws IOException {
    DataFrame df = frame("k,v\n\uFB00,1\n\uD835\uDD18,2\nb,3\n");
    Table groups = df.groupBy("k").size().compute();
    assertThat(groups.stringColumn("k").asList()).containsExactly("b", "\uFB00", "\uD835\uDD18");
    assertThat(df.filter(col("k").gt("\uFB00")).length()).isEqualTo(1);
  }

  @Test
  void aGroupKeyCannotAlsoBeTheAggregatedColumn() throws IOException {
    DataFrame df = frame("k,v\n1,2\n");
    assertThatThrownBy(() -> df.groupBy("k", "v").column("v"))
        .hasMessageContaining("it is a group key");
  }

  @Test
  void setIndexKeepsTheOrderOfEqualKeys() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("parts"));
    Files.writeString(dir.resolve("t-00000.csv"), "d,f\n2016-07-20,1\n");
    for (int p = 1; p < 10; p++) {
      Files.writeString(dir.resolve(String.format("t-%05d.csv", p)),
          p == 2 ? "d,f\n2016-07-20,2\n" : "d,f\n");
    }
    DataFrame df = DataFrame.readCsv(dir + "/t-*.csv", CsvOptions.defaults().parseDates("d"));
    assertThat(df.setIndex("d").resetIndex().compute().longColumn("f").asList())
        .containsExactly(1L, 2L);
    dev.floe.runtime.schedule.Scheduler previous =
        dev.floe.runtime.schedule.Schedulers.setDefault(dev.floe.runtime.schedule.Schedulers.sync());
    try {
      Table rows = df.setIndex("d").loc(java.time.LocalDate.parse("2007-08-04"),
          java.time.LocalDate.parse("2016-07-20")).resetIndex().compute();
      assertThat(rows.longColumn("f").asList()).containsExactly(1L, 2L);
    } finally {
      dev.floe.runtime.schedule.Schedulers.restoreDefault(
          dev.floe.runtime.schedule.Schedulers.sync(), previous);
    }
  }
}
