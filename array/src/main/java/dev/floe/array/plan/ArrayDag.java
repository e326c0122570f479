package dev.floe.array.plan;

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
    List<Node> out = new ArrayList<>();
    for (Node root : roots) {
      out.add(rewritten(root, rewrite, done));
    }
    return out;
  }

  private static Node rewritten(Node start, UnaryOperator<Node> rewrite, Map<Node, Node> done) {
    // iterative post-order: a long chain of operations must not overflow the stack
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {start, 0});
    while (!stack.isEmpty()) {
      Object[] frame = stack.get(stack.size() - 1);
      Node node = (Node) frame[0];
      int next = (Integer) frame[1];
      if (done.containsKey(node)) {
        stack.remove(stack.size() - 1);
        continue;
      }
      if (next < node.inputs().size()) {
        frame[1] = next + 1;
        stack.add(new Object[] {node.inputs().get(next), 0});
        continue;
      }
      stack.remove(stack.size() - 1);
      List<Node> inputs = new ArrayList<>();
      boolean changed = false;
      for (Node input : node.inputs()) {
        Node replaced = done.get(input);
        inputs.add(replaced);
        changed |= replaced != input;
      }
      done.put(node, rewrite.apply(changed ? node.withInputs(inputs) : node));
    }
    return done.get(start);
  }
}
