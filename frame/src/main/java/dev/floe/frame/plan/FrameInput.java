package dev.floe.frame.plan;

import dev.floe.frame.kernel.Rows;
import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A DataFrame as the input of another plan node: its source, its steps and the columns (with
 * types) it has after them.
 */
public record FrameInput(PartitionSource source, List<Step> steps, List<String> columns,
    List<DType> dtypes) {
  /** Copies the lists. */
  public FrameInput {
    steps = List.copyOf(steps);
    columns = List.copyOf(columns);
    dtypes = List.copyOf(dtypes);
  }

  /** How many partitions the input has. */
  public int partitions() {
    return source.partitions();
  }

  /** The type of {@code column}. */
  public DType dtypeOf(String column) {
    return dtypes.get(columns.indexOf(column));
  }

  /** Adds tasks making each partition with exactly {@code wanted}; returns their keys. */
  public List<TaskKey> lower(List<String> wanted, TaskGraph.Builder graph) {
    return Lowering.partitionTasks(source, steps, new LinkedHashSet<>(wanted), "partition",
        wanted, chunk -> Rows.columns(chunk, wanted), graph);
  }
}
