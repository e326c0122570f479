package dev.floe.cli;

/** A command line the launcher cannot run; {@link Main} prints its message and the usage. */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
