package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

/** Tablesaw tables in memory as frames: every column type, and pipelines over them. */
class FromTablesTest {
  private static Table everyType() {
    LongColumn big = LongColumn.create("big", new long[] {Long.MAX_VALUE - 1, -3, 0});
    big.setMissing(2);
    IntColumn small = IntColumn.create("small", new int[] {1, 2, 3});
    small.setMissing(0);
    DoubleColumn real = DoubleColumn.create("real", new double[] {-0.5, Double.NaN, 1e300});
    FloatColumn single = FloatColumn.create("single", new float[] {1.5f, 2.5f, 3.5f});
    BooleanColumn flag = BooleanColumn.create("flag", new boolean[] {true, false, true});
    flag.setMissing(1);
    StringColumn text = StringColumn.create("text", "Zürich", "", "b");
    DateColumn day = DateColumn.create("day", LocalDate.of(2020, 2, 29), null,
        LocalDate.of(1969, 12, 31));
    DateTimeColumn at = DateTimeColumn.create("at",
        LocalDateTime.of(2021, 1, 2, 3, 4, 5, 678_912_000), null,
        LocalDateTime.of(1960, 1, 1, 0, 0));
    return Table.create("every", big, small, real, single, flag, text, day, at);
  }

  @Test
  void everyColumnTypeWithMissingValuesComesThrough() {
    DataFrame frame = DataFrame.fromTable(everyType());
    assertThat(frame.dtypes()).containsExactly(
        org.assertj.core.api.Assertions.entry("big", DType.INT64),
        org.assertj.core.api.Assertions.entry("small", DType.INT64),
        org.assertj.core.api.Assertions.entry("real", DType.FLOAT64),
        org.assertj.core.api.Assertions.entry("single", DType.FLOAT64),
        org.assertj.core.api.Assertions.entry("flag", DType.BOOL),
        org.assertj.core.api.Assertions.entry("text", DType.STRING),
        org.assertj.core.api.Assertions.entry("day", DType.DATE),
        org.assertj.core.api.Assertions.entry("at", DType.DATETIME));
    Table back = frame.compute();
    assertThat(back.longColumn("big").get(0)).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(back.column("big").isMissing(2)).isTrue();
    assertThat(back.column("small").isMissing(0)).isTrue();
    assertThat(back.longColumn("small").get(1)).isEqualTo(2L);
    assertThat(back.column("real").isMissing(1)).isTrue();
    assertThat(back.doubleColumn("single").get(2)).isEqualTo(3.5);
    assertThat(back.booleanColumn("flag").get(0)).isTrue();
    assertThat(back.column("flag").isMissing(1)).isTrue();
    assertThat(back.stringColumn("text").get(0)).isEqualTo("Zürich");
    assertThat(back.column("text").isMissing(1)).isTrue();
    assertThat(back.dateColumn("day").get(2)).isEqualTo(LocalDate.of(1969, 12, 31));
    assertThat(back.column("day").isMissing(1)).isTrue();
    assertThat(back.dateTimeColumn("at").get(0)) // Tablesaw keeps milliseconds
        .isEqualTo(everyType().dateTimeColumn("at").get(0));
    assertThat(back.dateTimeColumn("at").get(2)).isEqualTo(LocalDateTime.of(1960, 1, 1, 0, 0));
    assertThat(back.column("at").isMissing(1)).isTrue();
  }

  @Test
  void pipelinesOverTablesMatchTheSameRowsReadFromCsv(@TempDir Path folder) throws Exception {
    Random random = new Random(18);
    List<Table> tables = new ArrayList<>();
    StringBuilder csv = new StringBuilder("k,name,v,day\n");
    for (int t = 0; t < 4; t++) {
      int rows = t == 2 ? 0 : 50 + random.nextInt(200); // one empty partition
      IntColumn k = IntColumn.create("k");
      StringColumn name = StringColumn.create("name");
      DoubleColumn v = DoubleColumn.create("v");
      DateColumn day = DateColumn.create("day");
      for (int r = 0; r < rows; r++) {
        int key = random.nextInt(15);
        String text = random.nextInt(10) == 0 ? "" : "n" + random.nextInt(6);
        double value = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(1000) / 4.0;
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60));
        k.append(key);
        name.append(text);
        v.append(value);
        day.append(date);
        csv.append(key).append(',').append(text).append(',')
            .append(Double.isNaN(value) ? "" : Double.toString(value)).append(',').append(date)
            .append('\n');
      }
      tables.add(Table.create("part" + t, k, name, v, day));
    }
    Path file = folder.resolve("same.csv");
    Files.writeString(file, csv);
    DataFrame fromTables = DataFrame.fromTables(tables);
    DataFrame fromCsv = DataFrame.readCsv(List.of(file), CsvOptions.defaults().parseDates("day"));
    assertThat(fromTables.npartitions()).isEqualTo(4);
    assertThat(fromTables.dtypes()).isEqualTo(fromCsv.dtypes());

    assertThat(rows(fromTables.groupBy("name").dropna(false).column("v").sum().compute()))
        .isEqualTo(rows(fromCsv.groupBy("name").dropna(false).column("v").sum().compute()));
    DataFrame lookup = DataFrame.fromTable(Table.create("lookup",
        IntColumn.create("k", new int[] {1, 2, 3, 14}),
        StringColumn.create("label", "one", "two", "three", "fourteen")));
    assertThat(rows(fromTables.merge(lookup, JoinKind.INNER, "k").groupBy("label")
        .column("v").mean().compute()))
        .isEqualTo(rows(fromCsv.merge(lookup, JoinKind.INNER, "k").groupBy("label")
            .column("v").mean().compute()));
    assertThat(sorted(rows(fromTables.filter(dev.floe.core.Expr.col("v").gt(100))
        .sortValues("day").compute())))
        .isEqualTo(sorted(rows(fromCsv.filter(dev.floe.core.Expr.col("v").gt(100))
            .sortValues("day").compute())));
  }

  @Test
  void tablesThatDisagreeOrHoldOtherTypesAreRefusedByName() {
    Table first = Table.create("first", IntColumn.create("k", new int[] {1}));
    Table second = Table.create("second", StringColumn.create("k", "x"));
    assertThatThrownBy(() -> DataFrame.fromTables(List.of(first, second)))
        .hasMessageContaining("table 1 ('second') has columns [k string]")
        .hasMessageContaining("[k int64]");
    Table times = Table.create("times", TimeColumn.create("when", LocalTime.NOON));
    assertThatThrownBy(() -> DataFrame.fromTable(times))
        .hasMessageContaining("column 'when' of table 'times' is a Tablesaw LOCAL_TIME column");
  }

  @Test
  void laterChangesToTheTableDoNotReachTheFrame() {
    Table table = Table.create("t", IntColumn.create("k", new int[] {1, 2}));
    DataFrame frame = DataFrame.fromTable(table);
    table.intColumn("k").set(0, 99);
    assertThat(frame.compute().longColumn("k").get(0)).isEqualTo(1L);
  }

  private static List<String> rows(Table table) {
    return TableRows.rows(table, value -> value == null ? "null" : value);
  }

  private static List<String> sorted(List<String> rows) {
    return TableRows.sorted(rows);
  }
}
