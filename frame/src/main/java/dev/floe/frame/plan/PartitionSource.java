package dev.floe.frame.plan;

import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * Where a DataFrame's partitions come from before its row-wise steps: CSV blocks ({@link
 * CsvSource}), a shuffle, a join, persisted partitions, or a subset of another source's
 * partitions.
 */
public sealed interface PartitionSource
    permits CsvSource, ShuffleSource, JoinSource, PersistedSource, PrunedSource {
  /** How many partitions there are. */
  int partitions();

  /** The columns every partition has, in order. */
  List<String> columns();

  /** Their types. */
  List<DType> dtypes();

  /**
   * Adds the tasks that make each partition (a chunk with at least {@code columns}) to {@code
   * graph}; returns their keys in partition order.
   */
  List<TaskKey> lower(List<String> columns, TaskGraph.Builder graph);
}
