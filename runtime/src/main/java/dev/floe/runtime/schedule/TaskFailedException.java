package dev.floe.runtime.schedule;

import dev.floe.runtime.FloeException;
import dev.floe.runtime.graph.TaskKey;

/**
 * A task threw, so its computation stopped. The message names the task's key and operation; the
 * cause is what the task threw, with its original stack trace.
 */
public final class TaskFailedException extends FloeException {
  private static final long serialVersionUID = 1L;

  private final TaskKey key;
  private final String operation;

  /** Reports that the task {@code key} running {@code operation} threw {@code cause}. */
  public TaskFailedException(TaskKey key, String operation, Throwable cause) {
    super("task " + key + " (operation '" + operation + "') failed: " + cause, cause);
    this.key = key;
    this.operation = operation;
  }

  /** The key of the task that failed. */
  public TaskKey key() {
    return key;
  }

  /** The operation of the task that failed. */
  public String operation() {
    return operation;
  }
}
