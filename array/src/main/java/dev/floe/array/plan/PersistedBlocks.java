package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * Blocks a scheduler keeps after {@code persist()}: the tasks that made them, under the same keys,
 * so a scheduler that still holds them hands them out instead of running the tasks, and one that
 * does not computes them again. Equal only to itself.
 */
public final class PersistedBlocks implements Node {
  private final TaskGraph graph;
  private final List<TaskKey> keys;
  private final DType dtype;
  private final ChunkGrid grid;

  /** The blocks under {@code keys}, in C order over {@code grid}, made by {@code graph}. */
  public PersistedBlocks(TaskGraph graph, List<TaskKey> keys, DType dtype, ChunkGrid grid) {
    this.graph = graph;
    this.keys = List.copyOf(keys);
    this.dtype = dtype;
    this.grid = grid;
  }

  /** The blocks' keys, in C order. */
  public List<TaskKey> keys() {
    return keys;
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
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String name() {
    return "persisted";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return this;
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    lowering.addAll(graph);
    return keys;
  }
}
