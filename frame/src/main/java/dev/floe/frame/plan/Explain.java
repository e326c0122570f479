package dev.floe.frame.plan;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frame plans as text for {@code explain()}: one line per node, inputs indented under the node
 * that reads them. A node read by several consumers is printed once, tagged {@code #n}, and
 * referred to by its tag afterwards.
 */
final class Explain {
  private Explain() {}

  /** The plans of {@code roots}, one tree per root. */
  static String tree(List<ResultPlan> roots) {
    roots = Dag.canonical(roots);
    Map<FramePlan, Integer> consumers = Dag.consumers(roots);
    Map<FramePlan, Integer> tags = new IdentityHashMap<>();
    StringBuilder text = new StringBuilder();
    for (ResultPlan root : roots) {
      text.append(root.label()).append('\n');
      node(root.input(), 1, consumers, tags, text);
    }
    return text.toString();
  }

  private static void node(FramePlan node, int depth, Map<FramePlan, Integer> consumers,
      Map<FramePlan, Integer> tags, StringBuilder text) {
    text.append("  ".repeat(depth));
    Integer tag = tags.get(node);
    if (tag != null) {
      text.append("#").append(tag).append(" (the same node as above)\n");
      return;
    }
    if (consumers.get(node) > 1) {
      tag = tags.size() + 1;
      tags.put(node, tag);
      text.append("#").append(tag).append(" ");
    }
    text.append(node.label()).append('\n');
    for (FramePlan input : node.inputs()) {
      node(input, depth + 1, consumers, tags, text);
    }
  }
}
