package dev.floe.frame;

import dev.floe.planner.optimize.Cull;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/** Turns a built-up graph into a lazy value: only the tasks the result needs are kept. */
final class Plans {
  private Plans() {}

  /** The value of {@code key}, over the tasks of {@code graph} it depends on. */
  static <T> Delayed<T> delayed(TaskGraph.Builder graph, TaskKey key) {
    return Delayed.of(Cull.cull(graph.build(), List.of(key)), key);
  }
}
