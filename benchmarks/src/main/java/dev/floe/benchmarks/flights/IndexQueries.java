package dev.floe.benchmarks.flights;

import static dev.floe.core.Expr.col;

import dev.floe.frame.DataFrame;
import dev.floe.frame.JoinKind;
import dev.floe.io.csv.CsvOptions;
import dev.floe.Floe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** The queries that need the index and joins: setindex-loc and join-carriers. */
final class IndexQueries {
  /** Carrier codes and names; two of the data's carriers (HP, PA) are left out on purpose. */
  private static final String CARRIERS = String.join("\n", "code,carrier",
      "AA,American", "CO,Continental", "DL,Delta", "EA,Eastern", "NW,Northwest", "TW,Trans World",
      "UA,United", "US,USAir", "ZZ,Nobody") + "\n";

  private IndexQueries() {}

  static List<Query> all() {
    return List.of(new SetIndexLoc(), new SetIndexSort(), new JoinCarriers());
  }

  /**
   * Sets the index on Date (persisted), fetches the first day with loc, and filters the same day
   * without an index; answers the day, its rows (both ways) and mean delay.
   */
  private static final class SetIndexLoc implements Query {
    @Override
    public String name() {
      return "setindex-loc";
    }

    @Override
    public List<List<Object>> floe(FlightsData data) {
      DataFrame flights = data.frame();
      // a date, or a date-time where the files' Date column holds times of day too
      Object day = flights.head(1).column("Date").get(0);
      long start = System.nanoTime();
      DataFrame indexed = flights.setIndex("Date").persist();
      long persisted = System.nanoTime();
      Table byIndex = indexed.loc(day).compute();
      long located = System.nanoTime();
      Table byFilter = flights.filter(col("Date").eq(day)).compute();
      long filtered = System.nanoTime();
      indexed.release();
      System.out.printf(Locale.ROOT, "  setindex-loc: set_index+persist_s=%.3f partitions=%d"
          + " loc_s=%.3f filter_without_index_s=%.3f%n", (persisted - start) / 1e9,
          indexed.npartitions(), (located - persisted) / 1e9, (filtered - located) / 1e9);
      String label = day instanceof LocalDateTime time
          ? time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) : day.toString();
      return List.of(List.of(label, (long) byIndex.rowCount(),
          (long) byFilter.rowCount(), byIndex.numberColumn("DepDelay").mean()));
    }

    @Override
    public List<List<Object>> duckdb(Connection connection, String files) throws Exception {
      List<List<Object>> first = Queries.sql(connection,
          "SELECT CAST(Date AS VARCHAR) FROM " + files + " LIMIT 1");
      String day = first.get(0).get(0).toString();
      return Queries.sql(connection, "SELECT CAST(Date AS VARCHAR), count(*), count(*),"
          + " avg(DepDelay) FROM " + files + " WHERE CAST(Date AS VARCHAR) = '" + day + "'"
          + " GROUP BY Date");
    }
  }

  /**
   * Sorts every row by Date into memory: Floe's {@code setIndex("Date").persist()} against
   * DuckDB's {@code CREATE TABLE … AS SELECT * … ORDER BY Date}; answers the rows and the first
   * and last dates.
   */
  private static final class SetIndexSort implements Query {
    @Override
    public String name() {
      return "setindex-sort";
    }

    @Override
    public List<List<Object>> floe(FlightsData data) {
      DataFrame indexed = data.frame().setIndex("Date").persist();
      try {
        List<Object> divisions = indexed.divisions().orElseThrow();
        return List.of(List.of(indexed.length(), label(divisions.get(0)),
            label(divisions.get(divisions.size() - 1))));
      } finally {
        indexed.release();
      }
    }

    private static String label(Object day) {
      return day instanceof LocalDateTime time
          ? time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) : day.toString();
    }

    @Override
    public List<List<Object>> duckdb(Connection connection, String files) throws Exception {
      try (java.sql.Statement statement = connection.createStatement()) {
        statement.execute("CREATE OR REPLACE TEMP TABLE sorted_flights AS SELECT * FROM "
            + files + " ORDER BY Date");
        List<List<Object>> answer = Queries.sql(connection, "SELECT count(*),"
            + " CAST(min(Date) AS VARCHAR), CAST(max(Date) AS VARCHAR) FROM sorted_flights");
        statement.execute("DROP TABLE sorted_flights");
        return answer;
      }
    }
  }

  /**
   * Merges with a small carriers table (broadcast) and counts flights per carrier name; then
   * joins the flights with themselves on FlightNum and Date (hash shuffle) and answers the rows
   * and the mean of the other side's delay.
   */
  private static final class JoinCarriers implements Query {
    @Override
    public String name() {
      return "join-carriers";
    }

    @Override
    public List<List<Object>> floe(FlightsData data) {
      DataFrame flights = data.frame();
      DataFrame carriers = DataFrame.readCsv(List.of(carriersFile()), CsvOptions.defaults());
      List<List<Object>> answer = new ArrayList<>(Queries.rows(
          flights.merge(carriers, JoinKind.INNER, List.of("UniqueCarrier"), List.of("code"))
              .groupBy("carrier").size().compute()));
      DataFrame narrow = flights.select("FlightNum", "Date", "DepDelay");
      DataFrame pairs = narrow.merge(narrow, JoinKind.INNER, "FlightNum", "Date");
      answer.add(Floe.computeAll(List.of(pairs.column("FlightNum").count(),
          pairs.column("DepDelay_y").mean())));
      return answer;
    }

    @Override
    public List<List<Object>> duckdb(Connection connection, String files) throws Exception {
      String carriers = "read_csv('" + carriersFile() + "', header=true)";
      List<List<Object>> answer = new ArrayList<>(Queries.sql(connection,
          "SELECT c.carrier, count(*) FROM " + files + " f JOIN " + carriers
              + " c ON f.UniqueCarrier = c.code GROUP BY c.carrier ORDER BY c.carrier"));
      answer.addAll(Queries.sql(connection, "SELECT count(*), avg(b.DepDelay) FROM " + files
          + " a JOIN " + files + " b ON a.FlightNum = b.FlightNum AND a.Date = b.Date"));
      return answer;
    }
  }

  private static Path carriersFile;

  private static synchronized Path carriersFile() {
    if (carriersFile == null) {
      try {
        Path folder = Files.createTempDirectory("floe-carriers");
        carriersFile = folder.resolve("carriers.csv");
        Files.writeString(carriersFile, CARRIERS);
        carriersFile.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the carriers table", e);
      }
    }
    return carriersFile;
  }
}
