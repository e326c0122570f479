package dev.floe.runtime;

/**
 * The root of Floe's unchecked exceptions. A Floe exception message names what went wrong in the
 * user's terms (the task, the key, the input) and carries the original cause.
 */
public class FloeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and no cause. */
  public FloeException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause it reports. */
  public FloeException(String message, Throwable cause) {
    super(message, cause);
  }
}
