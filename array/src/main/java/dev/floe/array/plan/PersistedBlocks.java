package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.lazy.Lowered;
import java.util.List;

/**
 * Blocks a scheduler keeps after {@code persist()}: the tasks that made them, under the same keys,
 * so a scheduler that still holds them hands them out instead of running the tasks, and one that
 * does not computes them again. Equal only to itself.
 */
public final class PersistedBlocks implements Source {
  private final Lowered blocks;
  private final DType dtype;
  private final ChunkGrid grid;

  /** The blocks {@code blocks} lowers to, in C order over {@code grid}. */
  public PersistedBlocks(Lowered blocks, DType dtype, ChunkGrid grid) {
    this.blocks = blocks;
    this.dtype = dtype;
    this.grid = grid;
  }

  /** The blocks' keys, in C order. */
  public List<TaskKey> keys() {
    return blocks.keys();
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public ChunkGrid grid() {
    return grid;
  }


  @Override
  public String name() {
    return "persisted";
  }


  @Override
  public List<TaskKey> lower(Lowering lowering) {
    lowering.addAll(blocks.graph());
    return blocks.keys();
  }
}
