package dev.floe.frame.plan;

import dev.floe.core.Schema;
import dev.floe.core.chunk.Chunk;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.lazy.Lowered;
import java.util.List;

/**
 * Partitions a scheduler keeps after {@code persist()}: the tasks that made them, under the same
 * keys, so a scheduler that still holds them hands them out instead of running the tasks, and one
 * that does not (after release, or another scheduler) computes them again. Also the partitions of
 * a frame over tables in memory ({@code DataFrame.fromTables}), whose tasks hand out the chunks
 * they captured. Equal only to itself.
 */
public final class Persisted implements Leaf {
  private final Lowered partitions;
  private final Schema schema;
  private final Divisions divisions;

  /** The partitions {@code partitions} lowers to, with every column of {@code schema}. */
  public Persisted(Lowered partitions, Schema schema, Divisions divisions) {
    this.partitions = partitions;
    this.schema = schema;
    this.divisions = divisions;
  }

  /**
   * Partitions held in memory already (tables a user hands over): a task per chunk that hands it
   * out, under keys with a fresh identity so that two such frames are never taken for one another.
   */
  public static Persisted ofChunks(List<Chunk> chunks, Schema schema) {
    String identity = java.util.UUID.randomUUID().toString();
    List<Task> tasks = new java.util.ArrayList<>();
    List<TaskKey> keys = new java.util.ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      Task task = Task.of("from-table", List.of(), inputs -> chunk, identity, i);
      tasks.add(task);
      keys.add(task.key());
    }
    return new Persisted(new Lowered(TaskGraph.of(tasks), keys), schema, null);
  }

  /** The tasks that make the partitions. */
  public TaskGraph graph() {
    return partitions.graph();
  }

  /** The partitions' keys, in order. */
  public List<TaskKey> keys() {
    return partitions.keys();
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public int partitions() {
    return partitions.keys().size();
  }

  @Override
  public Divisions divisions() {
    return divisions;
  }


  @Override
  public String label() {
    return "Persisted(" + partitions.keys().size() + " partitions)";
  }
}
