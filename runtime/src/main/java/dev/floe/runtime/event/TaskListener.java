package dev.floe.runtime.event;

/**
 * Observes computations and their tasks.
 *
 * <p>Task events arrive on the threads that run the tasks, concurrently, so implementations must
 * be thread-safe and quick: a slow listener slows every task. An exception thrown by a listener
 * is reported on stderr and otherwise ignored; it never fails the computation.
 */
public interface TaskListener {
  /** A computation has started. */
  default void computationStarted(ComputationEvent event) {}

  /** A task is about to run. */
  default void taskStarted(TaskEvent event) {}

  /** A task has finished, with a result or a failure. */
  default void taskFinished(TaskEvent event) {}

  /**
   * A result moved between memory, disk and workers. Not tied to one computation; only
   * listeners a scheduler watches with (see {@code Scheduler.watch}) receive these.
   */
  default void dataMoved(DataEvent event) {}

  /** A computation has ended; {@link ComputationEvent#outcome()} says how. */
  default void computationFinished(ComputationEvent event) {}
}
