package dev.floe.runtime.graph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds a pairwise merge tree over results to a graph. Merges happen level by level in the
 * inputs' order, the same merges whatever the thread count, so a floating-point result has the
 * same bits on every scheduler.
 */
public final class TreeReduce {
  private TreeReduce() {}

  /** Merges two results, the earlier inputs' first. */
  @FunctionalInterface
  public interface Merge extends Serializable {
    /** The merge of {@code left} (earlier inputs) and {@code right} (later ones). */
    Object apply(Object left, Object right) throws Exception;
  }

  /**
   * Adds the merge tasks over {@code keys}' results to {@code graph}; returns the root's key (the
   * only key when there is one).
   *
   * @param operation the merge tasks' operation name; the key also hashes {@code parameters}
   */
  public static TaskKey reduce(List<TaskKey> keys, String operation, Merge merge,
      TaskGraph.Builder graph, Object... parameters) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("nothing to reduce");
    }
    List<TaskKey> level = keys;
    while (level.size() > 1) {
      List<TaskKey> next = new ArrayList<>();
      for (int i = 0; i + 1 < level.size(); i += 2) {
        List<TaskKey> pair = Arrays.asList(level.get(i), level.get(i + 1));
        Task task = Task.of(operation, pair, inputs -> merge.apply(inputs[0], inputs[1]),
            parameters);
        graph.add(task);
        next.add(task.key());
      }
      if (level.size() % 2 == 1) {
        next.add(level.get(level.size() - 1));
      }
      level = next;
    }
    return level.get(0);
  }
}
