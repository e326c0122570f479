package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Lazy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * DataFrame results against DuckDB (the independent oracle) on generated flights-like files:
 * several files, small blocks (many partitions), quoted fields with commas and newlines, missing
 * delays for cancelled flights. Floats agree to 1e-9 relative; counts and groups exactly.
 */
class DataFrameOracleTest {
  @TempDir static Path folder;
  private static Connection duckdb;
  private static String files;
  private static DataFrame df;

  @BeforeAll
  static void generate() throws Exception {
    Random random = new Random(42);
    String[] origins = {"EWR", "JFK", "LGA"};
    List<String> paths = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      StringBuilder text = new StringBuilder("Date,DayOfWeek,Origin,DepDelay,Cancelled,Note\n");
      for (int r = 0; r < 3000; r++) {
        boolean cancelled = random.nextInt(20) == 0;
        String delay = cancelled ? "" : Integer.toString(random.nextInt(200) - 20);
        if (!cancelled && random.nextInt(7) == 0) {
          delay = delay + ".5";
        }
        String note = random.nextInt(10) == 0 ? "\"late, \"\"very\"\"\nlate\"" : "ok";
        text.append(String.format("1990-01-%02d,%d,%s,%s,%d,%s%n", 1 + r % 28, 1 + r % 7,
            origins[random.nextInt(3)], delay, cancelled ? 1 : 0, note));
      }
      Path file = folder.resolve(String.format("flights-%02d.csv", f));
      Files.writeString(file, text);
      paths.add("'" + file + "'");
    }
    files = "[" + String.join(", ", paths) + "]";
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    df = DataFrame.readCsv(folder + "/*.csv",
        CsvOptions.defaults().parseDates("Date").blockSizeBytes(16 << 10));
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery(sql.replace("FLIGHTS",
            "read_csv(" + files + ", header=true, auto_detect=true)"))) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void readsManyPartitionsWithTheInferredTypes() {
    assertThat(df.npartitions()).isGreaterThan(6);
    assertThat(df.dtypes()).containsEntry("Date", DType.DATE)
        .containsEntry("DayOfWeek", DType.INT64)
        .containsEntry("Origin", DType.STRING)
        .containsEntry("DepDelay", DType.FLOAT64)
        .containsEntry("Cancelled", DType.INT64);
  }

  @Test
  void rowCounts() throws SQLException {
    assertThat(df.length()).isEqualTo(((Number) query("SELECT count(*) FROM FLIGHTS").get(0).get(0)).longValue());
    assertThat(df.filter(col("Cancelled").eq(0)).length()).isEqualTo(
        ((Number) query("SELECT count(*) FROM FLIGHTS WHERE Cancelled = 0").get(0).get(0)).longValue());
  }

  @Test
  void meanDelayByOrigin() throws SQLException {
    Table floe = df.groupBy("Origin").column("DepDelay").mean().compute();
    List<List<Object>> expected =
        query("SELECT Origin, avg(DepDelay) FROM FLIGHTS GROUP BY Origin ORDER BY Origin");
    assertThat(floe.rowCount()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(floe.stringColumn("Origin").get(i)).isEqualTo(expected.get(i).get(0));
      assertThat(floe.doubleColumn("DepDelay").get(i))
          .isCloseTo(number(expected.get(i).get(1)), within(1e-9 * Math.abs(number(expected.get(i).get(1)))));
    }
  }

  @Test
  void severalAggregationsByDayOfWeekOfNotCancelledFlights() throws SQLException {
    Table floe = df.filter(col("Cancelled").eq(0)).groupBy("DayOfWeek").column("DepDelay")
        .agg(dev.floe.frame.Aggregation.MEAN, dev.floe.frame.Aggregation.STD,
            dev.floe.frame.Aggregation.COUNT, dev.floe.frame.Aggregation.MAX)
        .compute();
    List<List<Object>> expected = query("SELECT DayOfWeek, avg(DepDelay), stddev_samp(DepDelay),"
        + " count(DepDelay), max(DepDelay) FROM FLIGHTS WHERE Cancelled = 0 GROUP BY DayOfWeek"
        + " ORDER BY DayOfWeek");
    assertThat(floe.rowCount()).isEqualTo(7);
    for (int i = 0; i < 7; i++) {
      List<Object> row = expected.get(i);
      assertThat(floe.longColumn("DayOfWeek").get(i)).isEqualTo(((Number) row.get(0)).longValue());
      assertThat(floe.doubleColumn("DepDelay_mean").get(i))
          .isCloseTo(number(row.get(1)), within(1e-9 * Math.abs(number(row.get(1)))));
      assertThat(floe.doubleColumn("DepDelay_std").get(i))
          .isCloseTo(number(row.get(2)), within(1e-9 * number(row.get(2))));
      assertThat(floe.longColumn("DepDelay_count").get(i)).isEqualTo(((Number) row.get(3)).longValue());
      assertThat(floe.doubleColumn("DepDelay_max").get(i)).isEqualTo(number(row.get(4)));
    }
  }

  @Test
  void meanAndStdFromOneRead() throws SQLException {
    Lazy<Double> mean = df.column("DepDelay").mean();
    Lazy<Double> std = df.column("DepDelay").std();
    var both = dev.floe.Floe.compute(mean, std);
    List<Object> expected = query("SELECT avg(DepDelay), stddev_samp(DepDelay) FROM FLIGHTS").get(0);
    assertThat(both.first()).isCloseTo(number(expected.get(0)), within(1e-9 * number(expected.get(0))));
    assertThat(both.second()).isCloseTo(number(expected.get(1)), within(1e-9 * number(expected.get(1))));
    // the two reductions share their per-partition tasks: one read of each block
    var graph = Computing.lower(List.of(mean, std)).graph();
    long reads = graph.tasks().stream().filter(t -> t.operation().equals("column-stats")).count();
    assertThat(reads).isEqualTo(df.npartitions());
    assertThat(df.column("DepDelay").max().compute())
        .isEqualTo(number(query("SELECT max(DepDelay) FROM FLIGHTS").get(0).get(0)));
  }

  @Test
  void computeReturnsEveryRowInOrder() throws SQLException {
    Table table = df.filter(col("Origin").eq("JFK").and(col("DepDelay").gt(100))).compute();
    long expected = ((Number) query("SELECT count(*) FROM FLIGHTS WHERE Origin = 'JFK' AND DepDelay > 100")
        .get(0).get(0)).longValue();
    assertThat(table.rowCount()).isEqualTo(expected);
    assertThat(table.columnNames()).containsExactly("Date", "DayOfWeek", "Origin", "DepDelay",
        "Cancelled", "Note");
    assertThat(table.stringColumn("Origin").unique().asList()).containsExactly("JFK");
    assertThat(df.head(5).rowCount()).isEqualTo(5);
  }

  @Test
  void countNotCancelledByOriginAndNewColumns() throws SQLException {
    Table floe = df.withColumn("Late", col("DepDelay").gt(15))
        .filter(col("Late")).groupBy("Origin").size().compute();
    List<List<Object>> expected = query(
        "SELECT Origin, count(*) FROM FLIGHTS WHERE DepDelay > 15 GROUP BY Origin ORDER BY Origin");
    for (int i = 0; i < expected.size(); i++) {
      assertThat(floe.longColumn("size").get(i)).isEqualTo(((Number) expected.get(i).get(1)).longValue());
    }
  }

  @Test
  void datePartsAndTextTests() throws SQLException {
    Table byDay = df.withColumn("Weekday", col("Date").dayOfWeek())
        .groupBy("Weekday").column("DepDelay").mean().compute();
    List<List<Object>> expected = query("SELECT isodow(Date) - 1 AS d, avg(DepDelay) FROM FLIGHTS"
        + " GROUP BY d ORDER BY d");
    assertThat(byDay.rowCount()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(byDay.longColumn("Weekday").get(i)).isEqualTo(((Number) expected.get(i).get(0)).longValue());
      assertThat(byDay.doubleColumn("DepDelay").get(i)).isCloseTo(number(expected.get(i).get(1)),
          within(1e-9 * Math.abs(number(expected.get(i).get(1)))));
    }
    assertThat(df.filter(col("Date").month().eq(1).and(col("Date").day().le(7))).length())
        .isEqualTo(((Number) query("SELECT count(*) FROM FLIGHTS WHERE month(Date) = 1 AND day(Date) <= 7")
            .get(0).get(0)).longValue());
    assertThat(df.filter(col("Note").contains("very")).length()).isEqualTo(((Number) query(
        "SELECT count(*) FROM FLIGHTS WHERE contains(Note, 'very')").get(0).get(0)).longValue());
    assertThat(df.filter(col("Origin").startsWith("J").or(col("Origin").isin("EWR"))).length())
        .isEqualTo(((Number) query("SELECT count(*) FROM FLIGHTS WHERE Origin IN ('JFK', 'EWR')")
            .get(0).get(0)).longValue());
  }

  @Test
  void valueCountsNuniqueAndMissingValues() throws SQLException {
    Table counts = df.column("Origin").valueCounts().compute();
    List<List<Object>> expected = query(
        "SELECT Origin, count(*) AS n FROM FLIGHTS GROUP BY Origin ORDER BY n DESC, Origin");
    for (int i = 0; i < expected.size(); i++) {
      assertThat(counts.stringColumn("Origin").get(i)).isEqualTo(expected.get(i).get(0));
      assertThat(counts.longColumn("count").get(i)).isEqualTo(((Number) expected.get(i).get(1)).longValue());
    }
    assertThat(df.column("DayOfWeek").nunique().compute()).isEqualTo(7L);
    long withDelay = ((Number) query("SELECT count(DepDelay) FROM FLIGHTS").get(0).get(0)).longValue();
    assertThat(df.dropNa("DepDelay").length()).isEqualTo(withDelay);
    assertThat(df.fillNa("DepDelay", 0).column("DepDelay").count().compute())
        .isEqualTo(df.length());
    assertThat(df.fillNa("DepDelay", -1000.0).column("DepDelay").min().compute()).isEqualTo(-1000.0);
    assertThat(df.astype("DayOfWeek", DType.STRING).dtypes()).containsEntry("DayOfWeek", DType.STRING);
    assertThat(df.astype("DayOfWeek", DType.STRING).filter(col("DayOfWeek").eq("3")).length())
        .isEqualTo(df.filter(col("DayOfWeek").eq(3)).length());
    Table last = df.tail(3);
    assertThat(last.rowCount()).isEqualTo(3);
  }

  @Test
  void toCsvWritesEveryPartitionWholeAndReadsBackTheSame() throws SQLException {
    Path out = folder.resolve("out");
    List<Path> written = df.filter(col("Origin").eq("LGA")).toCsv(out);
    assertThat(written).hasSize(df.npartitions()).allSatisfy(path -> assertThat(path).exists());
    DataFrame back = DataFrame.readCsv(written, CsvOptions.defaults().parseDates("Date"));
    assertThat(back.length()).isEqualTo(((Number) query(
        "SELECT count(*) FROM FLIGHTS WHERE Origin = 'LGA'").get(0).get(0)).longValue());
    assertThat(back.column("DepDelay").sum().compute()).isCloseTo(number(query(
        "SELECT sum(DepDelay) FROM FLIGHTS WHERE Origin = 'LGA'").get(0).get(0)), within(1e-6));
    assertThat(back.filter(col("Note").contains("very")).length()).isEqualTo(
        df.filter(col("Origin").eq("LGA").and(col("Note").contains("very"))).length());
  }

  @Test
  void mapPartitionsHandsOverTablesawTables() throws SQLException {
    DataFrame doubled = df.select("Origin", "DepDelay").mapPartitions(table -> {
      Table out = table.copy();
      out.addColumns(table.numberColumn("DepDelay").multiply(2).setName("Twice"));
      return out;
    });
    assertThat(doubled.columns()).containsExactly("Origin", "DepDelay", "Twice");
    assertThat(doubled.dtypes()).containsEntry("Twice", DType.FLOAT64);
    assertThat(doubled.column("Twice").sum().compute()).isCloseTo(
        2 * number(query("SELECT sum(DepDelay) FROM FLIGHTS").get(0).get(0)), within(1e-6));
  }

  @Test
  void reductionsOfEveryNumericColumn() throws SQLException {
    Table means = df.mean().compute();
    assertThat(means.stringColumn("column").asList()).containsExactly("DayOfWeek", "DepDelay", "Cancelled");
    List<Object> expected = query("SELECT avg(DayOfWeek), avg(DepDelay), avg(Cancelled) FROM FLIGHTS").get(0);
    for (int i = 0; i < 3; i++) {
      assertThat(means.doubleColumn("mean").get(i)).isCloseTo(number(expected.get(i)),
          within(1e-9 * Math.abs(number(expected.get(i)))));
    }
    assertThat(df.count().compute().doubleColumn("count").get(1)).isEqualTo(
        number(query("SELECT count(DepDelay) FROM FLIGHTS").get(0).get(0)));
  }
}
