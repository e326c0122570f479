package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.io.csv.CsvOptions;
import dev.floe.runtime.schedule.LocalScheduler;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.store.MemoryBudget;
import dev.floe.runtime.store.StoreStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Index, shuffles and joins checked against DuckDB on the same files: a left table in many
 * partitions with a skewed, low-cardinality int key with missing values, and a right table of
 * keys with its own missing key. Joins compare keys with IS NOT DISTINCT FROM, since pandas
 * (and Floe) match missing keys with each other.
 */
class ShuffleJoinOracleTest {
  @TempDir static Path folder;
  private static Connection duckdb;
  private static DataFrame left;
  private static DataFrame right;
  private static Path leftFile;
  private static Path rightFile;

  @BeforeAll
  static void generate() throws Exception {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder("id,k,s,day,v\n");
    for (int id = 0; id < 6000; id++) {
      int k = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(40); // half the rows on key 0
      String key = random.nextInt(50) == 0 ? "" : Integer.toString(k);
      String s = random.nextInt(30) == 0 ? "" : String.valueOf((char) ('a' + random.nextInt(4)));
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(700));
      String v = random.nextInt(20) == 0 ? "" : Double.toString(random.nextInt(1000) / 8.0);
      text.append(id).append(',').append(key).append(',').append(s).append(',').append(day)
          .append(',').append(v).append('\n');
    }
    leftFile = folder.resolve("left.csv");
    Files.writeString(leftFile, text);
    StringBuilder other = new StringBuilder("k,name,w\n");
    for (int k = 0; k < 60; k += 1 + random.nextInt(2)) {
      other.append(k).append(",name").append(k).append(',').append(k * 1.5).append('\n');
    }
    other.append(",nobody,-1\n"); // a missing key
    other.append("3,three again,3.25\n"); // a repeated key
    rightFile = folder.resolve("right.csv");
    Files.writeString(rightFile, other);
    left = DataFrame.readCsv(List.of(leftFile),
        CsvOptions.defaults().parseDates("day").blockSizeBytes(12 << 10));
    right = DataFrame.readCsv(List.of(rightFile), CsvOptions.defaults().blockSizeBytes(300));
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("CREATE TABLE l AS SELECT * FROM read_csv('" + leftFile
          + "', header=true, columns={'id':'BIGINT','k':'BIGINT','s':'VARCHAR','day':'DATE',"
          + "'v':'DOUBLE'})");
      statement.execute("CREATE TABLE r AS SELECT * FROM read_csv('" + rightFile
          + "', header=true, columns={'k':'BIGINT','name':'VARCHAR','w':'DOUBLE'})");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  private static List<String> query(String sql) throws SQLException {
    return TableRows.query(duckdb, sql, ShuffleJoinOracleTest::canonical);
  }


  private static List<String> rows(Table table) {
    return TableRows.rows(table, ShuffleJoinOracleTest::canonical);
  }

  /** One spelling per value: numbers as doubles, missing as "null". */
  private static String canonical(String value) {
    if (value == null || value.isEmpty()) {
      return "null";
    }
    try {
      return String.format(Locale.ROOT, "%.9g", Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static List<String> sorted(List<String> rows) {
    return TableRows.sorted(rows);
  }

  @Test
  void setIndexSortsRowsIntoPartitionsThatKnowTheirBounds() throws SQLException {
    DataFrame indexed = left.setIndex("day");
    assertThat(left.npartitions()).isGreaterThan(5);
    assertThat(indexed.index()).hasValue("day");
    assertThat(indexed.columns()).containsExactly("id", "k", "s", "v");
    List<Object> divisions = indexed.divisions().orElseThrow();
    assertThat(divisions).hasSize(indexed.npartitions() + 1);
    assertThat(divisions.get(0)).hasToString(query("SELECT min(day) FROM l").get(0));
    for (int i = 1; i < divisions.size(); i++) {
      assertThat((LocalDate) divisions.get(i)).isAfter((LocalDate) divisions.get(i - 1));
    }
    Table all = indexed.compute();
    assertThat(all.column(0).name()).isEqualTo("day");
    List<String> days = new ArrayList<>();
    for (int row = 0; row < all.rowCount(); row++) {
      days.add(all.column(0).getString(row));
    }
    assertThat(days).isSorted();
    assertThat(sorted(rows(all)))
        .isEqualTo(sorted(query("SELECT day, id, k, s, v FROM l")));
    // each partition holds exactly its range
    for (int p = 0; p < indexed.npartitions(); p++) {
      LocalDate from = (LocalDate) divisions.get(p);
      LocalDate to = (LocalDate) divisions.get(p + 1);
      Table part = indexed.loc(from, to).compute();
      assertThat(part.rowCount()).isGreaterThan(0);
    }
  }

  @Test
  void locReadsOnlyThePartitionsItsLabelsCanBeIn() throws SQLException {
    DataFrame indexed = left.setIndex("day");
    LocalDate day = (LocalDate) indexed.divisions().get().get(3);
    DataFrame one = indexed.loc(day.toString());
    assertThat(one.npartitions()).isEqualTo(1);
    assertThat(sorted(rows(one.compute())))
        .isEqualTo(sorted(query("SELECT day, id, k, s, v FROM l WHERE day = DATE '" + day + "'")));

    DataFrame range = indexed.loc("2020-03-01", "2020-05-31");
    assertThat(range.npartitions()).isLessThan(indexed.npartitions());
    assertThat(sorted(rows(range.compute()))).isEqualTo(sorted(query(
        "SELECT day, id, k, s, v FROM l WHERE day BETWEEN '2020-03-01' AND '2020-05-31'")));

    DataFrame filtered = indexed.filter(col("day").ge(LocalDate.of(2021, 10, 1)));
    assertThat(filtered.npartitions()).isLessThan(indexed.npartitions());
    assertThat(filtered.compute().rowCount())
        .isEqualTo(Integer.parseInt(query("SELECT count(*) FROM l WHERE day >= '2021-10-01'")
            .get(0).replaceAll("\\..*", "")));
    assertThat(indexed.loc("1999-01-01").compute().rowCount()).isZero();
    assertThatThrownBy(() -> left.loc("2020-01-01")).hasMessageContaining("setIndex first");
    assertThatThrownBy(() -> indexed.loc("soon")).hasMessageContaining("'soon' is not a date");
  }

  @Test
  void everyJoinKindMatchesDuckDbWithEveryStrategy() throws SQLException {
    DataFrame oneRightPartition = right.repartition(1);
    DataFrame leftWithEmptyPartitions = left.filter(col("id").lt(1500));
    String[] sql = {"INNER JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL OUTER JOIN"};
    JoinKind[] kinds = JoinKind.values();
    for (int i = 0; i < kinds.length; i++) {
      String expected = "SELECT l.id, COALESCE(l.k, r.k), l.s, l.day, l.v, r.name, r.w FROM l "
          + sql[i] + " r ON l.k IS NOT DISTINCT FROM r.k";
      List<String> oracle = sorted(query(expected));
      DataFrame hashed = left.merge(right, kinds[i], "k");
      assertThat(hashed.columns()).containsExactly("id", "k", "s", "day", "v", "name", "w");
      assertThat(sorted(rows(hashed.compute()))).as("hash " + kinds[i]).isEqualTo(oracle);
      assertThat(sorted(rows(left.merge(oneRightPartition, kinds[i], "k").compute())))
          .as("broadcast " + kinds[i]).isEqualTo(oracle);
      DataFrame aligned = left.setIndex("k").join(right.setIndex("k"), kinds[i]);
      assertThat(sorted(rows(aligned.compute().reorderColumns("id", "k", "s", "day", "v",
          "name", "w")))).as("aligned " + kinds[i]).isEqualTo(oracle);
      assertThat(sorted(rows(leftWithEmptyPartitions.merge(right, kinds[i], "k").compute())))
          .as("empty partitions " + kinds[i])
          .isEqualTo(sorted(query(expected.replace("FROM l ", "FROM (SELECT * FROM l WHERE"
              + " id < 1500) l "))));
    }
  }

  @Test
  void overlappingColumnsGetSuffixes() throws SQLException {
    DataFrame self = left.merge(left.select("id", "k", "v"), JoinKind.INNER, List.of("id"),
        List.of("id"));
    assertThat(self.columns()).containsExactly("id", "k_x", "s", "day", "v_x", "k_y", "v_y");
    assertThat(self.compute().rowCount()).isEqualTo(6000);
    assertThatThrownBy(() -> left.merge(right, JoinKind.INNER, List.of("s"), List.of("k")))
        .hasMessageContaining("cannot join string key 's' with int64 key 'k'");
  }

  @Test
  void sortValuesAndDropDuplicatesMatchDuckDb() throws SQLException {
    Table byValue = left.sortValues("v").compute();
    List<String> values = new ArrayList<>();
    for (int row = 0; row < byValue.rowCount(); row++) {
      values.add(byValue.column("v").isMissing(row) ? null : byValue.column("v").getString(row));
    }
    List<Double> numbers = values.stream().filter(v -> v != null).map(Double::parseDouble)
        .toList();
    assertThat(numbers).isSorted();
    assertThat(values.subList(numbers.size(), values.size())).as("missing last").containsOnlyNulls();
    assertThat(sorted(rows(byValue))).isEqualTo(sorted(query("SELECT * FROM l")));
    Table descending = left.sortValues("v", false).compute();
    assertThat(descending.column("v").getString(0))
        .isEqualTo(query("SELECT max(v) FROM l").get(0).replaceAll("0+$", "").replaceAll("\\.$", ".0"));

    Table distinct = left.dropDuplicates("s", "k").select("id").compute();
    List<String> kept = sorted(rows(distinct.selectColumns("id")));
    assertThat(kept).isEqualTo(sorted(query("SELECT min(id) FROM l GROUP BY s, k")));
  }

  @Test
  void repartitionKeepsRowsAndOrder() throws SQLException {
    List<String> all = rows(left.compute());
    for (int parts : new int[] {1, 3, left.npartitions() * 2 + 1}) {
      DataFrame moved = left.repartition(parts);
      assertThat(moved.npartitions()).isEqualTo(parts);
      assertThat(rows(moved.compute())).isEqualTo(all);
    }
    DataFrame indexed = left.setIndex("day");
    DataFrame fewer = indexed.repartition(2);
    assertThat(fewer.knownDivisions()).isTrue();
    assertThat(fewer.divisions().get()).hasSize(3);
    assertThat(rows(fewer.compute())).isEqualTo(rows(indexed.compute()));
    DataFrame byDivisions = indexed.repartition(List.of("2019-01-01", "2020-06-01", "2030-01-01"));
    assertThat(byDivisions.npartitions()).isEqualTo(2);
    assertThat(byDivisions.loc("2020-06-01", null).compute().rowCount())
        .isEqualTo(Integer.parseInt(query("SELECT count(*) FROM l WHERE day >= '2020-06-01'")
            .get(0).replaceAll("\\..*", "")));
  }

  @Test
  void persistedPartitionsAreReusedUntilReleased() {
    Scheduler scheduler = Schedulers.defaultScheduler();
    int before = scheduler.storeStats().persisted();
    DataFrame indexed = left.setIndex("day").persist();
    assertThat(scheduler.storeStats().persisted() - before).isEqualTo(indexed.npartitions());
    Table first = indexed.loc("2020-02-02").compute();
    assertThat(first.rowCount()).isEqualTo(left.filter(col("day").eq("2020-02-02")).compute()
        .rowCount());
    indexed.release();
    assertThat(scheduler.storeStats().persisted()).isEqualTo(before);
    assertThat(indexed.loc("2020-02-02").compute().rowCount()).isEqualTo(first.rowCount());
  }

  @Test
  void aShuffleLargerThanTheBudgetSpillsAndGivesTheSameRows(@TempDir Path spill)
      throws SQLException {
    MemoryBudget tiny = MemoryBudget.fromSystemProperties().withMemoryLimit(64 << 10)
        .withSpillDirectory(spill);
    Scheduler small = new LocalScheduler(2, List.of(), tiny);
    Scheduler previous = Schedulers.setDefault(small);
    try {
      Table all = left.setIndex("v").compute();
      StoreStats stats = small.storeStats();
      assertThat(stats.spills()).as("pieces went to disk").isGreaterThan(10);
      assertThat(stats.loads()).isGreaterThan(10);
      assertThat(sorted(rows(all))).isEqualTo(sorted(query("SELECT v, id, k, s, day FROM l")));
      assertThat(stats.diskBytes()).as(stats + " " + java.util.Arrays.toString(
          spill.toFile().listFiles()[0].list())).isZero();
    } finally {
      Schedulers.setDefault(previous);
      small.close();
    }
  }
}
