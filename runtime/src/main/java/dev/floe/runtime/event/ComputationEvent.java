package dev.floe.runtime.event;

import dev.floe.runtime.graph.TaskGraph;

/**
 * A computation started or ended.
 *
 * @param computationId the computation, unique within this JVM
 * @param scheduler the name of the scheduler running it
 * @param taskCount how many tasks its graph holds
 * @param completedTasks how many of them have finished
 * @param elapsedNanos time since it started; 0 in a start event
 * @param outcome how it ended; {@link Outcome#RUNNING} in a start event
 * @param graph the graph being run, for diagnostics that show it (the dashboard)
 */
public record ComputationEvent(
    long computationId,
    String scheduler,
    int taskCount,
    long completedTasks,
    long elapsedNanos,
    Outcome outcome,
    TaskGraph graph) {

  /** How a computation ended. */
  public enum Outcome {
    /** Not ended yet. */
    RUNNING,
    /** Every task finished. */
    SUCCEEDED,
    /** A task failed; the rest were cancelled. */
    FAILED,
    /** The user cancelled it or interrupted the thread waiting for it. */
    CANCELLED,
    /** It ran past its timeout and was cancelled. */
    TIMED_OUT
  }
}
