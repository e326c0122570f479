package dev.floe.array.plan;

import java.util.List;

/** A node that reads no other node: where blocks first come from. */
public sealed interface Source extends Node
    permits Hdf5Source, MemorySource, Generated, PersistedBlocks {
  @Override
  default List<Node> inputs() {
    return List.of();
  }

  @Override
  default Node withInputs(List<Node> inputs) {
    return this;
  }
}
