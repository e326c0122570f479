package dev.floe.core;

import org.slf4j.LoggerFactory;

/**
 * Where Floe's own warnings go — skipped bad lines, spill trouble, worker and transport events:
 * through SLF4J when the application has an SLF4J binding (Logback, Log4j, slf4j-simple…), so
 * its logging configuration governs them, under the logger of the class that reports; otherwise
 * on standard error as {@code floe: …}, so that nothing is lost where no logging is set up.
 * Progress bars are not diagnostics: they stay on standard error.
 */
public final class Diagnostics {
  private static final boolean BOUND = bindingPresent();

  private Diagnostics() {}

  /** Reports a warning from {@code source}. */
  public static void warn(Class<?> source, String message) {
    if (BOUND) {
      LoggerFactory.getLogger(source).warn(message);
    } else {
      System.err.println("floe: " + message);
    }
  }

  /** Whether warnings go to SLF4J here (for tests and for saying where to look). */
  public static boolean viaSlf4j() {
    return BOUND;
  }

  /**
   * Whether an SLF4J binding is present, asked without touching {@link LoggerFactory} (which
   * prints its own warning when there is none): SLF4J 1.7 looks for this class.
   */
  private static boolean bindingPresent() {
    try {
      Class.forName("org.slf4j.impl.StaticLoggerBinder", false,
          Diagnostics.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
