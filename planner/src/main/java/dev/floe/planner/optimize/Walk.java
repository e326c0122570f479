package dev.floe.planner.optimize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks a graph of plan nodes (frames' or arrays'): every node reachable from the roots, once,
 * inputs before the nodes that read them. Iterative, so a long chain of operations cannot
 * overflow the stack; nodes are told apart by identity.
 */
public final class Walk {
  private Walk() {}

  /** The nodes reachable from {@code roots}, inputs first. */
  public static <N> List<N> topological(List<? extends N> roots,
      Function<? super N, ? extends List<? extends N>> inputs) {
    List<N> order = new ArrayList<>();
    Set<N> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object[]> stack = new ArrayList<>();
    for (N root : roots) {
      stack.add(new Object[] {root, 0});
      while (!stack.isEmpty()) {
        Object[] frame = stack.get(stack.size() - 1);
        @SuppressWarnings("unchecked")
        N node = (N) frame[0];
        int next = (Integer) frame[1];
        if (next == 0 && seen.contains(node)) {
          stack.remove(stack.size() - 1);
          continue;
        }
        seen.add(node);
        List<? extends N> in = inputs.apply(node);
        if (next < in.size()) {
          frame[1] = next + 1;
          stack.add(new Object[] {in.get(next), 0});
        } else {
          stack.remove(stack.size() - 1);
          order.add(node);
        }
      }
    }
    return order;
  }
}
