package dev.floe.frame;

import dev.floe.frame.kernel.GroupedStats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.plan.FramePlanner;
import dev.floe.frame.plan.Reduce;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.runtime.lazy.Lazy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private final boolean sort;

  /** What is done to the grouped rows before they become a table (resampling fills gaps). */
  interface Completion extends java.io.Serializable {
    Chunk apply(Chunk grouped, List<Aggregation> aggregations);
  }

  GroupBy(DataFrame frame, List<String> keys) {
    this(frame, keys, (grouped, aggregations) -> grouped);
  }

  GroupBy(DataFrame frame, List<String> keys, Completion completion) {
    this(frame, keys, completion, true, true);
  }

  private GroupBy(DataFrame frame, List<String> keys, Completion completion, boolean dropna,
      boolean sort) {
    this.frame = frame;
    this.keys = List.copyOf(keys);
    this.completion = completion;
    this.dropna = dropna;
    this.sort = sort;
  }

  /**
   * Whether rows with a missing key value are left out (true, pandas' default) or grouped under
   * the missing key (false, as SQL's {@code GROUP BY} does); missing keys sort last.
   */
  public GroupBy dropna(boolean dropna) {
    return new GroupBy(frame, keys, completion, dropna, sort);
  }

  /**
   * Whether groups come sorted by key (true, pandas' default) or in the order they first appear
   * (false, pandas' {@code sort=False}), which saves sorting many groups.
   */
  public GroupBy sort(boolean sort) {
    return new GroupBy(frame, keys, completion, dropna, sort);
  }

  /** One column to aggregate per group. */
  public SeriesGroupBy column(String name) {
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
  public Lazy<Table> size() {
    return aggregate(null, "size", List.of(Aggregation.SIZE));
  }

  private Lazy<Table> aggregate(String value, String resultName, List<Aggregation> aggregations) {
    return FramePlanner.lazy(plan(value, resultName, aggregations));
  }

  /** The reduction that aggregates {@code value} per group (none: sizes only). */
  Reduce plan(String value, String resultName, List<Aggregation> aggregations) {
    return plan(Collections.singletonList(value), List.of(resultName), List.of(aggregations),
        resultName);
  }

  /**
   * Several columns aggregated per group in one read, as pandas' {@code agg({"v1": "sum", "v3":
   * ["mean", "max"]})}: the key columns, then per column its aggregations, named after the column
   * when it has one and {@code column_aggregation} when it has several, in the map's order (use a
   * {@link java.util.LinkedHashMap} to choose it).
   */
  public Lazy<Table> agg(Map<String, List<Aggregation>> aggregations) {
    if (aggregations.isEmpty()) {
      throw new IllegalArgumentException("agg needs at least one column to aggregate");
    }
    List<String> values = new ArrayList<>();
    List<List<Aggregation>> perValue = new ArrayList<>();
    for (Map.Entry<String, List<Aggregation>> entry : aggregations.entrySet()) {
      column(entry.getKey()); // checks the column
      if (entry.getValue().isEmpty()) {
        throw new IllegalArgumentException("no aggregation for column '" + entry.getKey() + "'");
      }
      values.add(entry.getKey());
      perValue.add(List.copyOf(entry.getValue()));
    }
    return FramePlanner.lazy(plan(values, values, perValue, "agg"));
  }

  /**
   * The reduction that gathers, per group, the statistics of each of {@code values} (null: row
   * counts only) in one pass over every partition, and makes the table: the keys, then each
   * value's aggregations named after {@code names}.
   */
  private Reduce plan(List<String> values, List<String> names,
      List<List<Aggregation>> perValue, String table) {
    List<String> needed = new ArrayList<>(keys);
    values.stream().filter(Objects::nonNull).forEach(needed::add);
    List<String> groupKeys = keys;
    boolean dropMissing = dropna;
    Completion complete = completion;
    boolean sorted = sort;
    List<Aggregation> all = perValue.stream().flatMap(List::stream).toList();
    return new Reduce(frame.logicalPlan(), needed, "group-stats",
        Arrays.asList(groupKeys, values, perValue, dropMissing),
        chunk -> GroupedStats.of(chunk, groupKeys, values, perValue, dropMissing),
        new Reduce.Merge("merge-group-stats",
            (left, right) -> ((GroupedStats) left).merge((GroupedStats) right)), List.of())
        .then("group-" + all, Arrays.asList(names, perValue, complete, sorted), merged -> {
          Chunk grouped = ((GroupedStats) merged).toChunk(names, perValue, sorted);
          Chunk chunk = complete.apply(grouped, all);
          return Tables.toTable(table, chunk.names(),
              chunk.columns().stream().map(ColumnData::type).toList(), List.of(chunk));
        });
  }

  /** One column of grouped rows, as pandas' {@code df.groupby(keys)[column]}. */
  public final class SeriesGroupBy {
    private final String value;

    private SeriesGroupBy(String value) {
      this.value = value;
    }

    /** The mean per group. */
    public Lazy<Table> mean() {
      return agg(Aggregation.MEAN);
    }

    /** The sum per group. */
    public Lazy<Table> sum() {
      return agg(Aggregation.SUM);
    }

    /** The non-missing count per group. */
    public Lazy<Table> count() {
      return agg(Aggregation.COUNT);
    }

    /** The rows per group, missing values included. */
    public Lazy<Table> size() {
      return agg(Aggregation.SIZE);
    }

    /** The least value per group. */
    public Lazy<Table> min() {
      return agg(Aggregation.MIN);
    }

    /** The greatest value per group. */
    public Lazy<Table> max() {
      return agg(Aggregation.MAX);
    }

    /** The sample standard deviation per group (ddof 1). */
    public Lazy<Table> std() {
      return agg(Aggregation.STD);
    }

    /** The sample variance per group (ddof 1). */
    public Lazy<Table> var() {
      return agg(Aggregation.VAR);
    }

    /** The first non-missing value per group. */
    public Lazy<Table> first() {
      return agg(Aggregation.FIRST);
    }

    /** The last non-missing value per group. */
    public Lazy<Table> last() {
      return agg(Aggregation.LAST);
    }

    /**
     * Several aggregations at once, from one pass: one column each, named {@code
     * column_aggregation} ({@code DepDelay_mean}); a single one keeps the column's name.
     */
    public Lazy<Table> agg(Aggregation... aggregations) {
      if (aggregations.length == 0) {
        throw new IllegalArgumentException("agg needs at least one aggregation");
      }
      return aggregate(value, value, List.of(aggregations));
    }
  }
}
