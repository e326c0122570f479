package dev.floe.frame.plan;

import dev.floe.planner.optimize.Rule;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projection push-down: each reader parses only the columns something above it uses. What a node
 * needs is derived from the plan — a result's columns, then backwards through each step ({@link
 * Step#required}), a shuffle's routing and finishing columns — and summed over every node that
 * reads it. Joins keep all their inputs' columns, since which names clash (and get suffixes)
 * depends on them. Scans are narrowed; row-wise steps over other nodes first select what they
 * need.
 */
final class PushProjection implements Rule<ResultPlan> {
  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    roots = Dag.canonical(roots);
    Map<FramePlan, Set<String>> needed = new IdentityHashMap<>();
    for (ResultPlan root : roots) {
      needed.computeIfAbsent(root.input(), node -> new LinkedHashSet<>()).addAll(root.required());
    }
    List<FramePlan> order = Dag.topological(roots);
    for (int i = order.size() - 1; i >= 0; i--) { // consumers before their inputs
      FramePlan node = order.get(i);
      Set<String> wanted = needed.getOrDefault(node, Set.of());
      List<FramePlan> inputs = node.inputs();
      for (int k = 0; k < inputs.size(); k++) {
        needed.computeIfAbsent(inputs.get(k), input -> new LinkedHashSet<>())
            .addAll(required(node, k, wanted));
      }
    }
    return Dag.rewrite(roots, (original, node) -> {
      if (node instanceof Scan scan) {
        return narrowed(scan, needed.getOrDefault(original, Set.of()));
      }
      if (node instanceof Blockwise blockwise && !(blockwise.input() instanceof Scan)) {
        return selectedFirst(blockwise, needed.getOrDefault(original, Set.of()));
      }
      return node;
    });
  }

  /**
   * Row-wise steps over anything but a scan (a persisted frame, a shuffle's or a join's output)
   * start by selecting the columns they and their readers use: a filter then copies only those
   * rows' columns, not every column of a wide frame. Selecting is free (no copy).
   */
  private static Blockwise selectedFirst(Blockwise blockwise, Set<String> wanted) {
    Set<String> inputNeeds = required(blockwise, 0, wanted);
    List<String> available = blockwise.input().schema().names();
    List<String> keep = available.stream().filter(inputNeeds::contains).toList();
    List<Step> steps = blockwise.steps();
    if (keep.size() == available.size() || keep.isEmpty()
        || steps.get(0) instanceof Step.Select select && select.columns().equals(keep)) {
      return blockwise;
    }
    List<Step> narrowed = new java.util.ArrayList<>();
    narrowed.add(new Step.Select(keep));
    narrowed.addAll(steps);
    return new Blockwise(blockwise.input(), narrowed);
  }

  /** The columns input {@code k} of {@code node} must have for its output to have {@code wanted}. */
  static Set<String> required(FramePlan node, int k, Set<String> wanted) {
    Set<String> required = new LinkedHashSet<>(wanted);
    if (node instanceof Blockwise blockwise) {
      List<Step> steps = blockwise.steps();
      for (int i = steps.size() - 1; i >= 0; i--) {
        required = steps.get(i).required(required);
      }
    } else if (node instanceof Shuffle shuffle) {
      required.addAll(shuffle.router().columns());
      required.addAll(shuffle.finish().columns());
    } else if (node instanceof Join join) {
      required = new LinkedHashSet<>(join.inputs().get(k).schema().names());
    }
    return required;
  }

  private static Scan narrowed(Scan scan, Set<String> wanted) {
    List<String> columns = scan.columns().stream().filter(wanted::contains).toList();
    return columns.equals(scan.columns()) ? scan : new Scan(scan.source(), columns);
  }
}
