package dev.floe.benchmarks.dbbench;

import dev.floe.benchmarks.Measure;
import dev.floe.benchmarks.Options;
import dev.floe.frame.DataFrame;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Runs db-benchmark's questions on Floe and DuckDB in one JVM and prints per question {@code
 * question=q1 floe_csv_s=… duckdb_csv_s=… csv_ratio=… floe_mem_s=… duckdb_mem_s=… mem_ratio=…
 * match=true}: Floe reading the CSV files in every run and Floe over persisted frames, DuckDB
 * over the same CSV files (a view over {@code read_csv}) and over in-memory tables. Each is the
 * median of {@code --runs}; loading the persisted frames and the tables is timed apart. Answers
 * are compared by the benchmark's checksum: the row count and the sum of each value column.
 */
public final class DbBenchmark {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private DbBenchmark() {}

  /** Runs the benchmark; returns 1 when an answer did not match. */
  public static int run(Options options) throws Exception {
    Path folder = Path.of(options.text("data", "data/dbbench"));
    int rows = options.integer("rows", 10_000_000);
    int runs = options.integer("runs", 3);
    List<String> wanted = Arrays.asList(options.text("questions", "all").split(","));
    List<String> sets = Arrays.asList(options.text("sets", "groupby,groupby-na,join").split(","));
    String memory = options.text("modes", "csv,memory");
    int exit = 0;
    for (String set : sets) {
      Map<String, Path> files = new LinkedHashMap<>();
      List<Question> questions;
      switch (set) {
        case "groupby", "groupby-na" -> {
          files.put("x", DbBenchData.groupBy(folder, rows, set.equals("groupby") ? 0 : 5));
          questions = Questions.groupBy();
        }
        case "join" -> {
          Path[] join = DbBenchData.join(folder, rows);
          files.put("x", join[0]);
          files.put("small", join[1]);
          files.put("medium", join[2]);
          files.put("big", join[3]);
          questions = Questions.join();
        }
        default -> throw new IllegalArgumentException("unknown set '" + set
            + "'; the sets are groupby, groupby-na, join");
      }
      questions = questions.stream()
          .filter(q -> wanted.contains("all") || wanted.contains(q.name())).toList();
      if (questions.isEmpty()) {
        continue;
      }
      Measure.warm(files.values());
      System.out.printf(Locale.ROOT, "# set=%s files=%s%n", set, files.values().stream()
          .map(p -> p.getFileName().toString()).toList());
      exit |= runSet(questions, files, runs, memory.contains("csv"), memory.contains("memory"));
    }
    return exit;
  }

  /**
   * Every question over CSV first, then over memory: a persisted frame stands in for any frame
   * that reads the same files the same way, so reading CSV must be measured before persisting.
   */
  private static int runSet(List<Question> questions, Map<String, Path> files, int runs,
      boolean csv, boolean memory) throws Exception {
    Map<String, List<Double>> floeSums = new LinkedHashMap<>();
    Map<String, List<Double>> duckSums = new LinkedHashMap<>();
    Map<String, StringBuilder> lines = new LinkedHashMap<>();
    for (Question question : questions) {
      lines.put(question.name(), new StringBuilder("question=" + question.name()));
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckdb.createStatement()) {
      if (csv) {
        for (Map.Entry<String, Path> file : files.entrySet()) {
          sql.execute("CREATE OR REPLACE VIEW " + file.getKey() + " AS SELECT * FROM "
              + readCsv(file.getValue()));
        }
        for (Question question : questions) {
          double[] floe = new double[runs];
          double[] duck = new double[runs];
          for (int r = 0; r < runs; r++) {
            Map<String, DataFrame> frames = new LinkedHashMap<>();
            long start = System.nanoTime();
            files.forEach((name, file) -> frames.put(name, read(file)));
            Table answer = question.floe().answer(frames);
            floe[r] = seconds(start);
            floeSums.put(question.name(), checksum(answer, question.checked()));
          }
          for (int r = 0; r < runs; r++) {
            duck[r] = duckdb(sql, question);
          }
          duckSums.put(question.name(), duckChecksum(sql, question.checked()));
          append(lines.get(question.name()), "csv", Measure.median(floe), Measure.median(duck));
          System.out.println("# " + lines.get(question.name()));
        }
      }
      Map<String, List<Double>> floeMemSums = new LinkedHashMap<>();
      if (memory) {
        Map<String, DataFrame> persisted = new LinkedHashMap<>();
        long start = System.nanoTime();
        files.forEach((name, file) -> persisted.put(name, read(file).persist()));
        double floeLoad = seconds(start);
        start = System.nanoTime();
        for (Map.Entry<String, Path> file : files.entrySet()) {
          sql.execute("CREATE OR REPLACE TABLE mem_" + file.getKey() + " AS SELECT * FROM "
              + readCsv(file.getValue()));
          sql.execute("CREATE OR REPLACE VIEW " + file.getKey() + " AS SELECT * FROM mem_"
              + file.getKey());
        }
        System.out.printf(Locale.ROOT, "# load floe_persist_s=%.3f duckdb_table_s=%.3f%n",
            floeLoad, seconds(start));
        for (Question question : questions) {
          double[] floe = new double[runs];
          double[] duck = new double[runs];
          for (int r = 0; r < runs; r++) {
            start = System.nanoTime();
            Table answer = question.floe().answer(persisted);
            floe[r] = seconds(start);
            floeMemSums.put(question.name(), checksum(answer, question.checked()));
          }
          for (int r = 0; r < runs; r++) {
            duck[r] = duckdb(sql, question);
          }
          duckSums.putIfAbsent(question.name(), duckChecksum(sql, question.checked()));
          append(lines.get(question.name()), "mem", Measure.median(floe), Measure.median(duck));
        }
        persisted.values().forEach(DataFrame::release);
      }
      int exit = 0;
      for (Question question : questions) {
        List<Double> duck = duckSums.get(question.name());
        List<Double> floe = floeSums.get(question.name());
        List<Double> floeMem = floeMemSums.get(question.name());
        boolean match = (floe == null || same(floe, duck)) && (floeMem == null || same(floeMem, duck));
        StringBuilder line = lines.get(question.name()).append(" match=").append(match);
        System.out.println(line);
        if (!match) {
          System.out.println("  floe:   " + floe + " " + floeMem);
          System.out.println("  duckdb: " + duck);
          exit = 1;
        }
      }
      return exit;
    }
  }

  private static DataFrame read(Path file) {
    return DataFrame.readCsv(file.toString());
  }

  private static String readCsv(Path file) {
    return "read_csv('" + file.toAbsolutePath() + "', header=true)";
  }

  /** Times DuckDB making the whole answer, as db-benchmark does ({@code CREATE TABLE ans}). */
  private static double duckdb(Statement sql, Question question) throws SQLException {
    sql.execute("DROP TABLE IF EXISTS ans");
    long start = System.nanoTime();
    sql.execute("CREATE TEMP TABLE ans AS " + question.sql());
    return seconds(start);
  }

  private static List<Double> duckChecksum(Statement sql, List<String> columns)
      throws SQLException {
    StringBuilder query = new StringBuilder("SELECT count(*)");
    for (String column : columns) {
      query.append(", sum(").append(column).append(")::DOUBLE");
    }
    try (ResultSet result = sql.executeQuery(query.append(" FROM ans").toString())) {
      result.next();
      List<Double> sums = new ArrayList<>();
      for (int c = 1; c <= columns.size() + 1; c++) {
        sums.add(result.getDouble(c));
      }
      return sums;
    }
  }

  /** The row count, then the sum of each checked column's present values. */
  private static List<Double> checksum(Table answer, List<String> columns) {
    List<Double> sums = new ArrayList<>();
    sums.add((double) answer.rowCount());
    for (String column : columns) {
      NumericColumn<?> values = (NumericColumn<?>) answer.column(column);
      double sum = 0;
      for (int i = 0; i < values.size(); i++) {
        if (!values.isMissing(i)) {
          sum += values.getDouble(i);
        }
      }
      sums.add(sum);
    }
    return sums;
  }

  private static boolean same(List<Double> a, List<Double> b) {
    if (a == null || b == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      double u = a.get(i);
      double v = b.get(i);
      if (u != v && Math.abs(u - v) > RELATIVE_TOLERANCE * Math.max(Math.abs(u), Math.abs(v))) {
        return false;
      }
    }
    return true;
  }

  private static void append(StringBuilder line, String mode, double floe, double duck) {
    line.append(String.format(Locale.ROOT, " floe_%s_s=%.3f duckdb_%s_s=%.3f %s_ratio=%.2f",
        mode, floe, mode, duck, mode, floe / duck));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
