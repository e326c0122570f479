package dev.floe.runtime.event;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;

/** Whether computations draw a progress bar on stderr. */
public enum ProgressMode {
  /** Draw one when stderr is a terminal (the default). */
  AUTO,
  /** Always draw one, even into a file or pipe. */
  ON,
  /** Never draw one. */
  OFF;

  /** The system property that sets the default mode: {@code auto}, {@code on} or {@code off}. */
  public static final String PROPERTY = "floe.progress";

  /** The mode the {@value #PROPERTY} system property asks for; {@link #AUTO} when unset. */
  public static ProgressMode fromSystemProperty() {
    String value = System.getProperty(PROPERTY, "auto").trim().toUpperCase(Locale.ROOT);
    return switch (value) {
      case "ON", "TRUE", "YES" -> ON;
      case "OFF", "FALSE", "NO" -> OFF;
      default -> AUTO;
    };
  }

  /** Whether a bar should be drawn under this mode on this process's stderr. */
  public boolean enabled() {
    return this == ON || (this == AUTO && terminalAttached());
  }

  /**
   * Whether the process talks to a terminal. Before JDK 22 a console exists only for an
   * interactive terminal; from JDK 22 it always exists and {@code isTerminal()} tells.
   */
  private static boolean terminalAttached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
