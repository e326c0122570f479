package dev.floe.frame.plan;

import dev.floe.frame.kernel.Chunks;
import dev.floe.frame.kernel.HashJoin;
import dev.floe.frame.kernel.JoinKind;
import dev.floe.io.chunk.Chunk;
import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The partitions of a join of two DataFrames on key columns: one {@link HashJoin} task per output
 * partition, over partitions the {@link JoinStrategy} brought together.
 */
public final class JoinSource implements PartitionSource {
  private final FrameInput left;
  private final FrameInput right;
  private final List<String> leftOn;
  private final List<String> rightOn;
  private final JoinKind kind;
  private final JoinStrategy strategy;
  private final List<String> columns;
  private final List<DType> dtypes;

  /**
   * A join; key columns must have equal types on both sides. For {@link JoinStrategy#ALIGNED}
   * both inputs must already have the same partitions by key, for the broadcasts the broadcast
   * side must be one partition.
   */
  public JoinSource(FrameInput left, FrameInput right, List<String> leftOn, List<String> rightOn,
      JoinKind kind, JoinStrategy strategy) {
    this.left = left;
    this.right = right;
    this.leftOn = List.copyOf(leftOn);
    this.rightOn = List.copyOf(rightOn);
    this.kind = kind;
    this.strategy = strategy;
    this.columns = HashJoin.outputNames(left.columns(), right.columns(), leftOn, rightOn);
    // Key types already agree (the caller casts int64 keys meeting float64 ones).
    List<DType> types = new ArrayList<>(left.dtypes());
    for (String name : right.columns()) {
      int key = rightOn.indexOf(name);
      if (key < 0 || !leftOn.get(key).equals(name)) {
        types.add(right.dtypeOf(name));
      }
    }
    this.dtypes = List.copyOf(types);
  }

  /** The strategy this join uses. */
  public JoinStrategy strategy() {
    return strategy;
  }

  @Override
  public int partitions() {
    return switch (strategy) {
      case BROADCAST_RIGHT -> left.partitions();
      case BROADCAST_LEFT -> right.partitions();
      case ALIGNED -> left.partitions();
      case HASH_SHUFFLE -> Math.max(left.partitions(), right.partitions());
    };
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public List<DType> dtypes() {
    return dtypes;
  }

  @Override
  public List<TaskKey> lower(List<String> wanted, TaskGraph.Builder graph) {
    List<TaskKey> leftParts;
    List<TaskKey> rightParts;
    switch (strategy) {
      case BROADCAST_RIGHT -> {
        leftParts = left.lower(left.columns(), graph);
        TaskKey whole = whole(right.lower(right.columns(), graph), graph);
        rightParts = leftParts.stream().map(key -> whole).toList();
      }
      case BROADCAST_LEFT -> {
        rightParts = right.lower(right.columns(), graph);
        TaskKey whole = whole(left.lower(left.columns(), graph), graph);
        leftParts = rightParts.stream().map(key -> whole).toList();
      }
      case ALIGNED -> {
        leftParts = left.lower(left.columns(), graph);
        rightParts = right.lower(right.columns(), graph);
      }
      default -> {
        int parts = partitions();
        leftParts = new ShuffleSource(left, new Router.ByHash(leftOn, parts), parts,
            new Finish.Keep()).lower(left.columns(), graph);
        rightParts = new ShuffleSource(right, new Router.ByHash(rightOn, parts), parts,
            new Finish.Keep()).lower(right.columns(), graph);
      }
    }
    List<TaskKey> keys = new ArrayList<>();
    // The task captures locals, never this source: its function travels to cluster workers.
    List<String> leftKeys = leftOn;
    List<String> rightKeys = rightOn;
    JoinKind how = kind;
    for (int p = 0; p < leftParts.size(); p++) {
      TaskKey l = leftParts.get(p);
      TaskKey r = rightParts.get(p);
      Task join = new Task(TaskKey.of("join", l, r, leftOn, rightOn, kind), "join-" + kind,
          List.of(l, r), in -> HashJoin.join((Chunk) in[0], (Chunk) in[1], leftKeys, rightKeys,
              how));
      graph.add(join);
      keys.add(join.key());
    }
    return keys;
  }

  private static TaskKey whole(List<TaskKey> parts, TaskGraph.Builder graph) {
    Task concat = new Task(TaskKey.of("concat-partitions", parts), "concat-partitions", parts,
        in -> {
          List<Chunk> chunks = new ArrayList<>();
          for (Object part : in) {
            chunks.add((Chunk) part);
          }
          return Chunks.concat(chunks);
        });
    graph.add(concat);
    return concat.key();
  }
}
