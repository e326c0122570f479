package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import it.unimi.dsi.fastutil.ints.IntArrayList;
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
  /**
   * Where each group first appeared: its first row, and once {@link #split} has stamped them,
   * the partition's number above it ({@code partition << 32 | row}); the order of unsorted
   * groups after buckets are combined.
   */
  private final long[] firstSeen;
  private final boolean stamped;

  private GroupedStats(Chunk keys, GroupState[] states, long[] firstSeen, boolean stamped) {
    this.keys = keys;
    this.states = states;
    this.firstSeen = firstSeen;
    this.stamped = stamped;
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
    long[] firstSeen = new long[firstRows.length];
    for (int g = 0; g < firstRows.length; g++) {
      firstSeen[g] = firstRows[g];
    }
    return new GroupedStats(groupKeys, states, firstSeen, false);
  }

  /** How many groups there are. */
  public int groups() {
    return keys.rows();
  }

  /** These groups followed by {@code next}'s; equal keys merge. */
  public GroupedStats merge(GroupedStats next) {
    return merge(List.of(this, next));
  }

  /**
   * The groups of {@code parts}, part after part, in one pass: their keys stacked and numbered
   * once, each state folded in part order; equal keys merge.
   */
  public static GroupedStats merge(List<GroupedStats> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Chunk stacked = Chunks.concat(parts.stream().map(part -> part.keys).toList());
    GroupIndex index = GroupIndex.of(stacked.columns(), false);
    int[] groupOf = index.groupOf();
    int[][] targets = new int[parts.size()][];
    long[] seen = new long[index.groups()];
    Arrays.fill(seen, Long.MAX_VALUE);
    boolean stamped = true;
    int at = 0;
    for (int p = 0; p < parts.size(); p++) {
      GroupedStats part = parts.get(p);
      targets[p] = Arrays.copyOfRange(groupOf, at, at + part.groups());
      at += part.groups();
      for (int g = 0; g < targets[p].length; g++) {
        seen[targets[p][g]] = Math.min(seen[targets[p][g]], part.firstSeen[g]);
      }
      stamped &= part.stamped;
    }
    int[] firstRows = index.firstRows();
    return new GroupedStats(Rows.take(stacked, firstRows, firstRows.length),
        mergeStates(parts.toArray(new GroupedStats[0]), targets, index.groups()), seen, stamped);
  }

  private static GroupState[] mergeStates(GroupedStats[] parts, int[][] targets, int groups) {
    GroupState[] merged = new GroupState[parts[0].states.length];
    for (int s = 0; s < merged.length; s++) {
      GroupState[] each = new GroupState[parts.length];
      for (int p = 0; p < parts.length; p++) {
        each[p] = parts[p].states[s];
      }
      merged[s] = each[0].merge(each, targets, groups);
    }
    return merged;
  }

  /**
   * These groups cut into {@code buckets} by a hash of their key, the same bucket for equal keys
   * in every partition, each stamped with partition {@code partition} so that the order they
   * first appeared in survives the buckets.
   */
  public List<GroupedStats> split(int buckets, int partition) {
    int[][] groups = Partitioning.byTarget(Partitioning.byHash(keys, keys.names(), buckets),
        buckets);
    List<GroupedStats> pieces = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      int[] taken = groups[b];
      GroupState[] states = new GroupState[this.states.length];
      for (int s = 0; s < states.length; s++) {
        states[s] = this.states[s].take(taken);
      }
      long[] seen = new long[taken.length];
      for (int i = 0; i < taken.length; i++) {
        seen[i] = ((long) partition << 32) | firstSeen[taken[i]];
      }
      pieces.add(new GroupedStats(Rows.take(keys, taken, taken.length), states, seen, true));
    }
    return pieces;
  }

  /** Merged buckets (disjoint groups) as one, bucket after bucket. */
  public static GroupedStats combine(List<GroupedStats> buckets) {
    List<Chunk> keyChunks = new ArrayList<>();
    int[][] targets = new int[buckets.size()][];
    int groups = 0;
    for (int b = 0; b < buckets.size(); b++) {
      GroupedStats bucket = buckets.get(b);
      keyChunks.add(bucket.keys);
      targets[b] = new int[bucket.groups()];
      for (int g = 0; g < targets[b].length; g++) {
        targets[b][g] = groups++;
      }
    }
    long[] seen = new long[groups];
    boolean stamped = true;
    int at = 0;
    for (GroupedStats bucket : buckets) {
      System.arraycopy(bucket.firstSeen, 0, seen, at, bucket.groups());
      at += bucket.groups();
      stamped &= bucket.stamped;
    }
    return new GroupedStats(Chunks.concat(keyChunks),
        mergeStates(buckets.toArray(new GroupedStats[0]), targets, groups), seen, stamped);
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
    IntArrayList positionOf = new IntArrayList();
    ColumnData column = values.top(order, positionOf);
    int[] keyRows = new int[positionOf.size()];
    for (int i = 0; i < keyRows.length; i++) {
      keyRows[i] = order[positionOf.getInt(i)];
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
    if (stamped) {
      return Order.ascending(firstSeen, n);
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }
}
