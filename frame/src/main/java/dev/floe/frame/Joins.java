package dev.floe.frame;

import dev.floe.frame.kernel.Keys;
import dev.floe.frame.plan.Divisions;
import dev.floe.frame.plan.Join;
import dev.floe.frame.plan.JoinStrategy;
import dev.floe.core.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Plans merges and joins: aligns key types and picks the strategy. */
final class Joins {
  private Joins() {}

  static DataFrame merge(DataFrame left, DataFrame right, JoinKind how, List<String> leftOn,
      List<String> rightOn) {
    if (leftOn.isEmpty() || leftOn.size() != rightOn.size()) {
      throw new IllegalArgumentException("merge needs as many left keys as right keys, at least"
          + " one: " + leftOn + " and " + rightOn);
    }
    for (int k = 0; k < leftOn.size(); k++) {
      DType l = left.dtypeOf(leftOn.get(k));
      DType r = right.dtypeOf(rightOn.get(k));
      if (l != r) {
        if (!(l.isNumeric() && r.isNumeric())) {
          throw new IllegalArgumentException("cannot join " + l + " key '" + leftOn.get(k)
              + "' with " + r + " key '" + rightOn.get(k) + "'");
        }
        // int64 meets float64: compare as float64, as pandas does
        if (l == DType.INT64) {
          left = left.resetIndex().astype(leftOn.get(k), DType.FLOAT64);
        } else {
          right = right.resetIndex().astype(rightOn.get(k), DType.FLOAT64);
        }
      }
    }
    boolean onIndexes = left.knownDivisions() && right.knownDivisions()
        && leftOn.equals(List.of(left.index().get()))
        && rightOn.equals(List.of(right.index().get()));
    JoinStrategy strategy;
    List<Object> divisions = null;
    if (right.planPartitions() == 1 && (how == JoinKind.INNER || how == JoinKind.LEFT)) {
      strategy = JoinStrategy.BROADCAST_RIGHT;
      divisions = onIndexes ? left.keyDivisions() : null;
    } else if (left.planPartitions() == 1 && (how == JoinKind.INNER || how == JoinKind.RIGHT)) {
      strategy = JoinStrategy.BROADCAST_LEFT;
      divisions = onIndexes ? right.keyDivisions() : null;
    } else if (onIndexes) {
      strategy = JoinStrategy.ALIGNED;
      if (!left.keyDivisions().equals(right.keyDivisions())) {
        List<Object> common = union(left.keyDivisions(), right.keyDivisions());
        left = Indexing.repartitionByKeys(left, common);
        right = Indexing.repartitionByKeys(right, common);
      }
      divisions = left.keyDivisions();
    } else {
      strategy = JoinStrategy.HASH_SHUFFLE;
    }
    Join joined = new Join(left.logicalPlan(), right.logicalPlan(), leftOn, rightOn, how, strategy, null);
    // On indexes, the left index survives as the first column: it stays the index.
    String index = onIndexes && joined.schema().names().get(0).equals(left.index().get())
        ? left.index().get() : null;
    if (index != null && divisions != null) {
      joined = new Join(left.logicalPlan(), right.logicalPlan(), leftOn, rightOn, how, strategy,
          new Divisions(index, divisions));
    }
    return new DataFrame(joined, index);
  }

  static DataFrame join(DataFrame left, DataFrame right, JoinKind how) {
    String leftIndex = left.index().orElseThrow(() -> new IllegalArgumentException(
        "join matches indexes and this frame has none; setIndex first, or merge on columns"));
    String rightIndex = right.index().orElseThrow(() -> new IllegalArgumentException(
        "join matches indexes and the other frame has none; setIndex first, or merge on columns"));
    Set<String> overlap = new TreeSet<>(left.columns());
    overlap.retainAll(right.columns());
    if (!overlap.isEmpty()) {
      throw new IllegalArgumentException("columns overlap: " + overlap
          + "; select or rename them first, or merge, which suffixes them _x and _y");
    }
    return merge(left, right, how, List.of(leftIndex), List.of(rightIndex));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> union(List<Object> a, List<Object> b) {
    TreeSet<Object> all = new TreeSet<>((x, y) -> Keys.compare(x, y));
    all.addAll(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }
}
