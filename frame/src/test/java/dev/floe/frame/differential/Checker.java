package dev.floe.frame.differential;

import dev.floe.frame.DataFrame;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs generated pipelines on Floe under several schedulers and partition layouts and compares
 * each result with DuckDB's; shrinks a mismatch to a small pipeline over few rows and reports it
 * as Java that reproduces it, with the seed.
 *
 * <p>A case is one seed: a table {@code t} (written in two partition layouts), a table {@code u}
 * sharing some column names (for merges), and {@link #PIPELINES_PER_CASE} pipelines over them.
 */
final class Checker implements AutoCloseable {
  static final int PIPELINES_PER_CASE = 10;
  private static final int SHRINK_BUDGET = 250;

  /**
   * A scheduler, which layout of {@code t} it reads, and whether the result is computed together
   * with other results over the same files (see {@link Pipeline#run(DataFrame, DataFrame,
   * boolean)}).
   */
  record Config(String name, Scheduler scheduler, boolean alternateLayout, boolean together) {
    Config(String name, Scheduler scheduler, boolean alternateLayout) {
      this(name, scheduler, alternateLayout, false);
    }
  }

  /** A mismatch, shrunk. */
  record Mismatch(long seed, int pipeline, String report) {}

  private final Oracle oracle;
  private final List<Config> configs;
  private final Path folder;
  private int folders;

  Checker(Path folder) throws SQLException {
    this.folder = folder;
    this.oracle = new Oracle();
    this.configs = List.of(new Config("sync", Schedulers.sync(), false),
        new Config("local(1)", Schedulers.local(1), false),
        new Config("local(2)", Schedulers.local(2), false),
        new Config("local(8)", Schedulers.local(8), false),
        new Config("local(2), other partitions", Schedulers.local(2), true),
        new Config("local(2), computed together", Schedulers.local(2), false, true));
  }

  /** Runs the case of {@code seed}; returns how many pipelines ran and reports mismatches. */
  int runCase(long seed, Consumer<Mismatch> mismatches) throws Exception {
    Random random = new Random(seed);
    Generator generator = new Generator(random);
    Data t = generator.table("t", List.of(), "");
    List<Shape.Col> shared = t.columns().subList(0, Math.min(2, t.columns().size()));
    Data u = generator.table("u", shared, "r");
    Data alternate = t.repartitioned(1 + random.nextInt(12), random);
    oracle.load(t);
    oracle.load(u);
    Frames frames = write(t, alternate, u);
    ExprGenerator.Values values = (col, r) -> sample(t, col, r);
    for (int p = 0; p < PIPELINES_PER_CASE; p++) {
      Pipeline pipeline = generator.pipeline(t, u, values);
      String sql = pipeline.sql(t);
      List<List<Object>> expected = oracle.query(sql);
      for (Config config : configs) {
        String difference = compare(pipeline, t, expected, frames, config);
        if (difference != null) {
          mismatches.accept(new Mismatch(seed, p,
              shrink(seed, p, pipeline, t, alternate, u, config, difference)));
          oracle.load(t);
          break;
        }
      }
    }
    return PIPELINES_PER_CASE;
  }

  /** A value of the column in {@code t}'s data when it is a column of {@code t} still. */
  private static Object sample(Data t, Shape.Col col, Random random) {
    int index = t.columns().stream().map(Shape.Col::name).toList().indexOf(col.name());
    if (index < 0 || t.columns().get(index).type() != col.type() || t.rows().isEmpty()) {
      return null;
    }
    return t.rows().get(random.nextInt(t.rows().size()))[index];
  }

  private record Frames(DataFrame t, DataFrame alternate, DataFrame u) {}

  private Frames write(Data t, Data alternate, Data u) {
    Path dir = folder.resolve("case-" + folders++);
    // the alternate layout is also the in-memory source: Tablesaw tables, one per partition
    return new Frames(t.write(dir.resolve("a")), alternate.writeAsTables(dir.resolve("b")),
        u.write(dir.resolve("u")));
  }

  private String compare(Pipeline pipeline, Data t, List<List<Object>> expected, Frames frames,
      Config config) {
    Scheduler previous = Schedulers.setDefault(config.scheduler());
    try {
      Object result = pipeline.run(config.alternateLayout() ? frames.alternate() : frames.t(),
          frames.u(), config.together());
      List<String> names = pipeline.names(t);
      if (names != null && result instanceof tech.tablesaw.api.Table table
          && !table.columnNames().equals(names)) {
        return "expected columns " + names + ", got " + table.columnNames();
      }
      return Results.difference(expected, Results.rows(result), pipeline.ordered(t));
    } catch (Throwable e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return "Floe failed: " + trace.toString().lines().limit(14)
          .reduce((a, b) -> a + "\n" + b).orElse("");
    } finally {
      Schedulers.restoreDefault(config.scheduler(), previous);
    }
  }

  /**
   * Whether the pipeline still fails on {@code t} (reloaded into DuckDB) under {@code config},
   * which reads {@code t}'s own layout.
   */
  private String failure(Pipeline pipeline, Data t, Data u, Config config) throws Exception {
    if (!pipeline.valid(t)) {
      return null;
    }
    oracle.load(t);
    List<List<Object>> expected;
    try {
      expected = oracle.query(pipeline.sql(t));
    } catch (SQLException e) {
      return null;
    }
    Path dir = folder.resolve("case-" + folders++);
    Frames frames = new Frames(t.write(dir.resolve("a")), null, u.write(dir.resolve("u")));
    return compare(pipeline, t, expected, frames, config);
  }

  /** A failing pipeline and its data, made smaller one accepted candidate at a time. */
  private final class Shrinking {
    Pipeline pipeline;
    Data data;
    String difference;
    private final Data u;
    private final Config config;
    private int budget = SHRINK_BUDGET;

    Shrinking(Pipeline pipeline, Data data, Data u, Config config, String difference) {
      this.pipeline = pipeline;
      this.data = data;
      this.u = u;
      this.config = config;
      this.difference = difference;
    }

    boolean exhausted() {
      return budget <= 0;
    }

    /** Keeps the candidate when it still fails; returns whether it did. */
    boolean attempt(Pipeline candidate, Data candidateData) throws Exception {
      if (budget-- <= 0) {
        return false;
      }
      String failed = failure(candidate, candidateData, u, config);
      if (failed == null) {
        return false;
      }
      pipeline = candidate;
      data = candidateData;
      difference = failed;
      return true;
    }
  }

  private String shrink(long seed, int index, Pipeline pipeline, Data t, Data alternate, Data u,
      Config config, String difference) throws Exception {
    Shrinking s = new Shrinking(pipeline, config.alternateLayout() ? alternate : t, u,
        new Config(config.name(), config.scheduler(), false, config.together()), difference);
    boolean progress = true;
    while (progress && !s.exhausted()) {
      progress = false;
      for (int i = s.pipeline.ops().size() - 1; i >= 0; i--) {
        progress |= s.attempt(s.pipeline.without(i), s.data);
      }
      for (Terminal simpler : List.of(new Terminal.Compute(), new Terminal.Length())) {
        if (!simpler.equals(s.pipeline.terminal())) {
          progress |= s.attempt(s.pipeline.withTerminal(simpler), s.data);
        }
      }
      for (int chunk = Math.max(1, s.data.rows().size() / 2); chunk >= 1 && !s.exhausted();
          chunk /= 2) {
        for (int start = 0; start < s.data.rows().size() && !s.exhausted(); start += chunk) {
          int end = Math.min(s.data.rows().size(), start + chunk);
          if (s.attempt(s.pipeline, without(s.data, start, end))) {
            progress = true;
            start -= chunk;
          }
        }
        if (chunk == 1) {
          break;
        }
      }
      if (s.data.partitions().size() > 1) {
        progress |= s.attempt(s.pipeline, new Data(s.data.name(), s.data.columns(),
            s.data.rows(), List.of(s.data.rows().size())));
      }
    }
    return report(seed, index, s.pipeline, s.data, u, config, s.difference);
  }

  /** {@code data} without rows {@code from} to {@code to}, each partition keeping the rest. */
  private static Data without(Data data, int from, int to) {
    List<Object[]> rows = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int at = 0;
    for (int size : data.partitions()) {
      int kept = 0;
      for (int r = at; r < at + size; r++) {
        if (r < from || r >= to) {
          rows.add(data.rows().get(r));
          kept++;
        }
      }
      sizes.add(kept);
      at += size;
    }
    return data.withRows(rows, sizes);
  }

  private String report(long seed, int index, Pipeline pipeline, Data t, Data u, Config config,
      String difference) throws Exception {
    StringBuilder java = new StringBuilder();
    java.append("// seed ").append(seed).append(", pipeline ").append(index).append(", on ")
        .append(config.name()).append(": ").append(difference.lines().findFirst().orElse(""))
        .append('\n');
    java.append("Path dir = Files.createTempDirectory(\"floe-repro\");\n");
    appendFiles(java, t);
    boolean merges = pipeline.ops().stream().anyMatch(op -> op instanceof Op.Merge);
    if (merges) {
      appendFiles(java, u);
    }
    java.append("DataFrame t = DataFrame.readCsv(dir + \"/t-*.csv\", ").append(t.optionsJava())
        .append(");\n");
    if (merges) {
      java.append("DataFrame u = DataFrame.readCsv(dir + \"/u-*.csv\", ").append(u.optionsJava())
          .append(");\n");
    }
    java.append("Schedulers.setDefault(").append(config.name().startsWith("sync")
        ? "Schedulers.sync()" : "Schedulers." + config.name().split(",")[0]).append(");\n");
    if (config.together()) {
      java.append("// computed in one Floe.computeAll with t.toLazy() and the frame's"
          + " aggregate(Aggregation.COUNT)\n");
    }
    java.append("System.out.println(").append(pipeline.java()).append(");\n");
    java.append("// DuckDB: ").append(pipeline.valid(t) ? pipeline.sql(t) : "?").append('\n');
    oracle.load(t);
    java.append("// expected: ").append(oracle.query(pipeline.sql(t))).append('\n');
    java.append("// ").append(difference.replace("\n", "\n// ")).append('\n');
    return java.toString();
  }

  private static void appendFiles(StringBuilder java, Data data) {
    int at = 0;
    for (int p = 0; p < data.partitions().size(); p++) {
      int size = data.partitions().get(p);
      java.append("Files.writeString(dir.resolve(\"").append(String.format("%s-%05d.csv",
          data.name(), p)).append("\"), ").append(Data.javaLiteral(data.csv(at, at + size)))
          .append(");\n");
      at += size;
    }
  }

  @Override
  public void close() throws Exception {
    oracle.close();
    for (Config config : configs) {
      if (config.scheduler() != Schedulers.sync()) {
        config.scheduler().close();
      }
    }
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
