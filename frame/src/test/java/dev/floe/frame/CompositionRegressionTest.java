package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Wrong answers that came from operations meeting each other (each single operation was right):
 * string columns rebuilt with repeated dictionary entries, steps whose column was pruned away,
 * missing group keys that could not be kept, type errors found only at compute time.
 */
class CompositionRegressionTest {
  @TempDir static Path folder;
  private static DataFrame kv;
  private static DataFrame flights;

  @BeforeAll
  static void write() throws IOException {
    Path small = folder.resolve("kv.csv");
    Files.writeString(small, "k,v\na,1\nb,2\n,3\na,4\n,5\nb,6\n");
    kv = DataFrame.readCsv(small.toString());
    StringBuilder text = new StringBuilder("Origin,DayOfWeek,DepDelay,ArrDelay,TailNum\n");
    String[] origins = {"EWR", "JFK", "LGA"};
    for (int r = 0; r < 3000; r++) {
      text.append(origins[r % 3]).append(',').append(1 + r % 7).append(',')
          .append(r % 11 == 0 ? "" : Integer.toString(r % 50 - 10)).append(',')
          .append(r % 13 - 6).append(',')
          .append(r % 5 == 0 ? "" : "N" + (r % 17)).append('\n');
    }
    Path file = folder.resolve("flights.csv");
    Files.writeString(file, text);
    flights = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(4 << 10));
    assertThat(flights.npartitions()).isGreaterThan(3);
  }

  private static List<String> rows(Table table) {
    List<String> rows = new ArrayList<>();
    for (Row row : table) {
      List<String> values = new ArrayList<>();
      for (String name : table.columnNames()) {
        values.add(table.column(name).isMissing(row.getRowNumber()) ? "NaN"
            : String.valueOf(row.getObject(name)));
      }
      rows.add(String.join(",", values));
    }
    return rows;
  }

  @Test
  void groupingOnFilledStringKeyCountsEveryRowOfAValue() {
    Table sums = kv.fillNa("k", "a").groupBy("k").column("v").sum().compute();
    assertThat(rows(sums)).containsExactly("a,13.0", "b,8.0");
    Table counts = kv.fillNa("k", "a").column("k").valueCounts().compute();
    assertThat(rows(counts)).containsExactly("a,4", "b,2");
  }

  @Test
  void groupingAfterMapPartitionsCountsRowsNotPartitions() {
    Table direct = flights.groupBy("Origin").size().compute();
    Table mapped = flights.mapPartitions(t -> t).groupBy("Origin").size().compute();
    assertThat(rows(mapped)).containsExactly("EWR,1000", "JFK,1000", "LGA,1000")
        .isEqualTo(rows(direct));
    Table copied = flights.mapPartitions(t -> t.copy()).groupBy("Origin").column("ArrDelay").sum()
        .compute();
    assertThat(rows(copied))
        .isEqualTo(rows(flights.groupBy("Origin").column("ArrDelay").sum().compute()));
  }

  @Test
  void groupingOnNumbersTurnedToText() {
    Table sizes = flights.astype("DayOfWeek", DType.STRING).groupBy("DayOfWeek").size().compute();
    assertThat(sizes.rowCount()).isEqualTo(7);
    assertThat(rows(sizes).get(0)).isEqualTo("1,429");
  }

  @Test
  void mapPartitionsWithMissingStringKeys() {
    Table sizes = kv.mapPartitions(t -> t).groupBy("k").size().compute();
    assertThat(rows(sizes)).containsExactly("a,2", "b,2");
    Table withMissing = kv.mapPartitions(t -> t).groupBy("k").dropna(false).size().compute();
    assertThat(rows(withMissing)).containsExactly("a,2", "b,2", "NaN,2");
  }

  @Test
  void stepsKeepTheColumnsTheyRewrite() {
    DataFrame converted = flights.astype("DepDelay", DType.FLOAT64);
    assertThat(converted.length()).isEqualTo(3000);
    assertThat(converted.column("ArrDelay").count().compute()).isEqualTo(3000L);
    assertThat(converted.groupBy("Origin").size().compute().rowCount()).isEqualTo(3);
    DataFrame filled = flights.fillNa("TailNum", "none");
    assertThat(filled.length()).isEqualTo(3000);
    assertThat(filled.column("ArrDelay").mean().compute())
        .isEqualTo(flights.column("ArrDelay").mean().compute());
  }

  @Test
  void missingKeysFormAGroupWhenAsked() {
    assertThat(rows(kv.groupBy("k").column("v").sum().compute())).containsExactly("a,5.0", "b,8.0");
    assertThat(rows(kv.groupBy("k").dropna(false).column("v").sum().compute()))
        .containsExactly("a,5.0", "b,8.0", "NaN,8.0");
    Table byTail = flights.groupBy("Origin", "TailNum").dropna(false).size().compute();
    Table dropped = flights.groupBy("Origin", "TailNum").size().compute();
    assertThat(byTail.rowCount()).isEqualTo(dropped.rowCount() + 3);
    assertThat(byTail.longColumn("size").sum()).isEqualTo(3000);
    assertThat(rows(kv.column("k").valueCounts(false).compute()))
        .containsExactly("a,2", "b,2", "NaN,2");
    assertThat(kv.column("k").nunique(false).compute()).isEqualTo(3L);
  }

  @Test
  void typeErrorsAreReportedWhenTheExpressionIsApplied() {
    assertThatThrownBy(() -> flights.filter(col("Origin").gt(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Origin: string").hasMessageContaining("cannot compare string");
    assertThatThrownBy(() -> flights.filter(col("DayOfWeek").eq(false)))
        .hasMessageContaining("DayOfWeek: int64");
    assertThatThrownBy(() -> flights.filter(col("DepDelay").plus(1)))
        .hasMessageContaining("true/false");
    assertThatThrownBy(() -> flights.withColumn("x", col("Origin").times(2)))
        .hasMessageContaining("arithmetic needs numbers");
    assertThatThrownBy(() -> flights.filter(col("DepDelay").contains("x")))
        .hasMessageContaining("needs a string");
    assertThatThrownBy(() -> flights.fillNa("DepDelay", "none"))
        .hasMessageContaining("int64 column 'DepDelay' with none (String)");
  }
}
