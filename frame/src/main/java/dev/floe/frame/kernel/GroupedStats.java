package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-group states of value columns, keyed by the values of the key columns — the partial result
 * of a group-by on one partition, mergeable with others'. Rows whose key is missing are left out,
 * as pandas does by default, or kept as groups of their own (pandas' {@code dropna=False}, SQL's
 * {@code GROUP BY}), where a missing key part sorts last. Immutable.
 *
 * <p>Columnar throughout: the groups' keys are a chunk with one row per group (the first row of
 * each group, so text keys keep their dictionary codes) and each {@link GroupState} is parallel
 * arrays; rows are numbered by group with a {@link GroupIndex}. Merging stacks the key chunks and
 * numbers their rows again, so partials merge with the same hash grouping that made them; groups
 * stay in first-appearance order (partition by partition) until sorted at the end.
 */
public final class GroupedStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Chunk keys;
  private final GroupState[] states;

  private GroupedStats(Chunk keys, GroupState[] states) {
    this.keys = keys;
    this.states = states;
  }

  /** One result column: {@code aggregation} read from state number {@code state}. */
  public record Output(String name, int state, Aggregation aggregation) implements Serializable {}

  /**
   * Groups {@code chunk} by {@code keys} and gathers each of {@code specs} per group. {@code
   * dropMissing} leaves out rows with a missing key part; otherwise they form groups with that
   * part missing.
   */
  public static GroupedStats of(Chunk chunk, List<String> keys, List<GroupState.Spec> specs,
      boolean dropMissing) {
    List<ColumnData> keyColumns = new ArrayList<>();
    for (String key : keys) {
      keyColumns.add(chunk.column(key));
    }
    GroupIndex index = GroupIndex.of(keyColumns, dropMissing);
    int[] firstRows = index.firstRows();
    Chunk groupKeys = Rows.take(Rows.columns(chunk, keys), firstRows, firstRows.length);
    GroupState[] states = new GroupState[specs.size()];
    for (int s = 0; s < states.length; s++) {
      states[s] = specs.get(s).gather(chunk, index.groupOf(), index.groups());
    }
    return new GroupedStats(groupKeys, states);
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
    int[] targets = Arrays.copyOfRange(groupOf, 0, keys.rows());
    int[] nextTargets = Arrays.copyOfRange(groupOf, keys.rows(), groupOf.length);
    int[] firstRows = index.firstRows();
    GroupState[] merged = new GroupState[states.length];
    for (int s = 0; s < merged.length; s++) {
      merged[s] = states[s].merge(next.states[s], targets, nextTargets, index.groups());
    }
    return new GroupedStats(Rows.take(stacked, firstRows, firstRows.length), merged);
  }

  /**
   * The result table: the key columns, then {@code outputs}; groups sorted by key as pandas sorts
   * them when {@code sorted} (each key part in its type's order, missing last), else in the
   * order they first appear (partition by partition, row by row, as pandas' {@code sort=False}).
   */
  public Chunk toChunk(List<Output> outputs, boolean sorted) {
    int[] order = order(sorted);
    List<String> names = new ArrayList<>(keys.names());
    List<ColumnData> columns = new ArrayList<>(Rows.take(keys, order, order.length).columns());
    for (Output output : outputs) {
      names.add(output.name());
      columns.add(states[output.state()].column(output.aggregation(), order));
    }
    return new Chunk(names, columns, order.length);
  }

  /**
   * The values kept by state {@code state} (a {@link GroupState#values} with a limit) as rows:
   * the key columns, then the values in a column {@code name}, group after group in the order of
   * {@link #toChunk}, largest first for the largest and smallest first for the smallest, then
   * missing values where a group has fewer than the limit present (as pandas' nlargest).
   */
  public Chunk topRows(int state, String name, boolean sorted) {
    int[] order = order(sorted);
    ValuesVector values = (ValuesVector) states[state];
    ValuesVector.IntList positionOf = new ValuesVector.IntList();
    ColumnData column = values.top(order, positionOf);
    int[] keyRows = new int[positionOf.size()];
    for (int i = 0; i < keyRows.length; i++) {
      keyRows[i] = order[positionOf.get(i)];
    }
    List<String> names = new ArrayList<>(keys.names());
    List<ColumnData> columns = new ArrayList<>(Rows.take(keys, keyRows, keyRows.length).columns());
    names.add(name);
    columns.add(column);
    return new Chunk(names, columns, keyRows.length);
  }

  private int[] order(boolean sorted) {
    int n = keys.rows();
    if (sorted) {
      return Order.lexicographic(keys.columns());
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }
}
