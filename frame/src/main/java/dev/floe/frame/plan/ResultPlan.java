package dev.floe.frame.plan;

import java.util.Set;

/**
 * The root of a frame plan: the one value a computation produces from a {@link FramePlan} — a
 * reduction ({@link Reduce}) or something made from every partition ({@link Gather}).
 */
public sealed interface ResultPlan permits Reduce, Gather {
  /** The partitions it reads. */
  FramePlan input();

  /** The same result over another input. */
  ResultPlan withInput(FramePlan input);

  /** The input columns it reads. */
  Set<String> required();

  /** One line for {@code explain()}. */
  String label();
}
