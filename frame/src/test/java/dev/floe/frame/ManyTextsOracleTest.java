package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.io.csv.CsvOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * Text columns of many distinct values through shuffles, checked against DuckDB: partitions
 * whose dictionaries overlap and are too large to merge when stacked, so the stacked columns
 * repeat texts under several codes until a group-by, a sort, a join on text or a distinct needs
 * one code per text.
 */
class ManyTextsOracleTest {
  private static final int ROWS = 400_000;
  @TempDir static Path folder;
  private static Connection duckdb;
  private static DataFrame frame;

  @BeforeAll
  static void generate() throws Exception {
    Random random = new Random(19);
    StringBuilder text = new StringBuilder("id,k,t,u,v\n");
    for (int id = 0; id < ROWS; id++) {
      // t: 300 000 possible texts, skewed so that some repeat across many partitions
      int t = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextInt(300_000);
      String tText = random.nextInt(40) == 0 ? "" : "text-" + t;
      text.append(id).append(',').append(random.nextInt(97)).append(',').append(tText)
          .append(",u").append(random.nextInt(200_000)).append(',')
          .append(random.nextInt(1000)).append('\n');
    }
    Path file = folder.resolve("texts.csv");
    Files.writeString(file, text);
    frame = DataFrame.readCsv(List.of(file), CsvOptions.defaults().blockSizeBytes(1 << 20));
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("CREATE TABLE f AS SELECT * FROM read_csv('" + file + "', header=true,"
          + " columns={'id':'BIGINT','k':'BIGINT','t':'VARCHAR','u':'VARCHAR','v':'BIGINT'})");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void groupByTextAfterAJoinThatStacksLargeDictionaries() throws SQLException {
    assertThat(frame.npartitions()).isGreaterThan(4);
    DataFrame joined = frame.merge(frame.select("id", "u"), JoinKind.INNER, List.of("id"),
        List.of("id"));
    Table counts = joined.groupBy("t").dropna(false).column("v").sum().compute();
    assertThat(sorted(rows(counts)))
        .isEqualTo(sorted(query("SELECT t, sum(v) FROM f GROUP BY t")));
    Table pairs = joined.groupBy("u_y", "k").column("v").count().compute();
    assertThat(rows(pairs)).as("groups in key order, equal texts as one")
        .isEqualTo(query("SELECT u, k, count(v) FROM f GROUP BY u, k ORDER BY u, k"));
  }

  @Test
  void sortOnTextKeepsEqualTextsTogetherInTheirOriginalOrder() throws SQLException {
    DataFrame shuffled = frame.merge(frame.select("id", "u"), JoinKind.INNER, List.of("id"),
        List.of("id")).select("id", "t", "u_y");
    Table sorted = shuffled.sortValues("u_y").compute();
    List<String> got = new ArrayList<>();
    for (int row = 0; row < sorted.rowCount(); row++) {
      got.add(sorted.column("u_y").getString(row));
    }
    List<String> expected = new ArrayList<>();
    for (String row : query("SELECT u FROM f ORDER BY u")) {
      expected.add(row);
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void joinOnTextAndDistinctTextsMatchDuckDb() throws SQLException {
    DataFrame stacked = frame.merge(frame.select("id", "k"), JoinKind.INNER, List.of("id"),
        List.of("id"));
    DataFrame lookup = frame.dropDuplicates("u").select("u", "k");
    assertThat(lookup.compute().rowCount())
        .isEqualTo(Integer.parseInt(query("SELECT count(DISTINCT u) FROM f").get(0)));
    Table joined = stacked.select("id", "u").merge(lookup, JoinKind.INNER, "u")
        .groupBy("k").column("id").count().compute();
    assertThat(sorted(rows(joined))).isEqualTo(sorted(query(
        "SELECT d.k, count(*) FROM f JOIN (SELECT u, arg_min(k, id) AS k FROM f GROUP BY u) d"
            + " USING (u) GROUP BY d.k")));
    assertThat(stacked.compute().stringColumn("u").countUnique())
        .isEqualTo(Integer.parseInt(query("SELECT count(DISTINCT u) FROM f").get(0)));
  }

  private static List<String> query(String sql) throws SQLException {
    return TableRows.query(duckdb, sql, value -> value == null || value.isEmpty() ? "null" : value);
  }


  private static List<String> rows(Table table) {
    return TableRows.rows(table, value -> value == null ? "null"
        : value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
  }

  private static List<String> sorted(List<String> rows) {
    return TableRows.sorted(rows);
  }
}
