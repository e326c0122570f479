package dev.floe.frame.plan;

import java.util.List;

/** A node that reads no other node: where partitions first come from. */
public sealed interface Leaf extends FramePlan permits Scan, Persisted {
  @Override
  default List<FramePlan> inputs() {
    return List.of();
  }

  @Override
  default FramePlan withInputs(List<FramePlan> inputs) {
    return this;
  }
}
