package dev.floe.frame.plan;

import dev.floe.planner.optimize.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blockwise fusion: steps directly after steps become one node when nothing else reads the
 * earlier one, so each partition goes through them in one task. A node that several consumers
 * read stays on its own, and its partitions are made once (the lowering also fuses a scan and the
 * consumer's per-partition function into the same task under the same condition).
 */
final class Fuse implements Rule<ResultPlan> {
  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    roots = Dag.canonical(roots);
    Map<FramePlan, Integer> consumers = Dag.consumers(roots);
    return Dag.rewrite(roots, (original, node) -> {
      if (node instanceof Blockwise outer && outer.input() instanceof Blockwise inner
          && consumers.get(original.inputs().get(0)) == 1) {
        List<Step> steps = new ArrayList<>(inner.steps());
        steps.addAll(outer.steps());
        return new Blockwise(inner.input(), steps);
      }
      return node;
    });
  }
}
