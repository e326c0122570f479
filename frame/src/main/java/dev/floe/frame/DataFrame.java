package dev.floe.frame;

import dev.floe.frame.kernel.Aggregation;
import dev.floe.frame.kernel.Rows;
import dev.floe.frame.kernel.Stats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.plan.CsvSource;
import dev.floe.frame.plan.Lowering;
import dev.floe.frame.plan.Step;
import dev.floe.io.chunk.Chunk;
import dev.floe.io.chunk.DType;
import dev.floe.io.csv.CsvOptions;
import dev.floe.planner.expr.Expr;
import dev.floe.planner.optimize.Cull;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.function.Fn1;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import dev.floe.io.csv.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A lazy, partitioned table: CSV files read in blocks, with filters and new columns applied to
 * every partition. Every method returns a new DataFrame; nothing is read until a result is asked
 * for ({@link #compute()}, {@link #length()}, a reduction's {@code compute()}).
 *
 * <pre>{@code
 * DataFrame df = DataFrame.readCsv("data/flights/*.csv", CsvOptions.defaults().parseDates("Date"));
 * Table byOrigin = df.filter(col("Cancelled").eq(0)).groupBy("Origin").col("DepDelay").mean().compute();
 * }</pre>
 */
public final class DataFrame {
  private final CsvSource source;
  private final List<Step> steps;
  private final List<String> columns;
  private final List<DType> dtypes;

  private DataFrame(CsvSource source, List<Step> steps, List<String> columns, List<DType> dtypes) {
    this.source = source;
    this.steps = List.copyOf(steps);
    this.columns = List.copyOf(columns);
    this.dtypes = List.copyOf(dtypes);
  }

  /** Reads the files a pattern names ({@code data/*.csv}), with pandas' default options. */
  public static DataFrame readCsv(String pattern) {
    return readCsv(pattern, CsvOptions.defaults());
  }

  /** Reads the files a pattern names ({@code data/*.csv}). */
  public static DataFrame readCsv(String pattern, CsvOptions options) {
    return readCsv(Paths.expand(pattern), options);
  }

  /**
   * Reads the given files, one partition per block of about {@link CsvOptions#blockSizeBytes}.
   * Column types are inferred now, from the start of every file.
   */
  public static DataFrame readCsv(List<Path> files, CsvOptions options) {
    CsvSource source = new CsvSource(files, options);
    return new DataFrame(source, List.of(), source.schema().columns(), source.schema().dtypes());
  }

  /** The column names. */
  public List<String> columns() {
    return columns;
  }

  /** Each column's type, in column order. */
  public Map<String, DType> dtypes() {
    Map<String, DType> types = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      types.put(columns.get(i), dtypes.get(i));
    }
    return types;
  }

  /** How many partitions the data is read in. */
  public int npartitions() {
    return source.partitions();
  }

  /** The column {@code name} as a Series. */
  public Series col(String name) {
    return new Series(this, name, dtypeOf(name));
  }

  /** These columns only, in this order. */
  public DataFrame select(String... names) {
    List<DType> types = new ArrayList<>();
    for (String name : names) {
      types.add(dtypeOf(name));
    }
    return with(new Step.Select(Arrays.asList(names)), Arrays.asList(names), types);
  }

  /** The rows where {@code condition} is true; a missing value counts as false. */
  public DataFrame filter(Expr condition) {
    checkColumns(condition);
    return with(new Step.Filter(condition), columns, dtypes);
  }

  /**
   * With the column {@code name} set to {@code value} for every row (added, or replaced when it
   * exists). Its type is that of a numeric result (int64 or float64) or bool for comparisons.
   */
  public DataFrame withColumn(String name, Expr value) {
    checkColumns(value);
    DType type = inferType(value);
    List<String> names = new ArrayList<>(columns);
    List<DType> types = new ArrayList<>(dtypes);
    int index = names.indexOf(name);
    if (index >= 0) {
      types.set(index, type);
    } else {
      names.add(name);
      types.add(type);
    }
    return with(new Step.WithColumn(name, value), names, types);
  }

  /**
   * Applies {@code function} to every partition, as a Tablesaw table, and takes the tables it
   * returns as the new partitions — the escape hatch for anything the API lacks. The output
   * columns are learnt by calling the function once on an empty table with this frame's columns,
   * so it must accept one.
   */
  public DataFrame mapPartitions(Fn1<Table, Table> function) {
    Table empty = Tables.toTable("empty", columns, dtypes, List.of());
    Table meta;
    try {
      meta = function.apply(empty);
    } catch (Exception e) {
      throw new IllegalArgumentException("mapPartitions calls the function on an empty table"
          + " with columns " + columns + " to learn its output columns, and it failed: " + e, e);
    }
    return with(new Step.MapPartitions(function, columns, dtypes), meta.columnNames(),
        Tables.dtypes(meta));
  }

  /** Without the rows that have a missing value in any column. */
  public DataFrame dropNa() {
    return dropNa(columns.toArray(new String[0]));
  }

  /** Without the rows that have a missing value in any of {@code subset}. */
  public DataFrame dropNa(String... subset) {
    for (String name : subset) {
      dtypeOf(name);
    }
    return with(new Step.DropNa(Arrays.asList(subset)), columns, dtypes);
  }

  /**
   * With the missing values of {@code column} replaced by {@code value}. An int64 column filled
   * with a decimal becomes float64.
   */
  public DataFrame fillNa(String column, Object value) {
    DType type = dtypeOf(column);
    DType filled = type == DType.INT64 && value instanceof Number
        && !(value instanceof Long || value instanceof Integer) ? DType.FLOAT64 : type;
    List<DType> types = new ArrayList<>(dtypes);
    types.set(columns.indexOf(column), filled);
    return with(new Step.FillNa(column, value), columns, types);
  }

  /** With {@code column} converted to {@code type} (numbers to numbers, anything to string). */
  public DataFrame astype(String column, DType type) {
    dtypeOf(column);
    List<DType> types = new ArrayList<>(dtypes);
    types.set(columns.indexOf(column), type);
    return with(new Step.AsType(column, type), columns, types);
  }

  /** The last {@code n} rows, reading partitions from the end only until it has them. */
  public Table tail(int n) {
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = source.partitions() - 1; p >= 0 && have < n; p--) {
      Chunk chunk = partition(p);
      int keep = Math.min(n - have, chunk.rows());
      int[] rows = new int[keep];
      for (int i = 0; i < keep; i++) {
        rows[i] = chunk.rows() - keep + i;
      }
      boolean[] mask = new boolean[chunk.rows()];
      for (int row : rows) {
        mask[row] = true;
      }
      chunks.add(0, Rows.select(chunk, mask));
      have += keep;
    }
    return Tables.toTable("tail", columns, dtypes, chunks);
  }

  /**
   * Writes one CSV file per partition into {@code folder} ({@code part-00000.csv}, …), in
   * parallel, each written whole or not at all; returns the files in partition order.
   */
  public List<Path> toCsv(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
    TaskGraph.Builder graph = TaskGraph.builder();
    String target = folder.toAbsolutePath().toString();
    List<TaskKey> written = new ArrayList<>();
    List<TaskKey> parts = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, chunk -> Rows.columns(chunk, columns), graph);
    for (int p = 0; p < parts.size(); p++) {
      String name = String.format("part-%05d.csv", p);
      Task write = new Task(TaskKey.of("to-csv", parts.get(p), target, name), "to-csv",
          List.of(parts.get(p)), inputs -> {
            Path file = Path.of(target, name);
            CsvWriter.write((Chunk) inputs[0], file);
            return file.toString();
          });
      graph.add(write);
      written.add(write.key());
    }
    Task all = new Task(TaskKey.of("files", written), "files", written,
        inputs -> Arrays.stream(inputs).map(f -> Path.of((String) f)).toList());
    graph.add(all);
    return Delayed.<List<Path>>of(graph.build(), all.key()).compute();
  }

  /** Groups rows by the values of {@code keys}, for aggregations per group. */
  public GroupBy groupBy(String... keys) {
    for (String key : keys) {
      dtypeOf(key);
    }
    return new GroupBy(this, List.of(keys));
  }

  /** The mean of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> mean() {
    return aggregate(Aggregation.MEAN);
  }

  /** The sum of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> sum() {
    return aggregate(Aggregation.SUM);
  }

  /** The least value of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> min() {
    return aggregate(Aggregation.MIN);
  }

  /** The greatest value of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> max() {
    return aggregate(Aggregation.MAX);
  }

  /** The sample standard deviation of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> std() {
    return aggregate(Aggregation.STD);
  }

  /** The sample variance of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> var() {
    return aggregate(Aggregation.VAR);
  }

  /** The non-missing count of every numeric column; see {@link #aggregate}. */
  public Delayed<Table> count() {
    return aggregate(Aggregation.COUNT);
  }

  /**
   * One aggregation of every numeric column, from one read: a table with a {@code column} column
   * (the names) and one named after the aggregation — pandas' {@code df.mean()} as a table.
   */
  public Delayed<Table> aggregate(Aggregation aggregation) {
    List<String> numeric = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (dtypes.get(i).isNumeric()) {
        numeric.add(columns.get(i));
      }
    }
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> partials = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(numeric),
        "frame-stats", numeric, chunk -> {
          List<Stats> stats = new ArrayList<>();
          for (String name : numeric) {
            stats.add(Stats.of(chunk.column(name)));
          }
          return stats;
        }, graph);
    TaskKey merged = TreeReduce.reduce(partials, "merge-frame-stats", (left, right) -> {
      List<?> a = (List<?>) left;
      List<?> b = (List<?>) right;
      List<Stats> stats = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        stats.add(((Stats) a.get(i)).merge((Stats) b.get(i)));
      }
      return stats;
    }, graph);
    Task result = new Task(TaskKey.of("frame-" + aggregation, merged), "frame-" + aggregation,
        List.of(merged), inputs -> {
          Table table = Table.create(aggregation.toString());
          StringColumn names = StringColumn.create("column");
          DoubleColumn values = DoubleColumn.create(aggregation.toString());
          List<?> stats = (List<?>) inputs[0];
          for (int i = 0; i < numeric.size(); i++) {
            names.append(numeric.get(i));
            values.append(((Stats) stats.get(i)).value(aggregation));
          }
          return table.addColumns(names, values);
        });
    graph.add(result);
    return Delayed.of(graph.build(), result.key());
  }

  /** The number of rows, computed now (reading no column values, only record boundaries). */
  public long length() {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> counts = Lowering.partitionTasks(source, steps, Set.of(), "count-rows", null,
        chunk -> (long) chunk.rows(), graph);
    TaskKey total = TreeReduce.reduce(counts, "sum-counts",
        (left, right) -> (Long) left + (Long) right, graph);
    Delayed<Long> length = Delayed.of(graph.build(), total);
    return length.compute();
  }

  /** Every row, read in parallel, as one Tablesaw table. */
  public Table compute() {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> parts = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, chunk -> Rows.columns(chunk, columns), graph);
    List<String> names = columns;
    List<DType> types = dtypes;
    Task concat = new Task(TaskKey.of("to-table", parts), "to-table", parts, inputs -> {
      List<Chunk> chunks = new ArrayList<>();
      for (Object input : inputs) {
        chunks.add((Chunk) input);
      }
      return Tables.toTable("floe", names, types, chunks);
    });
    graph.add(concat);
    Delayed<Table> table = Delayed.of(graph.build(), concat.key());
    return table.compute();
  }

  /** The first {@code n} rows, reading partitions in order only until it has them. */
  public Table head(int n) {
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = 0; p < source.partitions() && have < n; p++) {
      Chunk chunk = Rows.head(partition(p), n - have);
      chunks.add(chunk);
      have += chunk.rows();
    }
    return Tables.toTable("head", columns, dtypes, chunks);
  }

  /** Computes one partition's rows (its read and steps only). */
  private Chunk partition(int p) {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> all = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, chunk -> Rows.columns(chunk, columns), graph);
    TaskGraph culled = Cull.cull(graph.build(), List.of(all.get(p)));
    return Delayed.<Chunk>of(culled, all.get(p)).compute();
  }

  /** E.g. {@code DataFrame(npartitions=16, columns=[Origin: string, DepDelay: float64])}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DataFrame(npartitions=" + npartitions() + ", columns=[");
    for (int i = 0; i < columns.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(columns.get(i)).append(": ").append(dtypes.get(i));
    }
    return text.append("])").toString();
  }

  CsvSource source() {
    return source;
  }

  List<Step> steps() {
    return steps;
  }

  DType dtypeOf(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columns);
    }
    return dtypes.get(index);
  }

  private DataFrame with(Step step, List<String> names, List<DType> types) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new DataFrame(source, more, names, types);
  }

  private void checkColumns(Expr expr) {
    for (String name : expr.columns()) {
      dtypeOf(name);
    }
  }

  private DType inferType(Expr expr) {
    if (expr instanceof Expr.Column column) {
      return dtypeOf(column.name());
    }
    if (expr instanceof Expr.Literal literal) {
      Object value = literal.value();
      return value instanceof Long || value instanceof Integer ? DType.INT64
          : value instanceof Number ? DType.FLOAT64
          : value instanceof Boolean ? DType.BOOL
          : DType.STRING;
    }
    if (expr instanceof Expr.Function function) {
      return function.function() == Expr.Fn.CONTAINS || function.function() == Expr.Fn.STARTS_WITH
          ? DType.BOOL : DType.INT64;
    }
    if (expr instanceof Expr.Binary binary && binary.op().isArithmetic()) {
      DType left = inferType(binary.left());
      DType right = inferType(binary.right());
      return left == DType.INT64 && right == DType.INT64 && binary.op() != Expr.Op.DIVIDE
          ? DType.INT64 : DType.FLOAT64;
    }
    return DType.BOOL;
  }
}
