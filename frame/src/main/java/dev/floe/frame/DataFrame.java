package dev.floe.frame;

import dev.floe.frame.kernel.Aggregation;
import dev.floe.frame.kernel.Rows;
import dev.floe.frame.kernel.Stats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.kernel.Frequency;
import dev.floe.frame.kernel.JoinKind;
import dev.floe.frame.kernel.Labels;
import dev.floe.frame.plan.CsvSource;
import dev.floe.frame.plan.ExprTypes;
import dev.floe.frame.plan.FrameInput;
import dev.floe.frame.plan.Lowering;
import dev.floe.frame.plan.PartitionFunction;
import dev.floe.frame.plan.PartitionSource;
import dev.floe.frame.plan.Step;
import dev.floe.io.chunk.Chunk;
import dev.floe.io.chunk.DType;
import dev.floe.io.csv.CsvOptions;
import dev.floe.planner.expr.Expr;
import dev.floe.planner.optimize.Cull;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.display.GraphPicture;
import dev.floe.runtime.display.HtmlDisplayable;
import dev.floe.runtime.function.Fn1;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import dev.floe.io.csv.CsvWriter;
import dev.floe.io.output.OutputFolder;
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
import java.util.Optional;
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
public final class DataFrame implements HtmlDisplayable {
  private final PartitionSource source;
  private final List<Step> steps;
  private final List<String> columns; // with the index, first, when there is one
  private final List<DType> dtypes;
  private final String index; // null: no index
  private final List<Object> divisions; // in Keys form; null: unknown

  DataFrame(PartitionSource source, List<Step> steps, List<String> columns, List<DType> dtypes,
      String index, List<Object> divisions) {
    this.source = source;
    this.steps = List.copyOf(steps);
    this.columns = List.copyOf(columns);
    this.dtypes = List.copyOf(dtypes);
    this.index = index;
    this.divisions = divisions == null ? null : List.copyOf(divisions);
  }

  /** A frame over {@code source}, without steps or index. */
  static DataFrame of(PartitionSource source) {
    return new DataFrame(source, List.of(), source.columns(), source.dtypes(), null, null);
  }

  /** Reads the files a pattern names ({@code data/*.csv}), with pandas' default options. */
  public static DataFrame readCsv(String pattern) {
    return readCsv(pattern, CsvOptions.defaults());
  }

  /**
   * Reads the files a pattern names ({@code data/*.csv}), or the parts of a folder that {@link
   * #toCsv} wrote (which must be complete: it has {@code _SUCCESS} and no unfinished write).
   */
  public static DataFrame readCsv(String pattern, CsvOptions options) {
    return readCsv(Paths.expand(pattern), options);
  }

  /**
   * Reads the given files, one partition per block of about {@link CsvOptions#blockSizeBytes}.
   * Column types are inferred now, from the start of every file.
   */
  public static DataFrame readCsv(List<Path> files, CsvOptions options) {
    return of(new CsvSource(files, options));
  }

  /** The column names, without the index (see {@link #index()}). */
  public List<String> columns() {
    return index == null ? columns : columns.subList(1, columns.size());
  }

  /** Each column's type, in column order, without the index. */
  public Map<String, DType> dtypes() {
    Map<String, DType> types = new LinkedHashMap<>();
    for (int i = index == null ? 0 : 1; i < columns.size(); i++) {
      types.put(columns.get(i), dtypes.get(i));
    }
    return types;
  }

  /** How many partitions there are. */
  public int npartitions() {
    return source.partitions();
  }

  /** The index column's name, when {@link #setIndex} made one. */
  public Optional<String> index() {
    return Optional.ofNullable(index);
  }

  /**
   * The index bounds of the partitions, when known: {@code npartitions() + 1} values; partition
   * {@code i} holds the index values from {@code divisions[i]} up to but not including {@code
   * divisions[i + 1]}, the last one also {@code divisions[n]}. Dates come as {@link
   * java.time.LocalDate}, date-times as {@link java.time.LocalDateTime}.
   */
  public Optional<List<Object>> divisions() {
    if (divisions == null) {
      return Optional.empty();
    }
    DType type = dtypeOf(index);
    return Optional.of(divisions.stream().map(key -> Labels.toLabel(key, type)).toList());
  }

  /** Whether the partitions' index bounds are known (after {@link #setIndex}). */
  public boolean knownDivisions() {
    return divisions != null;
  }

  /**
   * Sorts the rows by {@code column} and makes it the index, with about as many partitions as
   * now. Reads the column once to choose the partition bounds (quantiles of a sample, and the
   * exact least and greatest value), then moves every row to the partition that owns its value
   * and sorts each partition. Rows with a missing value go to the last partition, last.
   */
  public DataFrame setIndex(String column) {
    return setIndex(column, npartitions());
  }

  /** {@link #setIndex(String)} into about {@code partitions} partitions (fewer if values repeat). */
  public DataFrame setIndex(String column, int partitions) {
    return Indexing.setIndex(this, column, partitions);
  }

  /** The index back as an ordinary (first) column; divisions are forgotten. */
  public DataFrame resetIndex() {
    return new DataFrame(source, steps, columns, dtypes, null, null);
  }

  /**
   * The rows whose index equals {@code label} ({@code "1991-01-01"}, a LocalDate, a number, …).
   * With known divisions only the partition that can hold it is read.
   */
  public DataFrame loc(Object label) {
    return Indexing.loc(this, label, label);
  }

  /**
   * The rows whose index is between {@code from} and {@code to}, both included (pandas' label
   * slice); a null bound is open. A row whose index is missing is in no range with a bound (it
   * compares false), and in {@code loc(null, null)}, which is every row. With known divisions
   * only overlapping partitions are read.
   */
  public DataFrame loc(Object from, Object to) {
    return Indexing.loc(this, from, to);
  }

  /**
   * The same rows in {@code partitions} partitions: neighbours are concatenated when there are
   * fewer, and each partition is cut into runs of rows when there are more; row order is kept.
   * Divisions stay known when partitions are only concatenated.
   */
  public DataFrame repartition(int partitions) {
    return Indexing.repartition(this, partitions);
  }

  /**
   * The same rows in partitions with the given index bounds ({@code divisions}, as {@link
   * #divisions()} gives them); needs known divisions, and the new ones must cover the old.
   */
  public DataFrame repartition(List<?> divisions) {
    return Indexing.repartition(this, divisions);
  }

  /**
   * The rows sorted by {@code column} (ascending, stable, missing last): sampled bounds, a
   * shuffle, and a sort within each partition, like {@link #setIndex} but keeping the column.
   */
  public DataFrame sortValues(String column) {
    return sortValues(column, true);
  }

  /** The rows sorted by {@code column}, ascending or descending (missing values last). */
  public DataFrame sortValues(String column, boolean ascending) {
    return Indexing.sortValues(this, column, ascending);
  }

  /**
   * Without rows that repeat an earlier row's values in every column; see {@link
   * #dropDuplicates(String...)}.
   */
  public DataFrame dropDuplicates() {
    return dropDuplicates(columns().toArray(new String[0]));
  }

  /**
   * Without rows that repeat an earlier row's values in {@code subset}: rows are hash-shuffled by
   * those values so that equal ones meet, and the first of each is kept (first in the original
   * order). The result's partitions are the hash partitions, so row order differs from pandas'.
   */
  public DataFrame dropDuplicates(String... subset) {
    return Indexing.dropDuplicates(this, List.of(subset));
  }

  /**
   * pandas' {@code merge}: the rows of this frame and {@code right} whose {@code on} columns match
   * (missing keys match each other, as in pandas), as {@code how} says. See {@link
   * #merge(DataFrame, JoinKind, List, List)}.
   */
  public DataFrame merge(DataFrame right, JoinKind how, String... on) {
    return merge(right, how, List.of(on), List.of(on));
  }

  /**
   * Joins on {@code leftOn} columns of this frame matching {@code rightOn} columns of {@code
   * right}. A key named alike on both sides appears once; other names on both sides get {@code
   * _x} and {@code _y}. One partition on one side is broadcast to every partition of the other
   * (when {@code how} allows); frames indexed on the keys with known divisions are joined
   * partition by partition (repartitioned to common divisions first if needed); otherwise both
   * sides are hash-shuffled on the keys.
   */
  public DataFrame merge(DataFrame right, JoinKind how, List<String> leftOn, List<String> rightOn) {
    return Joins.merge(this, right, how, leftOn, rightOn);
  }

  /**
   * pandas' {@code join}: matches this frame's index with {@code right}'s; the result keeps this
   * index. Column names other than the index must differ between the frames.
   */
  public DataFrame join(DataFrame right, JoinKind how) {
    return Joins.join(this, right, how);
  }

  /**
   * Groups the rows by period of the datetime index, for aggregations per period: {@code D},
   * {@code h}/{@code H}, {@code min}/{@code T}, {@code s}/{@code S}, {@code W} (weeks ending on
   * Sunday), {@code M}/{@code ME} and {@code MS} (month end and start), {@code Q}/{@code QE},
   * {@code QS}, {@code Y}/{@code YE}/{@code A} and {@code YS}/{@code AS}, labelled as pandas
   * labels them; periods without rows are included.
   */
  public Resampler resample(String frequency) {
    if (index == null || !(dtypeOf(index) == DType.DATE || dtypeOf(index) == DType.DATETIME)) {
      throw new IllegalArgumentException("resample needs a date or datetime index; "
          + (index == null ? "this frame has none (setIndex first)"
          : "the index '" + index + "' is " + dtypeOf(index)));
    }
    return new Resampler(this, Frequency.parse(frequency));
  }

  /**
   * Computes every partition now and keeps them in the default scheduler's memory (spilled to
   * disk under pressure); the frame returned reads them instead of recomputing, until {@link
   * #release()}.
   */
  public DataFrame persist() {
    return Persisting.persist(this);
  }

  /** Frees partitions {@link #persist()} kept; later computations recompute them. */
  public void release() {
    Persisting.release(this);
  }

  /** The column {@code name} (or the index) as a Series. */
  public Series col(String name) {
    return new Series(this, name, dtypeOf(name));
  }

  /** These columns only, in this order (and the index, if any). */
  public DataFrame select(String... names) {
    List<String> kept = new ArrayList<>();
    if (index != null) {
      kept.add(index);
    }
    for (String name : names) {
      if (!name.equals(index)) {
        kept.add(name);
      }
    }
    List<DType> types = new ArrayList<>();
    for (String name : kept) {
      types.add(dtypeOf(name));
    }
    return with(new Step.Select(kept), kept, types);
  }

  /**
   * The rows where {@code condition} is true; a missing value counts as false. With known
   * divisions, comparisons of the index with constants rule out partitions that cannot match.
   */
  public DataFrame filter(Expr condition) {
    ExprTypes.requireCondition(condition, this::dtypeOf);
    return Indexing.prune(this, condition).with(new Step.Filter(condition), columns, dtypes);
  }

  /**
   * With the column {@code name} set to {@code value} for every row (added, or replaced when it
   * exists). Its type is the expression's: int64 or float64 for arithmetic, bool for comparisons
   * and tests, the column's own for a plain column; a type error is thrown now.
   */
  public DataFrame withColumn(String name, Expr value) {
    DType type = ExprTypes.typeOf(value, this::dtypeOf);
    checkNotIndex(name, "withColumn");
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
    DataFrame mapped = with(new Step.MapPartitions(function, columns, dtypes),
        meta.columnNames(), Tables.dtypes(meta));
    return index != null && meta.columnNames().contains(index) ? mapped
        : mapped.resetIndex(); // the index went with the function's output
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
   * With the missing values of {@code column} replaced by {@code value}: a number for int64 and
   * float64 columns (an int64 column filled with a decimal becomes float64), a String, a Boolean,
   * a LocalDate or a LocalDateTime for the others; any other value is an error now.
   */
  public DataFrame fillNa(String column, Object value) {
    DType type = dtypeOf(column);
    checkNotIndex(column, "fillNa");
    boolean fits = switch (type) {
      case INT64, FLOAT64 -> value instanceof Number;
      case STRING -> value instanceof String;
      case BOOL -> value instanceof Boolean;
      case DATE -> value instanceof java.time.LocalDate;
      case DATETIME -> value instanceof java.time.LocalDateTime;
    };
    if (!fits) {
      throw new IllegalArgumentException("cannot fill missing values of the " + type
          + " column '" + column + "' with " + value
          + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")"));
    }
    DType filled = type == DType.INT64 && value instanceof Number
        && !(value instanceof Long || value instanceof Integer) ? DType.FLOAT64 : type;
    List<DType> types = new ArrayList<>(dtypes);
    types.set(columns.indexOf(column), filled);
    return with(new Step.FillNa(column, value), columns, types);
  }

  /** With {@code column} converted to {@code type} (numbers to numbers, anything to string). */
  public DataFrame astype(String column, DType type) {
    dtypeOf(column);
    checkNotIndex(column, "astype");
    List<DType> types = new ArrayList<>(dtypes);
    types.set(columns.indexOf(column), type);
    return with(new Step.AsType(column, type), columns, types);
  }

  /** The last {@code n} rows, reading partitions from the end only until it has them. */
  public Table tail(int n) {
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = npartitions() - 1; p >= 0 && have < n; p--) {
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
   * parallel, committed whole: the parts are written into a temporary folder beside it, which is
   * renamed to {@code folder} with a {@code _SUCCESS} marker once every part is written, so a
   * failed or killed write leaves no {@code folder} at all. An existing {@code folder} is an error;
   * see {@link #toCsv(Path, boolean)}. Returns the files in partition order.
   */
  public List<Path> toCsv(Path folder) {
    return toCsv(folder, false);
  }

  /**
   * {@link #toCsv(Path)}, replacing an existing {@code folder} when {@code overwrite} is true (it
   * is removed only once the new one is complete).
   */
  public List<Path> toCsv(Path folder, boolean overwrite) {
    OutputFolder output = OutputFolder.begin(folder, overwrite);
    TaskGraph.Builder graph = TaskGraph.builder();
    String staging = output.staging().toString();
    List<TaskKey> written = new ArrayList<>();
    List<TaskKey> parts = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, keeping(columns), graph);
    List<String> names = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      String name = String.format("part-%05d.csv", p);
      names.add(name);
      Task write = new Task(TaskKey.of("to-csv", parts.get(p), staging, name), "to-csv",
          List.of(parts.get(p)), inputs -> {
            CsvWriter.write((Chunk) inputs[0], Path.of(staging, name));
            return name;
          });
      graph.add(write);
      written.add(write.key());
    }
    Task all = new Task(TaskKey.of("files", written), "files", written, inputs -> inputs.length);
    graph.add(all);
    try {
      Plans.<Integer>delayed(graph, all.key()).compute();
    } catch (RuntimeException | Error e) {
      output.abort();
      throw e;
    }
    output.commit();
    return names.stream().map(output.target()::resolve).toList();
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
    return Plans.delayed(graph, result.key());
  }

  /** The number of rows, computed now (reading no column values, only record boundaries). */
  public long length() {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> counts = Lowering.partitionTasks(source, steps, Set.of(), "count-rows", null,
        chunk -> (long) chunk.rows(), graph);
    TaskKey total = TreeReduce.reduce(counts, "sum-counts",
        (left, right) -> (Long) left + (Long) right, graph);
    Delayed<Long> length = Plans.delayed(graph, total);
    return length.compute();
  }

  /** Every row, read in parallel, as one Tablesaw table. */
  public Table compute() {
    return toDelayed().compute();
  }

  /** The whole frame as one lazy table, to compute together with other results. */
  public Delayed<Table> toDelayed() {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> parts = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, keeping(columns), graph);
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
    return Plans.delayed(graph, concat.key());
  }

  /** The graph that computes the whole frame, as a picture (inline SVG in a notebook). */
  public GraphPicture visualize() {
    return toDelayed().visualize();
  }

  /** The first {@code n} rows, reading partitions in order only until it has them. */
  public Table head(int n) {
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = 0; p < npartitions() && have < n; p++) {
      Chunk chunk = Rows.head(partition(p), n - have);
      chunks.add(chunk);
      have += chunk.rows();
    }
    return Tables.toTable("head", columns, dtypes, chunks);
  }

  /**
   * The partition function that keeps {@code columns}. Static, so the task captures the list and
   * not this frame: task functions travel to cluster workers.
   */
  static PartitionFunction keeping(List<String> columns) {
    return chunk -> Rows.columns(chunk, columns);
  }

  /** Computes one partition's rows (its read and steps only). */
  private Chunk partition(int p) {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> all = Lowering.partitionTasks(source, steps, new LinkedHashSet<>(columns),
        "partition", columns, keeping(columns), graph);
    TaskGraph culled = Cull.cull(graph.build(), List.of(all.get(p)));
    return Delayed.<Chunk>of(culled, all.get(p)).compute();
  }

  /** E.g. {@code DataFrame(npartitions=16, columns=[Origin: string, DepDelay: float64])}. */
  /**
   * The frame as a notebook shows it, after Dask: its columns over their dtypes, the partition
   * count, the index and its divisions when known; nothing is computed.
   */
  @Override
  public String toHtml() {
    return FrameHtml.structure(this);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DataFrame(npartitions=" + npartitions()
        + (index == null ? "" : ", index=" + index + (divisions == null ? "" : " (divisions known)"))
        + ", columns=[");
    for (int i = 0; i < columns.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(columns.get(i)).append(": ").append(dtypes.get(i));
    }
    return text.append("])").toString();
  }

  PartitionSource source() {
    return source;
  }

  /** The columns with the index (first, when there is one). */
  List<String> allColumns() {
    return columns;
  }

  List<DType> allDtypes() {
    return dtypes;
  }

  /** The index bounds in Keys form, or null. */
  List<Object> keyDivisions() {
    return divisions;
  }

  /** This frame as the input of a shuffle or join. */
  FrameInput input() {
    return new FrameInput(source, steps, columns, dtypes);
  }

  /** This frame with its partitions taken from {@code pruned} (divisions follow). */
  DataFrame withSource(PartitionSource other, List<Object> otherDivisions) {
    return new DataFrame(other, steps, columns, dtypes, index, otherDivisions);
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
    return new DataFrame(source, more, names, types, index, divisions);
  }

  /** With a step that may change the index's values: the divisions are forgotten. */
  DataFrame withStep(Step step) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new DataFrame(source, more, columns, dtypes, index, null);
  }

  private void checkNotIndex(String column, String method) {
    if (column.equals(index)) {
      throw new IllegalArgumentException(method + " cannot change the index '" + index
          + "'; resetIndex() first");
    }
  }
}
