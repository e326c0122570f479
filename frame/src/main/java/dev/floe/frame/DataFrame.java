package dev.floe.frame;

import dev.floe.frame.kernel.Frequency;
import dev.floe.frame.kernel.Labels;
import dev.floe.frame.kernel.Rows;
import dev.floe.frame.kernel.Stats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.plan.Blockwise;
import dev.floe.frame.plan.CsvSource;
import dev.floe.frame.plan.Divisions;
import dev.floe.frame.plan.ExprTypes;
import dev.floe.frame.plan.FramePlan;
import dev.floe.frame.plan.FramePlanner;
import dev.floe.frame.plan.Gather;
import dev.floe.frame.plan.Prune;
import dev.floe.frame.plan.Reduce;
import dev.floe.frame.plan.Scan;
import dev.floe.core.Schema;
import dev.floe.frame.plan.Step;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.DType;
import dev.floe.io.csv.CsvOptions;
import dev.floe.io.csv.CsvWriter;
import dev.floe.io.output.OutputFolder;
import dev.floe.core.Expr;
import dev.floe.runtime.display.HtmlDisplayable;
import dev.floe.core.function.Fn1;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A lazy, partitioned table: CSV files read in blocks, with filters and new columns applied to
 * every partition. Every method returns a new DataFrame over a larger logical plan; nothing is
 * read until a result is asked for ({@link #compute()}, {@link #length()}, a reduction's {@code
 * compute()}), and then the plan is optimized — with every other result computed at the same
 * time, see {@link dev.floe.Floe#compute} — and lowered to tasks. {@link #explain()} shows both
 * plans and the tasks.
 *
 * <pre>{@code
 * DataFrame df = DataFrame.readCsv("data/flights/*.csv", CsvOptions.defaults().parseDates("Date"));
 * Table byOrigin = df.filter(col("Cancelled").eq(0)).groupBy("Origin").column("DepDelay").mean().compute();
 * }</pre>
 */
public final class DataFrame implements HtmlDisplayable, Lazy<Table> {
  private final FramePlan plan;
  private final String index; // null: no index

  DataFrame(FramePlan plan, String index) {
    this.plan = plan;
    this.index = index;
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
    return new DataFrame(Scan.of(new CsvSource(files, options)), null);
  }

  /**
   * A frame over a Tablesaw table already in memory (a lookup table, a JDBC result read with
   * Tablesaw), as one partition. See {@link #fromTables}.
   */
  public static DataFrame fromTable(Table table) {
    return fromTables(List.of(table));
  }

  /**
   * A frame over Tablesaw tables already in memory, one partition each, in order. They must have
   * the same column names and types; integer columns (long, int, short) become int64, floating
   * ones float64, text string (an empty text is missing, as in Tablesaw), dates and date-times
   * stay; other column types are refused, naming the column. The rows are copied now, so later
   * changes to the tables do not reach the frame.
   */
  public static DataFrame fromTables(List<Table> tables) {
    return InMemoryTables.frame(tables);
  }

  /** The column names, without the index (see {@link #index()}). */
  public List<String> columns() {
    return plan.schema().names().stream().filter(name -> !name.equals(index)).toList();
  }

  /** Each column's type, in column order, without the index. */
  public Map<String, DType> dtypes() {
    Map<String, DType> types = new LinkedHashMap<>();
    Schema schema = plan.schema();
    for (int i = 0; i < schema.names().size(); i++) {
      if (!schema.names().get(i).equals(index)) {
        types.put(schema.names().get(i), schema.dtypes().get(i));
      }
    }
    return types;
  }

  /**
   * How many partitions a computation of this frame reads: after the optimizer has ruled out the
   * partitions that known divisions exclude.
   */
  public int npartitions() {
    return FramePlanner.optimize(plan).partitions();
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
    if (!knownDivisions()) {
      return Optional.empty();
    }
    DType type = dtypeOf(index);
    Divisions divisions = FramePlanner.optimize(plan).divisions();
    return Optional.of(divisions.bounds().stream().map(key -> Labels.toLabel(key, type)).toList());
  }

  /** Whether the partitions' index bounds are known (after {@link #setIndex}). */
  public boolean knownDivisions() {
    return index != null && plan.divisions() != null && plan.divisions().column().equals(index);
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
    return new DataFrame(plan, null);
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
  public Series column(String name) {
    return new Series(this, name, dtypeOf(name));
  }

  /** These columns only, in this order (and the index, if any). */
  public DataFrame select(String... names) {
    List<String> kept = new ArrayList<>();
    if (index != null) {
      kept.add(index);
    }
    for (String name : names) {
      dtypeOf(name);
      if (!kept.contains(name)) {
        kept.add(name);
      }
    }
    return with(new Step.Select(kept));
  }

  /**
   * The rows where {@code condition} is true; a missing value counts as false. With known
   * divisions, comparisons of the index with constants rule out partitions that cannot match
   * (the optimizer's partition pruning).
   */
  public DataFrame filter(Expr condition) {
    ExprTypes.requireCondition(condition, this::dtypeOf);
    return with(new Step.Filter(condition));
  }

  /**
   * With the column {@code name} set to {@code value} for every row (added, or replaced when it
   * exists). Its type is the expression's: int64 or float64 for arithmetic, bool for comparisons
   * and tests, the column's own for a plain column; a type error is thrown now.
   */
  public DataFrame withColumn(String name, Expr value) {
    ExprTypes.typeOf(value, this::dtypeOf);
    checkNotIndex(name, "withColumn");
    return with(new Step.WithColumn(name, value));
  }

  /**
   * Applies {@code function} to every partition, as a Tablesaw table, and takes the tables it
   * returns as the new partitions — the escape hatch for anything the API lacks. The output
   * columns are learnt by calling the function once on an empty table with this frame's columns,
   * so it must accept one.
   */
  public DataFrame mapPartitions(Fn1<Table, Table> function) {
    Schema schema = plan.schema();
    Table empty = Tables.toTable("empty", schema.names(), schema.dtypes(), List.of());
    Table meta;
    try {
      meta = function.apply(empty);
    } catch (Exception e) {
      throw new IllegalArgumentException("mapPartitions calls the function on an empty table"
          + " with columns " + schema.names() + " to learn its output columns, and it failed: "
          + e, e);
    }
    DataFrame mapped = with(new Step.MapPartitions(function, schema.names(), schema.dtypes(),
        new Schema(meta.columnNames(), Tables.dtypes(meta))));
    return index != null && meta.columnNames().contains(index) ? mapped
        : mapped.resetIndex(); // the index went with the function's output
  }

  /** Without the rows that have a missing value in any column. */
  public DataFrame dropNa() {
    return dropNa(plan.schema().names().toArray(new String[0]));
  }

  /** Without the rows that have a missing value in any of {@code subset}. */
  public DataFrame dropNa(String... subset) {
    for (String name : subset) {
      dtypeOf(name);
    }
    return with(new Step.DropNa(Arrays.asList(subset)));
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
      case INT32, FLOAT32 -> false; // no frame column has an array type
    };
    if (!fits) {
      throw new IllegalArgumentException("cannot fill missing values of the " + type
          + " column '" + column + "' with " + value
          + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")"));
    }
    return with(new Step.FillNa(column, value));
  }

  /** With {@code column} converted to {@code type} (numbers to numbers, anything to string). */
  public DataFrame astype(String column, DType type) {
    dtypeOf(column);
    checkNotIndex(column, "astype");
    if (!type.isFrameType()) {
      throw type.notAFrameType("astype of column '" + column + "'");
    }
    return with(new Step.AsType(column, type));
  }

  /** The last {@code n} rows, reading partitions from the end only until it has them. */
  public Table tail(int n) {
    FramePlan optimized = FramePlanner.optimize(plan);
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = optimized.partitions() - 1; p >= 0 && have < n; p--) {
      Chunk chunk = partition(optimized, p);
      int keep = Math.min(n - have, chunk.rows());
      boolean[] mask = new boolean[chunk.rows()];
      Arrays.fill(mask, chunk.rows() - keep, chunk.rows(), true);
      chunks.add(0, Rows.select(chunk, mask));
      have += keep;
    }
    return toTable("tail", chunks);
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
    String staging = output.staging().toString();
    List<String> names = plan.schema().names();
    Gather write = new Gather(plan, "to-csv", staging, partition -> chunk -> {
      String name = partName(partition);
      CsvWriter.write(Rows.columns(chunk, names), Path.of(staging, name));
      return name;
    }, "files", parts -> parts.length);
    int parts;
    try {
      parts = FramePlanner.<Integer>lazy(write).compute();
    } catch (RuntimeException | Error e) {
      output.abort();
      throw e;
    }
    output.commit();
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      files.add(output.target().resolve(partName(p)));
    }
    return files;
  }

  private static String partName(int partition) {
    return String.format("part-%05d.csv", partition);
  }

  /** Groups rows by the values of {@code keys}, for aggregations per group. */
  public GroupBy groupBy(String... keys) {
    for (String key : keys) {
      dtypeOf(key);
    }
    return new GroupBy(this, List.of(keys));
  }

  /** The mean of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> mean() {
    return aggregate(Aggregation.MEAN);
  }

  /** The sum of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> sum() {
    return aggregate(Aggregation.SUM);
  }

  /** The least value of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> min() {
    return aggregate(Aggregation.MIN);
  }

  /** The greatest value of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> max() {
    return aggregate(Aggregation.MAX);
  }

  /** The sample standard deviation of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> std() {
    return aggregate(Aggregation.STD);
  }

  /** The sample variance of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> var() {
    return aggregate(Aggregation.VAR);
  }

  /** The non-missing count of every numeric column; see {@link #aggregate}. */
  public Lazy<Table> count() {
    return aggregate(Aggregation.COUNT);
  }

  /**
   * One aggregation of every numeric column, from one read: a table with a {@code column} column
   * (the names) and one named after the aggregation — pandas' {@code df.mean()} as a table.
   */
  public Lazy<Table> aggregate(Aggregation aggregation) {
    if (aggregation == Aggregation.MEDIAN) {
      throw new IllegalArgumentException("aggregate(MEDIAN) of whole columns is not offered; the"
          + " median per group is: groupBy(keys).column(name).median()");
    }
    List<String> numeric = new ArrayList<>();
    Schema schema = plan.schema();
    for (int i = 0; i < schema.names().size(); i++) {
      if (schema.dtypes().get(i).isNumeric()) {
        numeric.add(schema.names().get(i));
      }
    }
    Reduce stats = new Reduce(plan, numeric, "frame-stats", numeric, chunk -> {
      List<Stats> all = new ArrayList<>();
      for (String name : numeric) {
        all.add(Stats.of(chunk.column(name)));
      }
      return all;
    }, new Reduce.Merge("merge-frame-stats", (left, right) -> {
      List<?> a = (List<?>) left;
      List<?> b = (List<?>) right;
      List<Stats> all = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        all.add(((Stats) a.get(i)).merge((Stats) b.get(i)));
      }
      return all;
    }), List.of());
    return FramePlanner.lazy(stats.then("frame-" + aggregation, null, merged -> {
      List<?> all = (List<?>) merged;
      double[] values = new double[numeric.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = ((Stats) all.get(i)).value(aggregation);
      }
      return Tables.namedValues(aggregation.toString(), "column", numeric,
          aggregation.toString(), values);
    }));
  }

  /** The number of rows, computed now (reading no column values, only record boundaries). */
  public long length() {
    Reduce count = new Reduce(plan, List.of(), "count-rows", null, chunk -> (long) chunk.rows(),
        new Reduce.Merge("sum-counts", (left, right) -> (Long) left + (Long) right), List.of());
    return FramePlanner.<Long>lazy(count).compute();
  }

  /** Frames are planned by the frame planner; computed, a frame is every row as one table. */
  @Override
  public Planner planner() {
    return toLazy().planner();
  }

  /** The plan of the whole frame as one table. */
  @Override
  public Object plan() {
    return toLazy().plan();
  }

  /** The whole frame as one lazy table, to compute together with other results. */
  public Lazy<Table> toLazy() {
    Schema schema = plan.schema();
    List<String> names = schema.names();
    List<DType> types = schema.dtypes();
    return FramePlanner.lazy(new Gather(plan, "partition", names,
        partition -> chunk -> Rows.columns(chunk, names), "to-table", parts -> {
          List<Chunk> chunks = new ArrayList<>();
          for (Object part : parts) {
            chunks.add((Chunk) part);
          }
          return Tables.toTable("floe", names, types, chunks);
        }));
  }

  /** The first {@code n} rows, reading partitions in order only until it has them. */
  public Table head(int n) {
    FramePlan optimized = FramePlanner.optimize(plan);
    List<Chunk> chunks = new ArrayList<>();
    int have = 0;
    for (int p = 0; p < optimized.partitions() && have < n; p++) {
      Chunk chunk = Rows.head(partition(optimized, p), n - have);
      chunks.add(chunk);
      have += chunk.rows();
    }
    return toTable("head", chunks);
  }

  /** Computes partition {@code p} of an optimized plan of this frame (its columns, in order). */
  private Chunk partition(FramePlan optimized, int p) {
    List<String> names = plan.schema().names();
    Gather one = new Gather(new Prune(optimized, List.of(p)), "partition", names,
        partition -> chunk -> Rows.columns(chunk, names), "first", parts -> parts[0]);
    return FramePlanner.<Chunk>lazy(one).compute();
  }

  private Table toTable(String name, List<Chunk> chunks) {
    Schema schema = plan.schema();
    return Tables.toTable(name, schema.names(), schema.dtypes(), chunks);
  }

  /**
   * The frame as a notebook shows it, after Dask: its columns over their dtypes, the partition
   * count, the index and its divisions when known; nothing is computed.
   */
  @Override
  public String toHtml() {
    return FrameHtml.structure(this);
  }

  /** E.g. {@code DataFrame(npartitions=16, columns=[Origin: STRING, DepDelay: FLOAT64])}. */
  @Override
  public String toString() {
    return "DataFrame(npartitions=" + npartitions()
        + (index == null ? "" : ", index=" + index + (knownDivisions() ? " (divisions known)" : ""))
        + ", columns=" + plan.schema() + ")";
  }

  /** The logical plan this frame stands for. */
  FramePlan logicalPlan() {
    return plan;
  }

  /** The partition count of the plan as written (before pruning), which plan nodes refer to. */
  int planPartitions() {
    return plan.partitions();
  }

  /** The index bounds in Keys form, or null. */
  List<Object> keyDivisions() {
    return knownDivisions() ? plan.divisions().bounds() : null;
  }

  DType dtypeOf(String name) {
    return plan.schema().dtypeOf(name);
  }

  /** This frame with one more row-wise step (divisions stay known if the step keeps them). */
  DataFrame with(Step step) {
    return new DataFrame(new Blockwise(plan, List.of(step)), index);
  }

  private void checkNotIndex(String column, String method) {
    if (column.equals(index)) {
      throw new IllegalArgumentException(method + " cannot change the index '" + index
          + "'; resetIndex() first");
    }
  }
}
