package dev.floe.cluster;

import dev.floe.runtime.FloeException;
import java.io.Serial;

/**
 * A result cannot be sent to another JVM: no chunk codec writes it and Java serialization fails.
 * Fails the task that needed it (a retry would fail the same way).
 */
public final class UntransferableResultException extends FloeException {
  @Serial private static final long serialVersionUID = 1L;

  UntransferableResultException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The untransferable-result failure in {@code failure}'s causes, or null. */
  static UntransferableResultException in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UntransferableResultException untransferable) {
        return untransferable;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
