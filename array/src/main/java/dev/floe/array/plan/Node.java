package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * One step of an array's plan. Nodes are immutable and know their result's dtype and chunk grid
 * before anything runs; {@link #lower} adds the tasks computing their blocks.
 */
public sealed interface Node permits Source, Elementwise, Reduce, Concatenate, Matmul, MapBlocks,
    MaskSelect, OneInput {

  /** The element type of the result. */
  DType dtype();

  /** The chunk grid of the result. */
  ChunkGrid grid();

  /** The nodes this one reads. */
  List<Node> inputs();

  /** This node over other inputs (as many, in the same order). */
  Node withInputs(List<Node> inputs);

  /** The operation's name, as tasks and reprs show it (e.g. {@code normal}, {@code add}). */
  String name();

  /** Adds this node's tasks; returns the keys of its blocks in C order over its grid. */
  List<TaskKey> lower(Lowering lowering);
}
