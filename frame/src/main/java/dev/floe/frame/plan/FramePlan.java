package dev.floe.frame.plan;

import dev.floe.core.Schema;
import java.util.List;

/**
 * A node of a DataFrame's logical plan: where partitions come from and what is done to them.
 * Nodes are immutable values; equal nodes describe the same partitions, so the optimizer and the
 * lowering treat them as one. Each knows its output {@link Schema} and partition count before
 * anything runs.
 */
public sealed interface FramePlan permits Leaf, Blockwise, Shuffle, Join, Prune {
  /** The columns every partition has. */
  Schema schema();

  /** How many partitions there are. */
  int partitions();

  /** The bounds of the partitions by one column, when known; else null. */
  Divisions divisions();

  /** The nodes this one reads, in order. */
  List<FramePlan> inputs();

  /** This node over other inputs (as many, in the same order). */
  FramePlan withInputs(List<FramePlan> inputs);

  /** One line for {@code explain()}, without the inputs. */
  String label();
}
