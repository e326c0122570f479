package dev.floe.frame.plan;

import dev.floe.frame.kernel.Chunks;
import dev.floe.frame.kernel.HashJoin;
import dev.floe.frame.JoinKind;
import dev.floe.core.chunk.Chunk;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of a {@link Join}: per output partition one hash join of a left and a right chunk.
 * The strategy decides which: the whole broadcast side (concatenated once) with every partition
 * of the other, partition {@code i} with {@code i} when both are aligned on the key, or the
 * partitions of both sides hash-shuffled on the keys into the same number of partitions.
 */
final class JoinTasks {
  private JoinTasks() {}

  /** Adds the join tasks over the inputs' partitions; returns the output partitions' keys. */
  static List<TaskKey> lower(Join join, List<TaskKey> left, List<TaskKey> right,
      TaskGraph.Builder graph) {
    List<TaskKey> leftParts;
    List<TaskKey> rightParts;
    switch (join.strategy()) {
      case BROADCAST_RIGHT -> {
        leftParts = left;
        TaskKey whole = whole(right, graph);
        rightParts = leftParts.stream().map(key -> whole).toList();
      }
      case BROADCAST_LEFT -> {
        rightParts = right;
        TaskKey whole = whole(left, graph);
        leftParts = rightParts.stream().map(key -> whole).toList();
      }
      case ALIGNED -> {
        leftParts = left;
        rightParts = right;
      }
      default -> {
        int parts = join.partitions();
        leftParts = ShuffleTasks.lower(left, new Router.ByHash(join.leftOn(), parts), parts,
            new Finish.Keep(), graph);
        rightParts = ShuffleTasks.lower(right, new Router.ByHash(join.rightOn(), parts), parts,
            new Finish.Keep(), graph);
      }
    }
    List<TaskKey> keys = new ArrayList<>();
    List<String> leftOn = join.leftOn();
    List<String> rightOn = join.rightOn();
    JoinKind kind = join.kind();
    for (int p = 0; p < leftParts.size(); p++) {
      TaskKey l = leftParts.get(p);
      TaskKey r = rightParts.get(p);
      Task task = new Task(TaskKey.of("join", l, r, leftOn, rightOn, kind), "join-" + kind,
          List.of(l, r), in -> HashJoin.join((Chunk) in[0], (Chunk) in[1], leftOn, rightOn, kind));
      graph.add(task);
      keys.add(task.key());
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
