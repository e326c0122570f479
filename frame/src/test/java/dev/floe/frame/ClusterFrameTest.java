package dev.floe.frame;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.io.csv.CsvOptions;
import dev.floe.cluster.LocalCluster;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * DataFrames on a cluster of two worker JVMs give exactly the tables the local scheduler gives:
 * table chunks travel between workers as Arrow IPC, functions as serialized objects.
 */
class ClusterFrameTest {
  @TempDir static Path folder;
  private static LocalCluster cluster;
  private static Scheduler local;
  private static DataFrame df;

  @BeforeAll
  static void start() throws Exception {
    Random random = new Random(7);
    String[] origins = {"EWR", "JFK", "LGA", "BOS"};
    for (int f = 0; f < 3; f++) {
      StringBuilder text = new StringBuilder("Date,Origin,DepDelay,Cancelled\n");
      for (int r = 0; r < 4000; r++) {
        boolean cancelled = random.nextInt(20) == 0;
        text.append(String.format("1990-%02d-%02d,%s,%s,%d%n", 1 + r % 12, 1 + r % 28,
            origins[random.nextInt(origins.length)],
            cancelled ? "" : Integer.toString(random.nextInt(200) - 20), cancelled ? 1 : 0));
      }
      Files.writeString(folder.resolve(String.format("flights-%02d.csv", f)), text);
    }
    Files.writeString(folder.resolve("cities.txt"),
        "Origin,City\nEWR,Newark\nJFK,New York\nLGA,New York\n");
    df = DataFrame.readCsv(folder + "/*.csv",
        CsvOptions.defaults().parseDates("Date").blockSizeBytes(16 << 10));
    local = Schedulers.local(2);
    cluster = LocalCluster.start(2, 1);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
    if (local != null) {
      local.close();
    }
  }

  /** The table printed in full, computed on {@code scheduler}. */
  private static String on(Scheduler scheduler, Supplier<Table> query) {
    Scheduler previous = Schedulers.setDefault(scheduler);
    try {
      return query.get().printAll();
    } finally {
      Schedulers.restoreDefault(scheduler, previous);
    }
  }

  private static void sameOnBoth(Supplier<Table> query) {
    assertThat(on(cluster.scheduler(), query)).isEqualTo(on(local, query));
  }

  @Test
  void groupByMean() {
    sameOnBoth(() -> df.groupBy("Origin").column("DepDelay").mean().compute());
  }

  @Test
  void filteredGroupByAggregates() {
    sameOnBoth(() -> df.filter(col("Cancelled").eq(0)).groupBy("Origin").column("DepDelay")
        .agg(Aggregation.MEAN, Aggregation.MAX, Aggregation.COUNT).compute());
  }

  @Test
  void setIndexPersistAndLoc() {
    sameOnBoth(() -> {
      DataFrame indexed = df.setIndex("Date").persist();
      try {
        return indexed.loc("1990-03-05").compute();
      } finally {
        indexed.release();
      }
    });
  }

  @Test
  void mergeOnAShuffle() {
    sameOnBoth(() -> {
      DataFrame cities = DataFrame.readCsv(folder.resolve("cities.txt").toString(),
          CsvOptions.defaults());
      return df.merge(cities, JoinKind.LEFT, "Origin").sortValues("DepDelay").head(50);
    });
  }

  @Test
  void framesOverTablesTravelToTheWorkers() {
    tech.tablesaw.api.Table lookup = tech.tablesaw.api.Table.create("lookup",
        tech.tablesaw.api.StringColumn.create("Origin", "LGA", "JFK", "EWR"),
        tech.tablesaw.api.IntColumn.create("rank", new int[] {1, 2, 3}));
    DataFrame ranks = DataFrame.fromTables(java.util.List.of(lookup, lookup.copy()));
    sameOnBoth(() -> df.merge(ranks, JoinKind.INNER, "Origin").groupBy("rank")
        .column("DepDelay").mean().compute());
  }
}
