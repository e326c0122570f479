package dev.floe.frame;

import dev.floe.frame.kernel.Aggregation;
import dev.floe.frame.kernel.GroupedStats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.plan.Lowering;
import dev.floe.io.chunk.Chunk;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Rows grouped by key columns. Each partition aggregates its own rows (fused with reading and
 * filtering), and the partial aggregates are merged as a tree; the result is a table with the key
 * columns and the aggregated values, sorted by key as pandas sorts groups. Rows with a missing key
 * are left out, as pandas does by default; {@link #dropna dropna(false)} keeps them as groups of
 * their own, sorted last.
 */
public final class GroupBy {
  private final DataFrame frame;
  private final List<String> keys;
  private final Completion completion;
  private final boolean dropna;

  /** What is done to the grouped rows before they become a table (resampling fills gaps). */
  interface Completion extends java.io.Serializable {
    Chunk apply(Chunk grouped, List<Aggregation> aggregations);
  }

  GroupBy(DataFrame frame, List<String> keys) {
    this(frame, keys, (grouped, aggregations) -> grouped);
  }

  GroupBy(DataFrame frame, List<String> keys, Completion completion) {
    this(frame, keys, completion, true);
  }

  private GroupBy(DataFrame frame, List<String> keys, Completion completion, boolean dropna) {
    this.frame = frame;
    this.keys = List.copyOf(keys);
    this.completion = completion;
    this.dropna = dropna;
  }

  /**
   * Whether rows with a missing key value are left out (true, pandas' default) or grouped under
   * the missing key (false, as SQL's {@code GROUP BY} does); missing keys sort last.
   */
  public GroupBy dropna(boolean dropna) {
    return new GroupBy(frame, keys, completion, dropna);
  }

  /** One column to aggregate per group. */
  public SeriesGroupBy col(String name) {
    if (keys.contains(name)) {
      throw new IllegalArgumentException("cannot aggregate '" + name + "': it is a group key of"
          + " this group-by " + keys + ", and its result column would have the key's name");
    }
    if (!frame.dtypeOf(name).isNumeric()) {
      throw new IllegalArgumentException("cannot aggregate column '" + name + "' of type "
          + frame.dtypeOf(name) + "; group aggregations need int64 or float64");
    }
    return new SeriesGroupBy(name);
  }

  /** How many rows each group has. */
  public Delayed<Table> size() {
    return aggregate(null, "size", List.of(Aggregation.SIZE));
  }

  private Delayed<Table> aggregate(String value, String resultName, List<Aggregation> aggregations) {
    TaskGraph.Builder graph = TaskGraph.builder();
    Set<String> needed = new LinkedHashSet<>(keys);
    if (value != null) {
      needed.add(value);
    }
    List<String> groupKeys = keys;
    boolean dropMissing = dropna;
    List<TaskKey> partials = Lowering.partitionTasks(frame.source(), frame.steps(), needed,
        "group-stats", Arrays.asList(groupKeys, value, dropMissing),
        chunk -> GroupedStats.of(chunk, groupKeys, value, dropMissing), graph);
    TaskKey merged = TreeReduce.reduce(partials, "merge-group-stats",
        (left, right) -> ((GroupedStats) left).merge((GroupedStats) right), graph);
    Completion complete = completion;
    Task result = new Task(TaskKey.of("group-" + aggregations, merged, resultName, complete),
        "group-" + aggregations, List.of(merged), inputs -> {
          Chunk chunk = complete.apply(
              ((GroupedStats) inputs[0]).toChunk(resultName, aggregations), aggregations);
          return Tables.toTable(resultName, chunk.names(),
              chunk.columns().stream().map(c -> c.type()).toList(), List.of(chunk));
        });
    graph.add(result);
    return Plans.delayed(graph, result.key());
  }

  /** One column of grouped rows, as pandas' {@code df.groupby(keys)[column]}. */
  public final class SeriesGroupBy {
    private final String value;

    private SeriesGroupBy(String value) {
      this.value = value;
    }

    /** The mean per group. */
    public Delayed<Table> mean() {
      return agg(Aggregation.MEAN);
    }

    /** The sum per group. */
    public Delayed<Table> sum() {
      return agg(Aggregation.SUM);
    }

    /** The non-missing count per group. */
    public Delayed<Table> count() {
      return agg(Aggregation.COUNT);
    }

    /** The rows per group, missing values included. */
    public Delayed<Table> size() {
      return agg(Aggregation.SIZE);
    }

    /** The least value per group. */
    public Delayed<Table> min() {
      return agg(Aggregation.MIN);
    }

    /** The greatest value per group. */
    public Delayed<Table> max() {
      return agg(Aggregation.MAX);
    }

    /** The sample standard deviation per group (ddof 1). */
    public Delayed<Table> std() {
      return agg(Aggregation.STD);
    }

    /** The sample variance per group (ddof 1). */
    public Delayed<Table> var() {
      return agg(Aggregation.VAR);
    }

    /** The first non-missing value per group. */
    public Delayed<Table> first() {
      return agg(Aggregation.FIRST);
    }

    /** The last non-missing value per group. */
    public Delayed<Table> last() {
      return agg(Aggregation.LAST);
    }

    /**
     * Several aggregations at once, from one pass: one column each, named {@code
     * column_aggregation} ({@code DepDelay_mean}); a single one keeps the column's name.
     */
    public Delayed<Table> agg(Aggregation... aggregations) {
      if (aggregations.length == 0) {
        throw new IllegalArgumentException("agg needs at least one aggregation");
      }
      return aggregate(value, value, List.of(aggregations));
    }
  }
}
