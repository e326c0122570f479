package dev.floe.frame;

import dev.floe.frame.kernel.Keys;
import dev.floe.frame.kernel.Labels;
import dev.floe.frame.kernel.Quantiles;
import dev.floe.frame.plan.Finish;
import dev.floe.frame.plan.Lowering;
import dev.floe.frame.plan.PartitionSource;
import dev.floe.frame.plan.PrunedSource;
import dev.floe.frame.plan.Router;
import dev.floe.frame.plan.ShuffleSource;
import dev.floe.io.chunk.DType;
import dev.floe.planner.expr.Expr;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operations that move rows between partitions by value — setting the index, sorting,
 * repartitioning, dropping duplicates — and the partition pruning known divisions allow.
 */
final class Indexing {
  private Indexing() {}

  static DataFrame setIndex(DataFrame frame, String column, int partitions) {
    DType type = frame.dtypeOf(column);
    if (column.equals(frame.index().orElse(null)) && frame.knownDivisions()) {
      return frame;
    }
    List<Object> divisions = sampleDivisions(frame, column, partitions);
    List<String> columns = new ArrayList<>(List.of(column));
    List<DType> types = new ArrayList<>(List.of(type));
    for (int i = 0; i < frame.allColumns().size(); i++) {
      if (!frame.allColumns().get(i).equals(column)) {
        columns.add(frame.allColumns().get(i));
        types.add(frame.allDtypes().get(i));
      }
    }
    if (divisions.isEmpty()) { // no values at all: one partition, bounds unknown
      PartitionSource one = new ShuffleSource(frame.input(),
          new Router.BySlices(new int[frame.npartitions()], ones(frame.npartitions())), 1,
          new Finish.Keep());
      return new DataFrame(one, List.of(), columns, types, column, null);
    }
    PartitionSource sorted = new ShuffleSource(frame.input(),
        new Router.ByRange(column, divisions, false), divisions.size() - 1,
        new Finish.SortBy(column, true));
    return new DataFrame(sorted, List.of(), columns, types, column, divisions);
  }

  static DataFrame sortValues(DataFrame frame, String column, boolean ascending) {
    frame.dtypeOf(column);
    List<Object> divisions = sampleDivisions(frame, column, frame.npartitions());
    if (divisions.isEmpty()) {
      return frame.repartition(1);
    }
    PartitionSource shuffled = new ShuffleSource(frame.input(),
        new Router.ByRange(column, divisions, !ascending), divisions.size() - 1,
        new Finish.SortBy(column, ascending));
    return new DataFrame(shuffled, List.of(), frame.allColumns(), frame.allDtypes(),
        frame.index().orElse(null), null);
  }

  static DataFrame dropDuplicates(DataFrame frame, List<String> subset) {
    for (String name : subset) {
      frame.dtypeOf(name);
    }
    int parts = frame.npartitions();
    PartitionSource shuffled = new ShuffleSource(frame.input(), new Router.ByHash(subset, parts),
        parts, new Finish.DropDuplicates(subset));
    return new DataFrame(shuffled, List.of(), frame.allColumns(), frame.allDtypes(),
        frame.index().orElse(null), null);
  }

  static DataFrame repartition(DataFrame frame, int partitions) {
    int current = frame.npartitions();
    if (partitions < 1) {
      throw new IllegalArgumentException("repartition needs at least 1 partition, not "
          + partitions);
    }
    if (partitions == current) {
      return frame;
    }
    int[] first = new int[current];
    int[] slices = new int[current];
    for (int p = 0; p < current; p++) {
      first[p] = (int) ((long) p * partitions / current);
      slices[p] = partitions > current
          ? (int) ((long) (p + 1) * partitions / current) - first[p] : 1;
    }
    List<Object> divisions = null;
    if (frame.knownDivisions() && partitions < current) {
      List<Object> old = frame.keyDivisions();
      divisions = new ArrayList<>();
      for (int p = 0; p < current; p++) {
        if (p == 0 || first[p] != first[p - 1]) {
          divisions.add(old.get(p));
        }
      }
      divisions.add(old.get(current));
    }
    PartitionSource moved = new ShuffleSource(frame.input(), new Router.BySlices(first, slices),
        partitions, new Finish.Keep());
    return new DataFrame(moved, List.of(), frame.allColumns(), frame.allDtypes(),
        frame.index().orElse(null), divisions);
  }

  static DataFrame repartition(DataFrame frame, List<?> divisions) {
    if (!frame.knownDivisions()) {
      throw new IllegalArgumentException("repartition by divisions needs known divisions;"
          + " setIndex first");
    }
    DType type = frame.dtypeOf(frame.index().get());
    List<Object> keys = new ArrayList<>();
    for (Object label : divisions) {
      keys.add(Labels.toKey(label, type));
    }
    return repartitionByKeys(frame, keys);
  }

  /** Repartitions a frame with known divisions to new ones (in Keys form) that cover the old. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static DataFrame repartitionByKeys(DataFrame frame, List<Object> keys) {
    String index = frame.index().get();
    List<Object> old = frame.keyDivisions();
    for (int i = 1; i < keys.size(); i++) {
      if (Keys.compare(keys.get(i - 1), keys.get(i)) >= 0) {
        throw new IllegalArgumentException("divisions must increase: " + keys);
      }
    }
    if (keys.size() < 2 || Keys.compare(keys.get(0), old.get(0)) > 0
        || Keys.compare(keys.get(keys.size() - 1), old.get(old.size() - 1)) < 0) {
      throw new IllegalArgumentException("new divisions must cover the index, from "
          + frame.divisions().get().get(0) + " to " + frame.divisions().get().get(old.size() - 1));
    }
    if (keys.equals(old)) {
      return frame;
    }
    // Sorted inputs, concatenated in order, stay sorted.
    PartitionSource moved = new ShuffleSource(frame.input(), new Router.ByRange(index, keys, false),
        keys.size() - 1, new Finish.Keep());
    return new DataFrame(moved, List.of(), frame.allColumns(), frame.allDtypes(), index, keys);
  }

  static DataFrame loc(DataFrame frame, Object from, Object to) {
    String index = frame.index().orElseThrow(() -> new IllegalArgumentException(
        "loc needs an index; setIndex first"));
    DType type = frame.dtypeOf(index);
    Expr condition;
    if (from != null && from == to) {
      condition = Expr.col(index).eq(Labels.toLiteral(from, type));
    } else if (from != null && to != null) {
      condition = Expr.col(index).ge(Labels.toLiteral(from, type))
          .and(Expr.col(index).le(Labels.toLiteral(to, type)));
    } else if (from != null) {
      condition = Expr.col(index).ge(Labels.toLiteral(from, type));
    } else if (to != null) {
      condition = Expr.col(index).le(Labels.toLiteral(to, type));
    } else {
      return frame;
    }
    return frame.filter(condition);
  }

  /** {@code frame} reading only the partitions whose divisions allow {@code condition}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static DataFrame prune(DataFrame frame, Expr condition) {
    if (!frame.knownDivisions()) {
      return frame;
    }
    String index = frame.index().get();
    Object[] bounds = {null, null}; // least and greatest index value the condition allows
    if (!bounds(condition, index, frame.dtypeOf(index), bounds)) {
      return frame;
    }
    List<Object> divisions = frame.keyDivisions();
    int parts = divisions.size() - 1;
    List<Integer> kept = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      Object start = divisions.get(p);
      Object end = divisions.get(p + 1);
      boolean belowHigh = bounds[1] == null || Keys.compare(start, bounds[1]) <= 0;
      boolean aboveLow = bounds[0] == null || (p == parts - 1
          ? Keys.compare(end, bounds[0]) >= 0 : Keys.compare(end, bounds[0]) > 0);
      if (belowHigh && aboveLow) {
        kept.add(p);
      }
    }
    if (kept.size() == parts) {
      return frame;
    }
    if (kept.isEmpty()) {
      kept.add(bounds[1] != null && Keys.compare(divisions.get(0), bounds[1]) > 0
          ? 0 : parts - 1); // nothing can match: keep one partition, whose rows the filter drops
    }
    List<Object> narrowed = new ArrayList<>(divisions.subList(kept.get(0),
        kept.get(kept.size() - 1) + 2));
    return frame.withSource(new PrunedSource(frame.source(), kept), narrowed);
  }

  /**
   * Narrows {@code bounds} by the comparisons of {@code index} with constants that {@code
   * condition} ANDs together; returns false when it has none.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean bounds(Expr condition, String index, DType type, Object[] bounds) {
    if (!(condition instanceof Expr.Binary binary)) {
      return false;
    }
    if (binary.op() == Expr.Op.AND) {
      boolean left = bounds(binary.left(), index, type, bounds);
      boolean right = bounds(binary.right(), index, type, bounds);
      return left || right;
    }
    if (!(binary.left() instanceof Expr.Column column && column.name().equals(index)
        && binary.right() instanceof Expr.Literal literal)) {
      return false;
    }
    Object key;
    try {
      key = Labels.toKey(literal.value(), type);
    } catch (IllegalArgumentException e) {
      return false; // the filter itself reports the mismatch
    }
    Comparable value = (Comparable) key;
    switch (binary.op()) {
      case EQ -> {
        bounds[0] = max(bounds[0], value);
        bounds[1] = min(bounds[1], value);
      }
      case GT, GE -> bounds[0] = max(bounds[0], value);
      case LT, LE -> bounds[1] = min(bounds[1], value);
      default -> {
        return false;
      }
    }
    return true;
  }

  private static Object max(Object current, Object value) {
    return current == null || Keys.compare(value, current) > 0 ? value : current;
  }

  private static Object min(Object current, Object value) {
    return current == null || Keys.compare(value, current) < 0 ? value : current;
  }

  /** Reads {@code column} once and cuts its values into {@code partitions} ranges. */
  private static List<Object> sampleDivisions(DataFrame frame, String column, int partitions) {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> samples = Lowering.partitionTasks(frame.source(), frame.steps(),
        Set.of(column), "index-sample", column, chunk -> Quantiles.of(chunk.column(column)),
        graph);
    TaskKey merged = TreeReduce.reduce(samples, "merge-index-sample",
        (left, right) -> ((Quantiles) left).merge((Quantiles) right), graph);
    Quantiles summary = Plans.<Quantiles>delayed(graph, merged).compute();
    return summary.divisions(Math.max(1, partitions));
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }
}
