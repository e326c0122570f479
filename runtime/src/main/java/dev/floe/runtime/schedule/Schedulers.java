package dev.floe.runtime.schedule;

import dev.floe.runtime.event.ProgressBar;
import dev.floe.runtime.event.TaskListener;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Makes schedulers by name and holds the default one.
 *
 * <p>The default scheduler is Floe's one piece of global configuration: collections compute on it
 * unless told otherwise. It starts as a {@link LocalScheduler} over all cores, or as the
 * {@value #PROPERTY} system property names ({@code sync}, {@code local} or {@code local:N}), and
 * {@link #setDefault} replaces it. With it goes how progress is drawn ({@link
 * #setProgressDisplay}): a bar on stderr, or one in a notebook.
 */
public final class Schedulers {
  /** The system property that chooses the default scheduler. */
  public static final String PROPERTY = "floe.scheduler";

  private static Scheduler defaultScheduler;
  private static Supplier<TaskListener> progressDisplay = ProgressBar::new;

  private Schedulers() {}

  /** A new sync scheduler. */
  public static Scheduler sync() {
    return new SyncScheduler();
  }

  /** A new local scheduler with one worker per core. */
  public static Scheduler local() {
    return new LocalScheduler(Runtime.getRuntime().availableProcessors());
  }

  /** A new local scheduler with {@code threads} workers. */
  public static Scheduler local(int threads) {
    return new LocalScheduler(threads);
  }

  /**
   * A new scheduler by name: {@code sync}, {@code local} (one worker per core) or {@code local:N}.
   *
   * @throws IllegalArgumentException for any other name, listing the valid ones
   */
  public static Scheduler named(String name) {
    String normalized = name.trim().toLowerCase(Locale.ROOT);
    if (normalized.equals("sync")) {
      return sync();
    }
    if (normalized.equals("local")) {
      return local();
    }
    if (normalized.startsWith("local:")) {
      try {
        return local(Integer.parseInt(normalized.substring("local:".length())));
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new IllegalArgumentException(
        "unknown scheduler '" + name + "': use sync, local or local:N (N threads)");
  }

  /** The scheduler collections compute on unless told otherwise; made on first use. */
  public static synchronized Scheduler defaultScheduler() {
    if (defaultScheduler == null) {
      String name = System.getProperty(PROPERTY);
      defaultScheduler = name == null ? local() : named(name);
    }
    return defaultScheduler;
  }

  /**
   * Replaces the default scheduler and returns the one it replaced (or {@code null} if none was
   * made yet). The caller owns the old one and may close it.
   */
  public static synchronized Scheduler setDefault(Scheduler scheduler) {
    Scheduler previous = defaultScheduler;
    defaultScheduler = Objects.requireNonNull(scheduler, "scheduler");
    return previous;
  }

  /**
   * Puts {@code previous} back as the default if {@code current} is still the default (a client
   * that made itself the default undoes it when it closes); with no previous one, the next use
   * makes a fresh default.
   */
  public static synchronized void restoreDefault(Scheduler current, Scheduler previous) {
    if (defaultScheduler == current) {
      defaultScheduler = previous;
    }
  }

  /**
   * Sets what draws a computation's progress when its options ask for a bar: a new listener per
   * computation, {@link ProgressBar} on stderr unless replaced (the notebook support draws one in
   * the notebook). Returns the one it replaced.
   */
  public static synchronized Supplier<TaskListener> setProgressDisplay(
      Supplier<TaskListener> display) {
    Supplier<TaskListener> previous = progressDisplay;
    progressDisplay = Objects.requireNonNull(display, "display");
    return previous;
  }

  /** A new progress listener from the display set by {@link #setProgressDisplay}. */
  public static synchronized TaskListener newProgressDisplay() {
    return progressDisplay.get();
  }
}
