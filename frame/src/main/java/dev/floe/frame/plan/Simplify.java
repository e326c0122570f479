package dev.floe.frame.plan;

import dev.floe.core.Schema;
import dev.floe.planner.optimize.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what does nothing: a selection that keeps every column in order, selections directly
 * after one another (the last one decides, restricted to what the first kept), a prune that keeps
 * every partition, prunes of prunes.
 */
final class Simplify implements Rule<ResultPlan> {
  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    return Dag.rewrite(roots, Simplify::simplify);
  }

  static FramePlan simplify(FramePlan node) {
    if (node instanceof Blockwise blockwise) {
      Schema schema = blockwise.input().schema();
      List<Step> steps = new ArrayList<>();
      for (Step step : blockwise.steps()) {
        if (step instanceof Step.Select select) {
          if (select.columns().equals(schema.names())) {
            continue; // keeps everything, in order
          }
          if (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof Step.Select previous) {
            steps.set(steps.size() - 1, new Step.Select(select.columns().stream()
                .filter(previous.columns()::contains).toList()));
            schema = step.schema(schema);
            continue;
          }
        }
        steps.add(step);
        schema = step.schema(schema);
      }
      if (steps.isEmpty()) {
        return blockwise.input();
      }
      return steps.equals(blockwise.steps()) ? node : new Blockwise(blockwise.input(), steps);
    }
    if (node instanceof Prune prune) {
      if (prune.input() instanceof Prune inner) {
        List<Integer> kept = prune.kept().stream().map(inner.kept()::get).toList();
        return simplify(new Prune(inner.input(), kept));
      }
      if (prune.kept().size() == prune.input().partitions()) {
        return prune.input(); // kept is increasing: all partitions means every one, in order
      }
    }
    return node;
  }
}
