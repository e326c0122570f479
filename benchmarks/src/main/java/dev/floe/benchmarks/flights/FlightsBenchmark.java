package dev.floe.benchmarks.flights;

import dev.floe.benchmarks.Measure;
import dev.floe.benchmarks.Options;
import dev.floe.frame.DataFrame;
import dev.floe.io.csv.CsvOptions;
import dev.floe.cluster.LocalCluster;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the flights queries on Floe and on DuckDB over the CSV files of a folder, and prints per
 * query {@code query=<name> floe_s=<s> duckdb_s=<s> ratio=<floe/duckdb> match=<true|false>}. Each
 * engine runs each query {@code --runs} times (median reported); the files are read once
 * beforehand so both engines start from a warm page cache. Floe's reading (schema inference,
 * block planning) is part of its time, as DuckDB's is of its own.
 */
public final class FlightsBenchmark {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private FlightsBenchmark() {}

  /**
   * Runs the benchmark; returns the exit code (1 when an answer did not match). With {@code
   * --cluster N} Floe runs on N worker JVMs on this machine (the cores shared among them), and
   * with {@code --kill-worker-after S} the first worker is killed S seconds after the start, as a
   * crash would; the answers must still match.
   */
  public static int run(Options options) throws Exception {
    int workers = options.integer("cluster", 0);
    if (workers == 0) {
      return runQueries(options);
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
    try (LocalCluster cluster = LocalCluster.start(workers, threads)) {
      System.out.printf(Locale.ROOT, "# cluster workers=%d threads_per_worker=%d%n", workers,
          threads);
      Scheduler previous = Schedulers.setDefault(cluster.scheduler());
      String killAfter = options.text("kill-worker-after", null);
      Thread killer = null;
      if (killAfter != null) {
        long millis = (long) (Double.parseDouble(killAfter) * 1000);
        killer = new Thread(() -> {
          try {
            Thread.sleep(millis);
            cluster.killWorker(0);
            System.out.printf(Locale.ROOT, "# killed worker-1 after %s s%n", killAfter);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "kill-worker");
        killer.setDaemon(true);
        killer.start();
      }
      try {
        return runQueries(options);
      } finally {
        if (killer != null) {
          killer.interrupt();
        }
        Schedulers.restoreDefault(cluster.scheduler(), previous);
      }
    }
  }

  private static int runQueries(Options options) throws Exception {
    Path folder = Path.of(options.text("data", "data/flights"));
    List<Path> files = csvFiles(folder);
    List<String> wanted = Arrays.asList(options.text("queries", "all").split(","));
    int runs = options.integer("runs", 3);
    String out = options.text("out", null);
    Measure.warm(files);
    String duckFiles = "read_csv([" + String.join(", ",
        files.stream().map(f -> "'" + f.toAbsolutePath() + "'").toList())
        + "], header=true, nullstr=['', 'NA', 'NaN', 'null'])";
    int exit = 0;
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Query query : Queries.all()) {
        if (!wanted.contains("all") && !wanted.contains(query.name())) {
          continue;
        }
        List<List<Object>> floeAnswer = null;
        double[] floeSeconds = new double[runs];
        for (int r = 0; r < runs; r++) {
          long start = System.nanoTime();
          FlightsData data = new FlightsData(
              DataFrame.readCsv(files, CsvOptions.defaults().parseDates("Date")));
          floeAnswer = query.floe(data);
          floeSeconds[r] = (System.nanoTime() - start) / 1e9;
        }
        List<List<Object>> duckAnswer = null;
        double[] duckSeconds = new double[runs];
        for (int r = 0; r < runs; r++) {
          long start = System.nanoTime();
          duckAnswer = query.duckdb(duckdb, duckFiles);
          duckSeconds[r] = (System.nanoTime() - start) / 1e9;
        }
        boolean match = matches(floeAnswer, duckAnswer);
        double floe = Measure.median(floeSeconds);
        double duck = Measure.median(duckSeconds);
        System.out.printf(Locale.ROOT, "query=%s floe_s=%.3f duckdb_s=%.3f ratio=%.2f match=%s%n",
            query.name(), floe, duck, floe / duck, match);
        if (!match) {
          System.out.println("  floe:   " + floeAnswer);
          System.out.println("  duckdb: " + duckAnswer);
          exit = 1;
        }
        if (out != null) {
          writeCsv(Path.of(out), query.name(), floeAnswer);
        }
      }
    }
    return exit;
  }

  private static List<Path> csvFiles(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".csv"))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .csv files in " + folder);
      }
      return files;
    }
  }


  /** Same shape, equal keys and counts, floats within 1e-9 relative. */
  static boolean matches(List<List<Object>> floe, List<List<Object>> duckdb) {
    if (floe.size() != duckdb.size()) {
      return false;
    }
    for (int r = 0; r < floe.size(); r++) {
      List<Object> a = floe.get(r);
      List<Object> b = duckdb.get(r);
      if (a.size() != b.size()) {
        return false;
      }
      for (int c = 0; c < a.size(); c++) {
        if (!same(a.get(c), b.get(c))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      double u = x.doubleValue();
      double v = y.doubleValue();
      return u == v || Math.abs(u - v) <= RELATIVE_TOLERANCE * Math.max(Math.abs(u), Math.abs(v));
    }
    return Objects.equals(String.valueOf(a), String.valueOf(b));
  }


  private static void writeCsv(Path folder, String name, List<List<Object>> rows)
      throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".csv");
    Path temporary = folder.resolve("." + name + ".csv.tmp");
    List<String> lines = new ArrayList<>();
    for (List<Object> row : rows) {
      lines.add(String.join(",", row.stream().map(String::valueOf).toList()));
    }
    Files.write(temporary, lines);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
