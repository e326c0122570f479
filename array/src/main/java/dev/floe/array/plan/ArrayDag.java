package dev.floe.array.plan;

import dev.floe.planner.optimize.Walk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rewrites array plans bottom-up, each node once however many read it. */
final class ArrayDag {
  private ArrayDag() {}

  /** The roots with every node replaced, inputs first, by {@code rewrite} of it. */
  static List<Node> rewrite(List<Node> roots, UnaryOperator<Node> rewrite) {
    Map<Node, Node> done = new IdentityHashMap<>();
    for (Node node : Walk.topological(roots, Node::inputs)) {
      List<Node> inputs = new ArrayList<>();
      boolean changed = false;
      for (Node input : node.inputs()) {
        Node replaced = done.get(input);
        inputs.add(replaced);
        changed |= replaced != input;
      }
      done.put(node, rewrite.apply(changed ? node.withInputs(inputs) : node));
    }
    return roots.stream().map(done::get).toList();
  }
}
