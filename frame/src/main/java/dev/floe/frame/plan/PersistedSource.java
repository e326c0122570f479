package dev.floe.frame.plan;

import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * Partitions a scheduler keeps after {@code persist()}: the tasks that made them, under the same
 * keys, so a scheduler that still holds them hands them out instead of running the tasks, and one
 * that does not (after release, or another scheduler) simply computes them again.
 *
 * @param graph the tasks that make the partitions
 * @param keys the partitions' keys, in order
 */
public record PersistedSource(TaskGraph graph, List<TaskKey> keys, List<String> columns,
    List<DType> dtypes) implements PartitionSource {
  /** Copies the lists. */
  public PersistedSource {
    keys = List.copyOf(keys);
    columns = List.copyOf(columns);
    dtypes = List.copyOf(dtypes);
  }

  @Override
  public int partitions() {
    return keys.size();
  }

  /** The persisted partitions have every column; {@code columns} are selected by later steps. */
  @Override
  public List<TaskKey> lower(List<String> columns, TaskGraph.Builder builder) {
    builder.addAll(graph);
    return keys;
  }
}
