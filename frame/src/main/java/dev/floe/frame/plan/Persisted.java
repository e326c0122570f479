package dev.floe.frame.plan;

import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/**
 * Partitions a scheduler keeps after {@code persist()}: the tasks that made them, under the same
 * keys, so a scheduler that still holds them hands them out instead of running the tasks, and one
 * that does not (after release, or another scheduler) computes them again. Equal only to itself.
 */
public final class Persisted implements FramePlan {
  private final TaskGraph graph;
  private final List<TaskKey> keys;
  private final Schema schema;
  private final Divisions divisions;

  /** The partitions under {@code keys}, made by {@code graph}, with every column of schema. */
  public Persisted(TaskGraph graph, List<TaskKey> keys, Schema schema, Divisions divisions) {
    this.graph = graph;
    this.keys = List.copyOf(keys);
    this.schema = schema;
    this.divisions = divisions;
  }

  /** The tasks that make the partitions. */
  public TaskGraph graph() {
    return graph;
  }

  /** The partitions' keys, in order. */
  public List<TaskKey> keys() {
    return keys;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public int partitions() {
    return keys.size();
  }

  @Override
  public Divisions divisions() {
    return divisions;
  }

  @Override
  public List<FramePlan> inputs() {
    return List.of();
  }

  @Override
  public FramePlan withInputs(List<FramePlan> inputs) {
    return this;
  }

  @Override
  public String label() {
    return "Persisted(" + keys.size() + " partitions)";
  }
}
