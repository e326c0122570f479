package dev.floe.benchmarks.dbbench;

import dev.floe.frame.Aggregation;
import dev.floe.frame.DataFrame;
import dev.floe.frame.GroupBy;
import dev.floe.frame.JoinKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * db-benchmark's questions as its Dask and DuckDB solutions ask them: group-bys keep missing keys
 * as groups ({@code dropna=False}) and need no order ({@code sort=False}); joins are pandas merges.
 */
final class Questions {
  private Questions() {}

  /** q1–q10 over the frame {@code x}. */
  static List<Question> groupBy() {
    return List.of(
        new Question("q1", "sum v1 by id1",
            f -> by(f, "id1").agg(map("v1", Aggregation.SUM)).compute(),
            "SELECT id1, sum(v1) AS v1 FROM x GROUP BY id1", List.of("v1")),
        new Question("q2", "sum v1 by id1:id2",
            f -> by(f, "id1", "id2").agg(map("v1", Aggregation.SUM)).compute(),
            "SELECT id1, id2, sum(v1) AS v1 FROM x GROUP BY id1, id2", List.of("v1")),
        new Question("q3", "sum v1 mean v3 by id3",
            f -> by(f, "id3").agg(map("v1", Aggregation.SUM, "v3", Aggregation.MEAN)).compute(),
            "SELECT id3, sum(v1) AS v1, avg(v3) AS v3 FROM x GROUP BY id3", List.of("v1", "v3")),
        new Question("q4", "mean v1:v3 by id4",
            f -> by(f, "id4").agg(map("v1", Aggregation.MEAN, "v2", Aggregation.MEAN,
                "v3", Aggregation.MEAN)).compute(),
            "SELECT id4, avg(v1) AS v1, avg(v2) AS v2, avg(v3) AS v3 FROM x GROUP BY id4",
            List.of("v1", "v2", "v3")),
        new Question("q5", "sum v1:v3 by id6",
            f -> by(f, "id6").agg(map("v1", Aggregation.SUM, "v2", Aggregation.SUM,
                "v3", Aggregation.SUM)).compute(),
            "SELECT id6, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3 FROM x GROUP BY id6",
            List.of("v1", "v2", "v3")),
        new Question("q6", "median v3 sd v3 by id4 id5",
            f -> by(f, "id4", "id5").agg(Map.of("v3", List.of(Aggregation.MEDIAN,
                Aggregation.STD))).compute(),
            "SELECT id4, id5, quantile_cont(v3, 0.5) AS v3_median, stddev(v3) AS v3_std"
                + " FROM x GROUP BY id4, id5", List.of("v3_median", "v3_std")),
        new Question("q7", "max v1 - min v2 by id3",
            f -> {
              Table t = by(f, "id3").agg(map("v1", Aggregation.MAX, "v2", Aggregation.MIN))
                  .compute();
              DoubleColumn range = ((NumericColumn<?>) t.column("v1")).asDoubleColumn()
                  .subtract(((NumericColumn<?>) t.column("v2")).asDoubleColumn())
                  .setName("range_v1_v2");
              return t.addColumns(range);
            },
            "SELECT id3, max(v1) - min(v2) AS range_v1_v2 FROM x GROUP BY id3",
            List.of("range_v1_v2")),
        new Question("q8", "largest two v3 by id6",
            f -> f.get("x").dropNa("v3").groupBy("id6").dropna(false).sort(false).column("v3")
                .nlargest(2).compute(),
            "SELECT id6, v3 FROM (SELECT id6, v3, row_number() OVER (PARTITION BY id6"
                + " ORDER BY v3 DESC) AS order_v3 FROM x WHERE v3 IS NOT NULL) sub_query"
                + " WHERE order_v3 <= 2", List.of("v3")),
        new Question("q9", "regression v1 v2 by id2 id4",
            f -> {
              Table t = by(f, "id2", "id4").corr("v1", "v2").compute();
              DoubleColumn corr = t.doubleColumn("corr");
              return t.addColumns(corr.multiply(corr).setName("r2"));
            },
            "SELECT id2, id4, pow(corr(v1, v2), 2) AS r2 FROM x GROUP BY id2, id4",
            List.of("r2")),
        new Question("q10", "sum v3 count by id1:id6",
            f -> by(f, "id1", "id2", "id3", "id4", "id5", "id6")
                .agg(map("v3", Aggregation.SUM, "v1", Aggregation.SIZE)).compute(),
            "SELECT id1, id2, id3, id4, id5, id6, sum(v3) AS v3, count(*) AS v1"
                + " FROM x GROUP BY id1, id2, id3, id4, id5, id6", List.of("v3", "v1")));
  }

  /** j1–j5 over {@code x} and the right sides {@code small}, {@code medium}, {@code big}. */
  static List<Question> join() {
    return List.of(
        new Question("j1", "small inner on int",
            f -> f.get("x").merge(f.get("small"), JoinKind.INNER, "id1").compute(),
            "SELECT x.*, small.id4 AS small_id4, v2 FROM x JOIN small USING (id1)",
            List.of("v1", "v2")),
        new Question("j2", "medium inner on int",
            f -> f.get("x").merge(f.get("medium"), JoinKind.INNER, "id2").compute(),
            "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4,"
                + " medium.id5 AS medium_id5, v2 FROM x JOIN medium USING (id2)",
            List.of("v1", "v2")),
        new Question("j3", "medium outer on int",
            f -> f.get("x").merge(f.get("medium"), JoinKind.LEFT, "id2").compute(),
            "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4,"
                + " medium.id5 AS medium_id5, v2 FROM x LEFT JOIN medium USING (id2)",
            List.of("v1", "v2")),
        new Question("j4", "medium inner on factor",
            f -> f.get("x").merge(f.get("medium"), JoinKind.INNER, "id5").compute(),
            "SELECT x.*, medium.id1 AS medium_id1, medium.id2 AS medium_id2,"
                + " medium.id4 AS medium_id4, v2 FROM x JOIN medium USING (id5)",
            List.of("v1", "v2")),
        new Question("j5", "big inner on int",
            f -> f.get("x").merge(f.get("big"), JoinKind.INNER, "id3").compute(),
            "SELECT x.*, big.id1 AS big_id1, big.id2 AS big_id2, big.id4 AS big_id4,"
                + " big.id5 AS big_id5, big.id6 AS big_id6, v2 FROM x JOIN big USING (id3)",
            List.of("v1", "v2")));
  }

  private static GroupBy by(Map<String, DataFrame> frames, String... keys) {
    return frames.get("x").groupBy(keys).dropna(false).sort(false);
  }

  private static Map<String, List<Aggregation>> map(Object... columnsAndAggregations) {
    Map<String, List<Aggregation>> map = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndAggregations.length; i += 2) {
      map.put((String) columnsAndAggregations[i],
          List.of((Aggregation) columnsAndAggregations[i + 1]));
    }
    return map;
  }
}
