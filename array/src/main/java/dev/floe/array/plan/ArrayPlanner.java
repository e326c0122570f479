package dev.floe.array.plan;

import dev.floe.planner.optimize.Cull;
import dev.floe.planner.optimize.Optimizer;
import dev.floe.planner.optimize.Optimizer.Phase;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Explanation;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.lazy.Planner;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner of arrays: the plans of several arrays computed together are optimized ({@link
 * PushSlices}) and lowered by one {@link Lowering}, so the nodes they share become tasks once;
 * elementwise chains fuse into their consumer there. Each array's value is its whole dense
 * result.
 */
public final class ArrayPlanner implements Planner {
  /** The one array planner. */
  public static final ArrayPlanner INSTANCE = new ArrayPlanner();

  private static final Optimizer<Node> OPTIMIZER = new Optimizer<>(List.of(
      new Phase<>("push down", List.of(new PushSlices()))));

  private ArrayPlanner() {}

  /** The plans after the optimizer's phases. */
  static List<Node> optimize(List<Node> roots) {
    return OPTIMIZER.optimize(roots);
  }

  @Override
  public Lowered lower(List<Object> plans) {
    List<Node> nodes = optimize(nodes(plans));
    Lowering lowering = new Lowering(nodes);
    List<TaskKey> keys = new ArrayList<>();
    for (Node node : nodes) {
      keys.add(lowering.whole(node));
    }
    return new Lowered(Cull.cull(lowering.build(), keys), keys);
  }

  /** The keys of {@code node}'s blocks and the graph that makes them. */
  public static Lowered blocks(Node plan) {
    Node node = optimize(List.of(plan)).get(0);
    Lowering lowering = new Lowering(List.of(node));
    List<TaskKey> keys = lowering.keys(node);
    return new Lowered(Cull.cull(lowering.build(), keys), keys);
  }

  @Override
  public Explanation explain(List<Object> plans) {
    return new Explanation(tree(nodes(plans)), tree(optimize(nodes(plans))),
        Computing.operations(lower(plans).graph()));
  }

  private static String tree(List<Node> nodes) {
    StringBuilder text = new StringBuilder();
    Map<Node, Integer> tags = new IdentityHashMap<>();
    for (Node node : nodes) {
      tree(node, 0, tags, text);
    }
    return text.toString();
  }

  private static void tree(Node node, int depth, Map<Node, Integer> tags, StringBuilder text) {
    text.append("  ".repeat(depth));
    Integer tag = tags.get(node);
    if (tag != null) {
      text.append("#").append(tag).append(" (the same node as above)\n");
      return;
    }
    tags.put(node, tags.size() + 1);
    text.append("#").append(tags.size()).append(" ").append(node.name()).append(' ')
        .append(node.dtype()).append(' ').append(node.grid()).append('\n');
    for (Node input : node.inputs()) {
      tree(input, depth + 1, tags, text);
    }
  }

  private static List<Node> nodes(List<Object> plans) {
    List<Node> nodes = new ArrayList<>();
    for (Object plan : plans) {
      nodes.add((Node) plan);
    }
    return nodes;
  }
}
