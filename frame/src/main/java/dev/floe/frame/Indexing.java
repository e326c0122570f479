package dev.floe.frame;

import dev.floe.frame.kernel.Keys;
import dev.floe.frame.kernel.Labels;
import dev.floe.frame.kernel.Quantiles;
import dev.floe.frame.plan.Blockwise;
import dev.floe.frame.plan.Divisions;
import dev.floe.frame.plan.Finish;
import dev.floe.frame.plan.FramePlan;
import dev.floe.frame.plan.FramePlanner;
import dev.floe.frame.plan.Reduce;
import dev.floe.frame.plan.Router;
import dev.floe.frame.plan.Shuffle;
import dev.floe.frame.plan.Step;
import dev.floe.core.DType;
import dev.floe.core.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans of the operations that move rows between partitions by value — setting the index,
 * sorting, repartitioning, dropping duplicates — and of {@code loc}. Choosing partition bounds
 * reads the column once, now (as Dask's {@code set_index} does), through the plan layer.
 */
final class Indexing {
  private Indexing() {}

  static DataFrame setIndex(DataFrame frame, String column, int partitions) {
    frame.dtypeOf(column);
    if (column.equals(frame.index().orElse(null)) && frame.knownDivisions()) {
      return frame;
    }
    List<Object> divisions = sampleDivisions(frame, column, partitions);
    FramePlan moved;
    if (divisions.isEmpty()) { // no values at all: one partition, bounds unknown
      int inputs = frame.planPartitions();
      moved = new Shuffle(frame.logicalPlan(), new Router.BySlices(new int[inputs], ones(inputs)), 1,
          new Finish.Keep(), null);
    } else {
      moved = new Shuffle(frame.logicalPlan(), new Router.ByRange(column, divisions, false),
          divisions.size() - 1, new Finish.SortBy(column, true),
          new Divisions(column, divisions));
    }
    List<String> order = new ArrayList<>(List.of(column)); // the index first
    for (String name : frame.logicalPlan().schema().names()) {
      if (!name.equals(column)) {
        order.add(name);
      }
    }
    return new DataFrame(new Blockwise(moved, List.of(new Step.Select(order))), column);
  }

  static DataFrame sortValues(DataFrame frame, String column, boolean ascending) {
    frame.dtypeOf(column);
    List<Object> divisions = sampleDivisions(frame, column, frame.planPartitions());
    if (divisions.isEmpty()) {
      return frame.repartition(1);
    }
    return shuffled(frame, new Shuffle(frame.logicalPlan(),
        new Router.ByRange(column, divisions, !ascending), divisions.size() - 1,
        new Finish.SortBy(column, ascending), null));
  }

  static DataFrame dropDuplicates(DataFrame frame, List<String> subset) {
    for (String name : subset) {
      frame.dtypeOf(name);
    }
    int parts = frame.planPartitions();
    return shuffled(frame, new Shuffle(frame.logicalPlan(), new Router.ByHash(subset, parts), parts,
        new Finish.DropDuplicates(subset), null));
  }

  static DataFrame repartition(DataFrame frame, int partitions) {
    int current = frame.planPartitions();
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
    Divisions divisions = null;
    if (frame.knownDivisions() && partitions < current) {
      List<Object> old = frame.keyDivisions();
      List<Object> bounds = new ArrayList<>();
      for (int p = 0; p < current; p++) {
        if (p == 0 || first[p] != first[p - 1]) {
          bounds.add(old.get(p));
        }
      }
      bounds.add(old.get(current));
      divisions = new Divisions(frame.index().get(), bounds);
    }
    return shuffled(frame, new Shuffle(frame.logicalPlan(), new Router.BySlices(first, slices),
        partitions, new Finish.Keep(), divisions));
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
      List<Object> labels = frame.divisions().get();
      throw new IllegalArgumentException("new divisions must cover the index, from "
          + labels.get(0) + " to " + labels.get(labels.size() - 1));
    }
    if (keys.equals(old)) {
      return frame;
    }
    // Sorted inputs, concatenated in order, stay sorted.
    return shuffled(frame, new Shuffle(frame.logicalPlan(), new Router.ByRange(index, keys, false),
        keys.size() - 1, new Finish.Keep(), new Divisions(index, keys)));
  }

  /** The frame as {@code shuffle} leaves it: same columns and index. */
  private static DataFrame shuffled(DataFrame frame, Shuffle shuffle) {
    return new DataFrame(shuffle, frame.index().orElse(null));
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

  /** Reads {@code column} once and cuts its values into {@code partitions} ranges. */
  private static List<Object> sampleDivisions(DataFrame frame, String column, int partitions) {
    Reduce sample = new Reduce(frame.logicalPlan(), List.of(column), "index-sample", column,
        chunk -> Quantiles.of(chunk.column(column)),
        new Reduce.Merge("merge-index-sample",
            (left, right) -> ((Quantiles) left).merge((Quantiles) right)),
        List.of());
    Quantiles summary = FramePlanner.<Quantiles>lazy(sample).compute();
    return summary.divisions(Math.max(1, partitions));
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }
}
