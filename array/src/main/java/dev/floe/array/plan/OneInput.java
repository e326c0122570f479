package dev.floe.array.plan;

import dev.floe.core.DType;
import java.util.List;

/** A node reading one other node, with that node's dtype unless it says otherwise. */
public sealed interface OneInput extends Node
    permits SliceNode, Transpose, BlockReshape, Rechunk, KnownChunks {

  /** The node read. */
  Node input();

  @Override
  default DType dtype() {
    return input().dtype();
  }

  @Override
  default List<Node> inputs() {
    return List.of(input());
  }
}
