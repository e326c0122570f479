package dev.floe.frame.plan;

import dev.floe.frame.kernel.Chunks;
import dev.floe.frame.kernel.Partitioning;
import dev.floe.io.chunk.Chunk;
import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Partitions made by moving every row of an input to the output partition a {@link Router}
 * picks, then finishing each output ({@link Finish}: sort, drop duplicates, or keep).
 *
 * <p>Implementation overview. The shuffle is three layers of tasks, as in Dask's task-based
 * shuffle: per input partition a {@code shuffle-split} task cuts its rows into one piece per
 * output; per (input, output) a {@code shuffle-piece} task takes one piece out, so that every
 * piece is its own result in the chunk store — held, spilled to disk (Arrow IPC) and read back on
 * its own; per output a {@code shuffle-combine} task concatenates its pieces in input order and
 * finishes them. Split lists live only until their pieces are taken (the pieces are the split's
 * only readers and become ready together), so a shuffle larger than memory holds at most the
 * pieces, and the store spills those. Every output depends on every input: n inputs and m outputs
 * make n·m piece tasks, a few microseconds each.
 */
public final class ShuffleSource implements PartitionSource {
  private final FrameInput input;
  private final Router router;
  private final int outputs;
  private final Finish finish;

  /** Shuffles {@code input} into {@code outputs} partitions. */
  public ShuffleSource(FrameInput input, Router router, int outputs, Finish finish) {
    if (outputs < 1) {
      throw new IllegalArgumentException("a shuffle needs at least one output partition");
    }
    this.input = input;
    this.router = router;
    this.outputs = outputs;
    this.finish = finish;
  }

  @Override
  public int partitions() {
    return outputs;
  }

  @Override
  public List<String> columns() {
    return input.columns();
  }

  @Override
  public List<DType> dtypes() {
    return input.dtypes();
  }

  @Override
  public List<TaskKey> lower(List<String> columns, TaskGraph.Builder graph) {
    Set<String> needed = new LinkedHashSet<>(columns);
    needed.addAll(router.columns());
    needed.addAll(finish.columns());
    List<String> moved = input.columns().stream().filter(needed::contains).toList();
    List<TaskKey> inputs = input.lower(moved, graph);
    List<List<TaskKey>> pieces = new ArrayList<>(); // [input][output]
    // Tasks capture locals, never this source: their functions travel to cluster workers.
    Router route = router;
    Finish end = finish;
    int count = outputs;
    for (int p = 0; p < inputs.size(); p++) {
      int partition = p;
      Task split = new Task(TaskKey.of("shuffle-split", inputs.get(p), router, outputs, p),
          "shuffle-split", List.of(inputs.get(p)), in -> {
            Chunk chunk = (Chunk) in[0];
            return Partitioning.split(chunk, route.targets(chunk, partition), count);
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
            return end.apply(Chunks.concat(chunks));
          });
      graph.add(combine);
      keys.add(combine.key());
    }
    return keys;
  }
}
