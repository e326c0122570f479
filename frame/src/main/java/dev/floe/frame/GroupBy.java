package dev.floe.frame;

import dev.floe.frame.kernel.GroupState;
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
 * filtering), the partial aggregates are cut into buckets by key and each bucket merged as a
 * tree, on all cores at once; the result is a table with the key
 * columns and the aggregated values, sorted by key as pandas sorts groups. Rows with a missing key
 * are left out, as pandas does by default; {@link #dropna dropna(false)} keeps them as groups of
 * their own, sorted last.
 */
public final class GroupBy {
  /**
   * Partial aggregates are cut into this many buckets per core, each merged as its own tree: the
   * merges of millions of groups then run on every core, each over a part of the groups.
   */
  private static final int BUCKETS_PER_CORE = 2;

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
   * value's aggregations named after {@code names}. A median keeps the values too.
   */
  private Reduce plan(List<String> values, List<String> names,
      List<List<Aggregation>> perValue, String table) {
    List<GroupState.Spec> specs = new ArrayList<>();
    List<GroupedStats.Output> outputs = new ArrayList<>();
    for (int v = 0; v < values.size(); v++) {
      specs.add(GroupState.statistics(values.get(v), perValue.get(v)));
    }
    for (int v = 0; v < values.size(); v++) {
      List<Aggregation> aggregations = perValue.get(v);
      int medianState = -1;
      if (aggregations.contains(Aggregation.MEDIAN)) {
        medianState = specs.size();
        specs.add(GroupState.values(values.get(v), 0));
      }
      for (Aggregation aggregation : aggregations) {
        outputs.add(new GroupedStats.Output(aggregations.size() == 1 ? names.get(v)
            : names.get(v) + "_" + aggregation,
            aggregation == Aggregation.MEDIAN ? medianState : v, aggregation));
      }
    }
    boolean sorted = sort;
    Completion complete = completion;
    List<Aggregation> all = perValue.stream().flatMap(List::stream).toList();
    return plan(values, specs, Arrays.asList(values, perValue), "group-" + all,
        Arrays.asList(outputs, complete, sorted), table,
        grouped -> complete.apply(grouped.toChunk(outputs, sorted), all));
  }

  /** Makes the result chunk from the merged states. */
  private interface Finish extends java.io.Serializable {
    Chunk apply(GroupedStats merged);
  }

  /**
   * The reduction that gathers {@code specs} per group from {@code values} in one pass over every
   * partition, merges the partials as a tree and makes a table with {@code finish}. {@code
   * gathered} and {@code finished} identify the gathering and the finishing.
   */
  private Reduce plan(List<String> values, List<GroupState.Spec> specs, List<?> gathered,
      String operation, List<?> finished, String table, Finish finish) {
    List<String> needed = new ArrayList<>(keys);
    values.stream().filter(Objects::nonNull).filter(v -> !needed.contains(v))
        .forEach(needed::add);
    List<String> groupKeys = keys;
    boolean dropMissing = dropna;
    Reduce reduce = new Reduce(frame.logicalPlan(), needed, "group-stats",
        Arrays.asList(groupKeys, gathered, dropMissing),
        chunk -> GroupedStats.of(chunk, groupKeys, specs, dropMissing),
        new Reduce.Merge("merge-group-stats",
            (left, right) -> ((GroupedStats) left).merge((GroupedStats) right)), List.of());
    int buckets = Math.min(frame.npartitions(),
        BUCKETS_PER_CORE * Runtime.getRuntime().availableProcessors());
    if (buckets > 1) {
      reduce = reduce.withSplit(new Reduce.Split(buckets,
          (partial, partition) -> ((GroupedStats) partial).split(buckets, partition),
          pieces -> GroupedStats.merge(pieces.stream().map(GroupedStats.class::cast).toList()),
          merged -> GroupedStats.combine(merged.stream().map(GroupedStats.class::cast).toList())));
    }
    return reduce.then(operation, finished, merged -> {
          Chunk chunk = finish.apply((GroupedStats) merged);
          return Tables.toTable(table, chunk.names(),
              chunk.columns().stream().map(ColumnData::type).toList(), List.of(chunk));
        });
  }

  /**
   * The Pearson correlation of {@code x} and {@code y} per group, over the rows where both are
   * present, as pandas' {@code df.groupby(keys).apply(lambda g: g[x].corr(g[y]))}: the keys and a
   * float64 column {@code corr}, missing for a group with fewer than two such rows or where
   * either column does not vary. One pass, mergeable across partitions.
   */
  public Lazy<Table> corr(String x, String y) {
    return coMoments(x, y, true);
  }

  /**
   * The sample covariance (ddof 1) of {@code x} and {@code y} per group, over the rows where both
   * are present, as pandas' {@code g[x].cov(g[y])}: the keys and a float64 column {@code cov}.
   */
  public Lazy<Table> cov(String x, String y) {
    return coMoments(x, y, false);
  }

  private Lazy<Table> coMoments(String x, String y, boolean correlation) {
    column(x);
    column(y);
    String name = correlation ? "corr" : "cov";
    boolean sorted = sort;
    return FramePlanner.lazy(plan(List.of(x, y), List.of(GroupState.coMoments(x, y, correlation)),
        List.of(name, x, y), "group-" + name, List.of(sorted), name,
        grouped -> grouped.toChunk(
            List.of(new GroupedStats.Output(name, 0, Aggregation.MEAN)), sorted)));
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
     * The exact median per group (the mean of the middle two for an even count). Every value is
     * kept until the end, so it needs memory in proportion to the rows.
     */
    public Lazy<Table> median() {
      return agg(Aggregation.MEDIAN);
    }

    /**
     * The {@code n} largest values of each group, as pandas' {@code groupby(keys)[column]
     * .nlargest(n)}: the keys and the values, up to n rows per group, largest first; a group with
     * fewer than n present values is filled up with its missing ones, as pandas does. Each
     * partition keeps only its own n largest per group.
     */
    public Lazy<Table> nlargest(int n) {
      return top(n, "nlargest");
    }

    /** The {@code n} smallest values of each group, smallest first; see {@link #nlargest}. */
    public Lazy<Table> nsmallest(int n) {
      return top(-n, "nsmallest");
    }

    private Lazy<Table> top(int keep, String operation) {
      if (keep == 0) {
        throw new IllegalArgumentException(operation + " needs n of at least 1");
      }
      if (Math.abs(keep) > 1_000_000 || keep == Integer.MIN_VALUE) {
        throw new IllegalArgumentException(operation + " keeps at most 1000000 values per group");
      }
      String name = value;
      boolean sorted = sort;
      return FramePlanner.lazy(plan(List.of(name), List.of(GroupState.values(name, keep)),
          List.of(operation, name, keep), "group-" + operation, List.of(sorted), name,
          grouped -> grouped.topRows(0, name, sorted)));
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
