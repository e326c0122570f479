package dev.floe.planner.optimize;

import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.Collection;

/**
 * Culling: the part of a graph that the requested keys need — the keys themselves and everything
 * they depend on, directly or not. Nothing else is run.
 */
public final class Cull {
  private Cull() {}

  /**
   * The subgraph of {@code graph} that computes {@code keys}, in the same topological order.
   * Returns {@code graph} itself when every task is needed.
   *
   * @throws IllegalArgumentException when a key is not in the graph, naming it
   */
  public static TaskGraph cull(TaskGraph graph, Collection<TaskKey> keys) {
    boolean[] needed = new boolean[graph.size()];
    int[] stack = new int[graph.size()];
    int top = 0;
    int count = 0;
    for (TaskKey key : keys) {
      int position = graph.position(key);
      if (position < 0) {
        throw new IllegalArgumentException("cannot cull to " + key + ": the graph has no such task");
      }
      if (!needed[position]) {
        needed[position] = true;
        count++;
        stack[top++] = position;
      }
    }
    while (top > 0) {
      int position = stack[--top];
      for (int i = 0; i < graph.dependencyCount(position); i++) {
        int dependency = graph.dependency(position, i);
        if (!needed[dependency]) {
          needed[dependency] = true;
          count++;
          stack[top++] = dependency;
        }
      }
    }
    if (count == graph.size()) {
      return graph;
    }
    TaskGraph.Builder culled = TaskGraph.builder();
    for (int position = 0; position < graph.size(); position++) {
      if (needed[position]) {
        culled.add(graph.task(position));
      }
    }
    return culled.build();
  }
}
