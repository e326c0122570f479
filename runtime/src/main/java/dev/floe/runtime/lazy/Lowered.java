package dev.floe.runtime.lazy;

import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * Plans lowered to tasks: the graph and, for each plan in the order given, the key of its value.
 */
public record Lowered(TaskGraph graph, List<TaskKey> keys) {
  /** Copies the list. */
  public Lowered {
    keys = List.copyOf(keys);
  }
}
