package dev.floe.frame.plan;

import dev.floe.frame.kernel.Keys;
import dev.floe.frame.kernel.Labels;
import dev.floe.core.DType;
import dev.floe.core.Expr;
import dev.floe.planner.optimize.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Predicate push-down onto known divisions: a filter that compares the divided column with
 * constants (ANDed together) reads only the partitions whose bounds allow a match; the others are
 * never made. At least one partition is kept, so the result keeps its columns. Nodes whose
 * partitions are read by position ({@link Dag#pinned}) are left alone.
 */
final class PrunePartitions implements Rule<ResultPlan> {
  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    roots = Dag.canonical(roots);
    Set<FramePlan> pinned = Dag.pinned(roots);
    return Dag.rewrite(roots, (original, node) -> pinned.contains(original) ? node : prune(node));
  }

  /** {@code node} over only the partitions its filters can match, when that is fewer. */
  static FramePlan prune(FramePlan node) {
    if (!(node instanceof Blockwise blockwise) || blockwise.input().divisions() == null) {
      return node;
    }
    Divisions divisions = blockwise.input().divisions();
    DType type = blockwise.input().schema().dtypeOf(divisions.column());
    Object[] bounds = {null, null}; // least and greatest value the filters allow
    boolean any = false;
    for (Step step : blockwise.steps()) {
      if (step instanceof Step.Filter filter) {
        any |= bounds(filter.condition(), divisions.column(), type, bounds);
      }
      if (!step.keepsValuesOf(divisions.column())) {
        break; // later filters see other values
      }
    }
    if (!any) {
      return node;
    }
    List<Integer> kept = kept(divisions.bounds(), bounds);
    if (kept.size() == blockwise.input().partitions()) {
      return node;
    }
    return new Blockwise(Simplify.simplify(new Prune(blockwise.input(), kept)), blockwise.steps());
  }

  /** The partitions whose bounds overlap {@code [bounds[0], bounds[1]]}; never none. */
  private static List<Integer> kept(List<Object> divisions, Object[] bounds) {
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
    if (kept.isEmpty()) { // nothing can match: one partition, whose rows the filter drops
      kept.add(bounds[1] != null && Keys.compare(divisions.get(0), bounds[1]) > 0 ? 0 : parts - 1);
    }
    return kept;
  }

  /**
   * Narrows {@code bounds} by the comparisons of {@code column} with constants that {@code
   * condition} ANDs together; returns false when it has none.
   */
  private static boolean bounds(Expr condition, String column, DType type, Object[] bounds) {
    if (!(condition instanceof Expr.Binary binary)) {
      return false;
    }
    if (binary.op() == Expr.Op.AND) {
      boolean left = bounds(binary.left(), column, type, bounds);
      boolean right = bounds(binary.right(), column, type, bounds);
      return left || right;
    }
    if (!(binary.left() instanceof Expr.Column named && named.name().equals(column)
        && binary.right() instanceof Expr.Literal literal)) {
      return false;
    }
    Object key;
    try {
      key = Labels.toKey(literal.value(), type);
    } catch (IllegalArgumentException e) {
      return false; // the filter itself reports the mismatch
    }
    switch (binary.op()) {
      case EQ -> {
        bounds[0] = max(bounds[0], key);
        bounds[1] = min(bounds[1], key);
      }
      case GT, GE -> bounds[0] = max(bounds[0], key);
      case LT, LE -> bounds[1] = min(bounds[1], key);
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
}
