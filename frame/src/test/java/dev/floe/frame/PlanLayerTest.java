package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.Floe;
import dev.floe.io.csv.CsvOptions;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.lazy.Explanation;
import dev.floe.runtime.lazy.Lazy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The plan layer as a user meets it: results computed together, explain(), persist by plan. */
class PlanLayerTest {
  @TempDir static Path folder;
  private static DataFrame df;

  @BeforeAll
  static void write() throws IOException {
    StringBuilder text = new StringBuilder("Origin,A,B\n");
    String[] origins = {"EWR", "JFK", "LGA"};
    for (int r = 0; r < 4000; r++) {
      text.append(origins[r % 3]).append(',').append(r % 50 - 10).append(',')
          .append(r * 0.25).append('\n');
    }
    Path file = folder.resolve("flights.csv");
    Files.writeString(file, text);
    df = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(4 << 10));
    assertThat(df.npartitions()).isGreaterThan(5);
  }

  @Test
  void threeResultsOverOneFileReadEachBlockOnce() {
    Lazy<Double> meanA = df.column("A").mean();
    Lazy<Double> meanB = df.column("B").mean();
    Lazy<Table> byOrigin = df.groupBy("Origin").column("A").mean();
    Explanation together = Floe.explain(meanA, meanB, byOrigin);
    assertThat(together.tasks().get("read-csv")).isEqualTo(df.npartitions());
    assertThat(together.tasks().get("column-stats")).isEqualTo(2 * df.npartitions());
    assertThat(together.tasks().get("group-stats")).isEqualTo(df.npartitions());
    var all = Floe.compute(meanA, meanB, byOrigin);
    assertThat(all.first()).isEqualTo(meanA.compute());
    assertThat(all.second()).isEqualTo(meanB.compute());
    assertThat(all.third().toString()).isEqualTo(byOrigin.compute().toString());
    // alone, each result reads its own column fused into its own tasks
    assertThat(meanA.explain().tasks()).doesNotContainKey("read-csv");
  }

  @Test
  void aSeriesIsLazyTooAndSharesTheScan() {
    var both = Floe.compute(df.column("B"), df.column("B").max());
    assertThat(both.first().columnNames()).containsExactly("B");
    assertThat(both.first().rowCount()).isEqualTo(4000);
    assertThat(both.second()).isEqualTo(3999 * 0.25);
    assertThat(Floe.explain(df.column("B"), df.column("B").max()).tasks())
        .containsEntry("read-csv", df.npartitions());
  }

  @Test
  void framesResultsArraysAndDelayedCallsAreLazyAlike() {
    var both = Floe.compute(df.filter(col("Origin").eq("JFK")), df.column("A").count());
    assertThat(both.first().rowCount()).isEqualTo(1333);
    assertThat(both.second()).isEqualTo(4000L);
    Lazy<Double> doubled = Delayed.call((Double mean) -> mean * 2, df.column("B").mean());
    assertThat(doubled.compute()).isEqualTo(2 * df.column("B").mean().compute());
    Lazy<Table> kept = Floe.persist(df.groupBy("Origin").column("A").mean());
    assertThat(kept.compute().toString())
        .isEqualTo(df.groupBy("Origin").column("A").mean().compute().toString());
  }

  @Test
  void explainShowsBothPlansAndTheTasks() {
    Explanation explained = df.filter(col("Origin").eq("JFK")).groupBy("Origin").column("A").mean()
        .explain();
    String text = explained.toString();
    assertThat(text).contains("Logical plan:", "Optimized plan:", "Tasks: ");
    assertThat(explained.logical()).contains("ReadCsv(1 file, " + df.npartitions()
        + " blocks, all 3 columns)", "Blockwise(filter (Origin == 'JFK'))");
    assertThat(explained.optimized()).contains("columns=[Origin, A])");
    assertThat(explained.tasks()).containsEntry("group-stats", df.npartitions());
    assertThat(explained.toHtml()).contains("<pre>", "group-stats");
  }

  @Test
  void aPersistedFrameIsFoundByItsPlan() {
    DataFrame jfk = df.filter(col("Origin").eq("JFK"));
    DataFrame kept = jfk.persist();
    try {
      // built again the same way, not from the persisted frame
      Explanation again = df.filter(col("Origin").eq("JFK")).column("A").mean().explain();
      assertThat(again.optimized()).contains("Persisted(");
      assertThat(again.tasks()).doesNotContainKey("read-csv");
      assertThat(df.filter(col("Origin").eq("JFK")).column("A").mean().compute())
          .isEqualTo(kept.column("A").mean().compute());
    } finally {
      kept.release();
    }
    assertThat(df.filter(col("Origin").eq("JFK")).column("A").mean().explain().optimized())
        .doesNotContain("Persisted(");
  }
}
