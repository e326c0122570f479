package dev.floe.frame.plan;

import dev.floe.planner.optimize.Walk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Walks and rewrites the plans computed together, seen as one graph of nodes: a node reached from
 * several roots (or twice from one) is one node ({@link Walk}); maps are by identity once {@link
 * #canonical} has made equal nodes one object.
 */
final class Dag {
  private Dag() {}

  /** Every node, inputs before the nodes that read them. */
  static List<FramePlan> topological(List<ResultPlan> roots) {
    return Walk.topological(roots.stream().map(ResultPlan::input).toList(), FramePlan::inputs);
  }

  /** How many edges lead out of each node: results and nodes reading it (a self-join twice). */
  static Map<FramePlan, Integer> consumers(List<ResultPlan> roots) {
    Map<FramePlan, Integer> counts = new IdentityHashMap<>();
    for (ResultPlan root : roots) {
      counts.merge(root.input(), 1, Integer::sum);
    }
    for (FramePlan node : topological(roots)) {
      counts.putIfAbsent(node, 0);
      for (FramePlan input : node.inputs()) {
        counts.merge(input, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The nodes whose partitions — how many, and which is which — something reads by position: the
   * input of a prune, of a shuffle that routes by position, of a join that pairs partitions, and
   * the blockwise chains under those. Rules must not change their partitioning.
   */
  static Set<FramePlan> pinned(List<ResultPlan> roots) {
    Set<FramePlan> pinned = Collections.newSetFromMap(new IdentityHashMap<>());
    List<FramePlan> order = topological(roots);
    for (int i = order.size() - 1; i >= 0; i--) { // consumers before their inputs
      FramePlan node = order.get(i);
      if (node instanceof Prune
          || node instanceof Shuffle shuffle && shuffle.router() instanceof Router.BySlices
          || node instanceof Join join && join.strategy() == JoinStrategy.ALIGNED
          || node instanceof Blockwise && pinned.contains(node)) {
        pinned.addAll(node.inputs());
      }
    }
    return pinned;
  }

  /**
   * The roots with every node replaced, inputs first, by {@code rewrite} of the node over its
   * rewritten inputs; each node is rewritten once however many read it.
   */
  static List<ResultPlan> rewrite(List<ResultPlan> roots, UnaryOperator<FramePlan> rewrite) {
    return rewrite(roots, (original, over) -> rewrite.apply(over));
  }

  /**
   * {@link #rewrite(List, UnaryOperator)}, where the function is also told which node of the
   * given plans it is rewriting (for facts about it, such as its consumers).
   */
  static List<ResultPlan> rewrite(List<ResultPlan> roots,
      BiFunction<FramePlan, FramePlan, FramePlan> rewrite) {
    Map<FramePlan, FramePlan> done = new IdentityHashMap<>();
    for (FramePlan node : topological(roots)) {
      List<FramePlan> inputs = new ArrayList<>();
      boolean changed = false;
      for (FramePlan input : node.inputs()) {
        FramePlan replaced = done.get(input);
        inputs.add(replaced);
        changed |= replaced != input;
      }
      FramePlan over = changed ? node.withInputs(inputs) : node;
      done.put(node, rewrite.apply(node, over));
    }
    List<ResultPlan> out = new ArrayList<>();
    for (ResultPlan root : roots) {
      FramePlan input = done.get(root.input());
      out.add(input == root.input() ? root : root.withInput(input));
    }
    return out;
  }

  /** The roots with equal nodes made one object, so identity is equality from here on. */
  static List<ResultPlan> canonical(List<ResultPlan> roots) {
    Map<FramePlan, FramePlan> interned = new HashMap<>();
    return rewrite(roots, node -> interned.computeIfAbsent(node, n -> n));
  }
}
