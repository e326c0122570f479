package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Per-group statistics of value columns, keyed by the values of the key columns — the partial
 * result of a group-by on one partition, mergeable with others'. Rows whose key is missing are
 * left out, as pandas does by default, or kept as groups of their own (pandas' {@code
 * dropna=False}, SQL's {@code GROUP BY}), where a missing key part sorts last. Immutable.
 *
 * <p>Columnar throughout: the groups' keys are a chunk with one row per group (the first row of
 * each group, so text keys keep their dictionary codes) and each value's statistics a {@link
 * StatsVector}; rows are numbered by group with a {@link GroupIndex}. Merging stacks the key
 * chunks and numbers their rows again, so partials merge with the same hash grouping that made
 * them; groups stay in first-appearance order (partition by partition) until sorted at the end.
 */
public final class GroupedStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Chunk keys;
  private final StatsVector[] values;

  private GroupedStats(Chunk keys, StatsVector[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * Groups {@code chunk} by {@code keys} and gathers, per group, the statistics of each of {@code
   * values} that {@code perValue}'s aggregations read (a null value: row counts only). {@code
   * dropMissing} leaves out rows with a missing key part; otherwise they form groups with that
   * part missing.
   */
  public static GroupedStats of(Chunk chunk, List<String> keys, List<String> values,
      List<List<Aggregation>> perValue, boolean dropMissing) {
    List<ColumnData> keyColumns = new ArrayList<>();
    for (String key : keys) {
      keyColumns.add(chunk.column(key));
    }
    GroupIndex index = GroupIndex.of(keyColumns, dropMissing);
    int[] firstRows = index.firstRows();
    Chunk groupKeys = Rows.take(Rows.columns(chunk, keys), firstRows, firstRows.length);
    StatsVector[] stats = new StatsVector[values.size()];
    for (int v = 0; v < stats.length; v++) {
      String value = values.get(v);
      stats[v] = StatsVector.of(index.groupOf(), index.groups(),
          value == null ? null : chunk.column(value), StatsVector.Needs.of(perValue.get(v)));
    }
    return new GroupedStats(groupKeys, stats);
  }

  /** How many groups there are. */
  public int groups() {
    return keys.rows();
  }

  /** These groups followed by {@code next}'s; equal keys merge. */
  public GroupedStats merge(GroupedStats next) {
    Chunk stacked = Chunks.concat(List.of(keys, next.keys));
    GroupIndex index = GroupIndex.of(stacked.columns(), false);
    int[] groupOf = index.groupOf();
    int[][] targets = {Arrays.copyOfRange(groupOf, 0, keys.rows()),
        Arrays.copyOfRange(groupOf, keys.rows(), groupOf.length)};
    int[] firstRows = index.firstRows();
    StatsVector[] merged = new StatsVector[values.length];
    for (int v = 0; v < merged.length; v++) {
      merged[v] = StatsVector.merge(new StatsVector[] {values[v], next.values[v]}, targets,
          index.groups());
    }
    return new GroupedStats(Rows.take(stacked, firstRows, firstRows.length), merged);
  }

  /**
   * The result table: the key columns, then per value its aggregations, named {@code names[v]}
   * when it has one and {@code names[v]_aggregation} when several; groups sorted by key as pandas
   * sorts them when {@code sorted} (each key part in its type's order, missing last), else in the
   * order they first appear (partition by partition, row by row, as pandas' {@code sort=False}).
   */
  public Chunk toChunk(List<String> names, List<List<Aggregation>> perValue, boolean sorted) {
    int n = keys.rows();
    int[] order = sorted ? Order.lexicographic(keys.columns()) : identity(n);
    Chunk sortedKeys = sorted ? Rows.take(keys, order, n) : keys;
    List<String> columnNames = new ArrayList<>(keys.names());
    List<ColumnData> columns = new ArrayList<>(sortedKeys.columns());
    for (int v = 0; v < values.length; v++) {
      List<Aggregation> aggregations = perValue.get(v);
      for (Aggregation aggregation : aggregations) {
        columnNames.add(aggregations.size() == 1 ? names.get(v)
            : names.get(v) + "_" + aggregation);
        double[] result = values[v].values(aggregation, order);
        if (aggregation.isCount()) {
          long[] counts = new long[n];
          for (int i = 0; i < n; i++) {
            counts[i] = (long) result[i];
          }
          columns.add(new ColumnData.Longs(counts, n, null));
        } else {
          BitSet missing = null;
          for (int i = 0; i < n; i++) {
            if (Double.isNaN(result[i])) {
              if (missing == null) {
                missing = new BitSet();
              }
              missing.set(i);
            }
          }
          columns.add(new ColumnData.Doubles(result, n, missing));
        }
      }
    }
    return new Chunk(columnNames, columns, n);
  }

  private static int[] identity(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }
}
