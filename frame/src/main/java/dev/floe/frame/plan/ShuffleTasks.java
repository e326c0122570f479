package dev.floe.frame.plan;

import dev.floe.frame.kernel.Chunks;
import dev.floe.frame.kernel.Partitioning;
import dev.floe.core.chunk.Chunk;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of a {@link Shuffle}: every row of every input moved to the output partition a
 * {@link Router} picks, then each output finished.
 *
 * <p>Implementation overview. The shuffle is three layers of tasks, as in Dask's task-based
 * shuffle: per input partition a {@code shuffle-split} task cuts its rows into one piece per
 * output; per (input, output) a {@code shuffle-piece} task takes one piece out, so that every
 * piece is its own result in the chunk store — held, spilled to disk (Arrow IPC) and read back on
 * its own; per output a {@code shuffle-combine} task concatenates its pieces in input order and
 * finishes them. Split lists live only until their pieces are taken (the pieces are the split's
 * only readers and become ready together), so a shuffle larger than memory holds at most the
 * pieces, and the store spills those. Every output depends on every input: n inputs and m outputs
 * make n·m piece tasks, a few microseconds each. Task functions capture locals only, never a plan
 * node: they travel to cluster workers.
 */
final class ShuffleTasks {
  private ShuffleTasks() {}

  /** Adds the tasks shuffling {@code inputs} into {@code outputs} partitions; returns theirs. */
  static List<TaskKey> lower(List<TaskKey> inputs, Router router, int outputs, Finish finish,
      TaskGraph.Builder graph) {
    List<List<TaskKey>> pieces = new ArrayList<>(); // [input][output]
    for (int p = 0; p < inputs.size(); p++) {
      int partition = p;
      Task split = new Task(TaskKey.of("shuffle-split", inputs.get(p), router, outputs, p),
          "shuffle-split", List.of(inputs.get(p)), in -> {
            Chunk chunk = (Chunk) in[0];
            return Partitioning.split(chunk, router.targets(chunk, partition), outputs);
          });
      graph.add(split);
      List<TaskKey> row = new ArrayList<>();
      for (int q = 0; q < outputs; q++) {
        int output = q;
        Task piece = new Task(TaskKey.of("shuffle-piece", split.key(), q), "shuffle-piece",
            List.of(split.key()), in -> ((List<?>) in[0]).get(output));
        graph.add(piece);
        row.add(piece.key());
      }
      pieces.add(row);
    }
    List<TaskKey> keys = new ArrayList<>();
    for (int q = 0; q < outputs; q++) {
      List<TaskKey> parts = new ArrayList<>();
      for (List<TaskKey> row : pieces) {
        parts.add(row.get(q));
      }
      Task combine = new Task(TaskKey.of("shuffle-combine", parts, finish), "shuffle-combine",
          parts, in -> {
            List<Chunk> chunks = new ArrayList<>();
            for (Object piece : in) {
              chunks.add((Chunk) piece);
            }
            return finish.apply(Chunks.concat(chunks));
          });
      graph.add(combine);
      keys.add(combine.key());
    }
    return keys;
  }
}
