package dev.floe.frame.plan;

import java.io.Serializable;

/** Merges two partial results, the earlier partitions' first. */
@FunctionalInterface
public interface Combine extends Serializable {
  /** The merge of {@code left} (earlier partitions) and {@code right} (later ones). */
  Object apply(Object left, Object right) throws Exception;
}
