package dev.floe.runtime.schedule;

import dev.floe.runtime.FloeException;
import java.time.Duration;

/** A computation ran past the timeout its options set, and was cancelled. */
public final class ComputationTimeoutException extends FloeException {
  private static final long serialVersionUID = 1L;

  /** The timeout passed with {@code finishedTasks} of {@code taskCount} tasks done. */
  public ComputationTimeoutException(Duration timeout, long finishedTasks, int taskCount) {
    super("the computation ran past its timeout of " + format(timeout) + " and was cancelled; "
        + finishedTasks + " of " + taskCount + " tasks had finished");
  }

  private static String format(Duration timeout) {
    return timeout.toMillis() % 1000 == 0
        ? timeout.toSeconds() + " s"
        : timeout.toMillis() + " ms";
  }
}
