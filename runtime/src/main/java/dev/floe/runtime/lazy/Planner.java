package dev.floe.runtime.lazy;

import java.util.List;

/**
 * What turns one kind of lazy value into tasks: it optimizes the plans it is given together, then
 * lowers them to one graph. Frames and arrays each have one; a {@link dev.floe.runtime.delayed
 * Delayed} call is already a graph.
 */
public interface Planner {
  /** The optimized plans of {@code plans} as one graph, and the key of each plan's value. */
  Lowered lower(List<Object> plans);

  /** {@code plans} as written, as optimized, and the tasks they become. */
  Explanation explain(List<Object> plans);
}
