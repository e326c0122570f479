package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskFunction;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns plans into one task graph: each node is lowered once (several roots share their common
 * nodes, and equal work from different nodes shares keys), and it knows how many consumers each
 * node has, which elementwise fusion needs.
 */
public final class Lowering {
  private final TaskGraph.Builder graph = TaskGraph.builder();
  private final Map<Node, List<TaskKey>> lowered = new IdentityHashMap<>();
  private final Map<Node, Integer> consumers = new IdentityHashMap<>();

  /** A lowering of the plans ending in {@code roots}. */
  public Lowering(List<Node> roots) {
    Deque<Node> pending = new ArrayDeque<>(roots);
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (seen.put(node, Boolean.TRUE) != null) {
        continue;
      }
      for (Node input : node.inputs()) {
        consumers.merge(input, 1, Integer::sum);
        pending.push(input);
      }
    }
  }

  /** The keys of {@code node}'s blocks, lowering it on first use. */
  public List<TaskKey> keys(Node node) {
    List<TaskKey> keys = lowered.get(node);
    if (keys == null) {
      keys = List.copyOf(node.lower(this));
      lowered.put(node, keys);
    }
    return keys;
  }

  /** Whether {@code node} feeds exactly one consumer, so it may be fused into it. */
  boolean soleConsumer(Node node) {
    return consumers.getOrDefault(node, 0) <= 1;
  }

  /** Adds a task keyed by its operation, parameters and dependencies; returns its key. */
  TaskKey task(String operation, List<TaskKey> dependencies, TaskFunction function,
      Object... parameters) {
    Task task = Task.of(operation, dependencies, function, parameters);
    graph.add(task);
    return task.key();
  }

  /** Adds a merge tree over {@code keys}; returns the root's key. */
  TaskKey tree(List<TaskKey> keys, String operation, TreeReduce.Merge merge,
      Object... parameters) {
    return TreeReduce.reduce(keys, operation, merge, graph, parameters);
  }

  /**
   * Adds a task assembling {@code node}'s blocks into one dense array (1-D blocks of unknown
   * length are concatenated); returns its key.
   */
  public TaskKey whole(Node node) {
    List<TaskKey> blocks = keys(node);
    ChunkGrid grid = node.grid();
    if (blocks.size() == 1 && grid.known()) {
      return blocks.get(0);
    }
    DType dtype = node.dtype();
    return task("assemble", blocks, inputs -> {
      List<Blocks.Piece> pieces = new ArrayList<>();
      if (!grid.known()) {
        int length = 0;
        for (Object block : inputs) {
          Dense dense = (Dense) block;
          pieces.add(new Blocks.Piece(dense, new int[] {0}, new int[] {length}, dense.shape()));
          length += dense.size();
        }
        return Blocks.assemble(dtype, new int[] {length}, pieces);
      }
      for (int b = 0; b < inputs.length; b++) {
        int[] position = grid.position(b);
        pieces.add(new Blocks.Piece((Dense) inputs[b], new int[grid.ndim()],
            grid.blockOffset(position), grid.blockShape(position)));
      }
      return Blocks.assemble(dtype, grid.shape(), pieces);
    }, grid.chunks(), dtype);
  }

  /** Adds every task of {@code tasks} (the graph of persisted blocks). */
  void addAll(TaskGraph tasks) {
    graph.addAll(tasks);
  }

  /** The graph built so far. */
  public TaskGraph build() {
    return graph.build();
  }
}
