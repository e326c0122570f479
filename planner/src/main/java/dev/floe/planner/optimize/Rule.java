package dev.floe.planner.optimize;

import java.util.List;

/**
 * One rewrite of logical plans that keeps their results: it takes the roots of the plans
 * computed together and returns them rewritten (the same objects where nothing changed). Rules
 * see all roots at once, so a rule can share work between them.
 *
 * @param <R> the plans' root type
 */
public interface Rule<R> {
  /** The rule's name, as {@code explain()} and tests refer to it. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** The roots rewritten. */
  List<R> apply(List<R> roots);
}
