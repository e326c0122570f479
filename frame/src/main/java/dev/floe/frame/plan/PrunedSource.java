package dev.floe.frame.plan;

import dev.floe.io.chunk.DType;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Some partitions of another source, in order: what is left when known divisions rule the others
 * out ({@code loc}, a filter on the index). The others' tasks are never run.
 */
public record PrunedSource(PartitionSource inner, List<Integer> kept) implements PartitionSource {
  /** Copies the list. */
  public PrunedSource {
    kept = List.copyOf(kept);
  }

  @Override
  public int partitions() {
    return kept.size();
  }

  @Override
  public List<String> columns() {
    return inner.columns();
  }

  @Override
  public List<DType> dtypes() {
    return inner.dtypes();
  }

  @Override
  public List<TaskKey> lower(List<String> columns, TaskGraph.Builder graph) {
    List<TaskKey> all = inner.lower(columns, graph);
    List<TaskKey> keys = new ArrayList<>();
    for (int partition : kept) {
      keys.add(all.get(partition));
    }
    return keys;
  }
}
