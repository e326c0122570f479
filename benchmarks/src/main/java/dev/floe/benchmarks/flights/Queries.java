package dev.floe.benchmarks.flights;

import dev.floe.Floe;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The tutorial's queries, each on Floe and in SQL. */
final class Queries {
  private static final String NOT_CANCELLED = "CAST(Cancelled AS INTEGER) = 0";

  private Queries() {}

  static List<Query> all() {
    List<Query> all = new ArrayList<>(basic());
    all.addAll(IndexQueries.all());
    return all;
  }

  private static List<Query> basic() {
    return List.of(
        query("rows", data -> List.of(List.of(data.frame().length())),
            "SELECT count(*) FROM FLIGHTS"),
        query("not-cancelled",
            data -> List.of(List.of(data.frame().filter(data.notCancelled()).length())),
            "SELECT count(*) FROM FLIGHTS WHERE " + NOT_CANCELLED),
        query("mean-delay-by-origin",
            data -> rows(data.frame().groupBy("Origin").column("DepDelay").mean().compute()),
            "SELECT Origin, avg(DepDelay) FROM FLIGHTS GROUP BY Origin ORDER BY Origin"),
        query("mean-delay-by-dow",
            data -> rows(data.frame().groupBy("DayOfWeek").column("DepDelay").mean().compute()),
            "SELECT DayOfWeek, avg(DepDelay) FROM FLIGHTS GROUP BY DayOfWeek ORDER BY DayOfWeek"),
        query("max-delay",
            data -> List.of(List.of(data.frame().column("DepDelay").max().compute())),
            "SELECT max(DepDelay) FROM FLIGHTS"),
        query("mean-std-delay",
            data -> List.of(Floe.computeAll(List.of(data.frame().column("DepDelay").mean(),
                data.frame().column("DepDelay").std()))),
            "SELECT avg(DepDelay), stddev_samp(DepDelay) FROM FLIGHTS"),
        // many groups: a few hundred destinations, thousands of tail numbers and routes
        query("mean-delay-by-dest",
            data -> rows(data.frame().groupBy("Dest").column("DepDelay").mean().compute()),
            "SELECT Dest, avg(DepDelay) FROM FLIGHTS GROUP BY Dest ORDER BY Dest"),
        query("mean-delay-by-tailnum",
            data -> rows(data.frame().groupBy("TailNum").column("DepDelay").mean().compute()),
            "SELECT TailNum, avg(DepDelay) FROM FLIGHTS WHERE TailNum IS NOT NULL"
                + " GROUP BY TailNum ORDER BY TailNum"),
        query("mean-delay-by-route",
            data -> rows(data.frame().groupBy("Origin", "Dest").column("DepDelay").mean()
                .compute()),
            "SELECT Origin, Dest, avg(DepDelay) FROM FLIGHTS GROUP BY Origin, Dest"
                + " ORDER BY Origin, Dest"),
        query("three-results", Queries::threeResults,
            "SELECT Origin, avg(DepDelay), (SELECT avg(DepDelay) FROM FLIGHTS),"
                + " (SELECT avg(ArrDelay) FROM FLIGHTS) FROM FLIGHTS GROUP BY Origin ORDER BY Origin"),
        query("count-not-cancelled-by-origin",
            data -> rows(data.frame().filter(data.notCancelled()).groupBy("Origin").size()
                .compute()),
            "SELECT Origin, count(*) FROM FLIGHTS WHERE " + NOT_CANCELLED
                + " GROUP BY Origin ORDER BY Origin"));
  }

  /**
   * Three results over the same files computed together — the mean delay by origin, the mean
   * departure and arrival delays — each group row followed by the two means; the plans share one
   * scan, so every block is parsed once.
   */
  private static List<List<Object>> threeResults(FlightsData data) {
    var all = Floe.compute(data.frame().groupBy("Origin").column("DepDelay").mean(),
        data.frame().column("DepDelay").mean(), data.frame().column("ArrDelay").mean());
    List<List<Object>> rows = rows(all.first());
    for (List<Object> row : rows) {
      row.add(all.second());
      row.add(all.third());
    }
    return rows;
  }

  interface FloeSide {
    List<List<Object>> answer(FlightsData data) throws Exception;
  }

  private static Query query(String name, FloeSide floe, String sql) {
    return new Query() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<List<Object>> floe(FlightsData data) throws Exception {
        return floe.answer(data);
      }

      @Override
      public List<List<Object>> duckdb(Connection connection, String files) throws SQLException {
        return sql(connection, sql.replace("FLIGHTS", files));
      }
    };
  }

  static List<List<Object>> rows(Table table) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : table) {
      List<Object> values = new ArrayList<>();
      for (int c = 0; c < table.columnCount(); c++) {
        values.add(row.getObject(c));
      }
      rows.add(values);
    }
    return rows;
  }

  static List<List<Object>> sql(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
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
}
