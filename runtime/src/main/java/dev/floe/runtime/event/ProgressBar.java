package dev.floe.runtime.event;

import dev.floe.runtime.event.ComputationEvent.Outcome;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One computation's progress bar: decides when to draw, and leaves how to a {@link View} — a line
 * on a terminal stream (stderr by default) or, in a notebook, HTML in the running cell.
 *
 * <p>Short computations stay quiet: the bar appears only once the computation has run for the
 * "show after" time, and is redrawn at most once per redraw interval as tasks finish. When it has
 * been shown, the end of the computation draws it a last time, with the outcome. Task events come
 * from many threads; drawing is under the bar's lock, and a thread that finds the bar drawn
 * recently skips it.
 */
public final class ProgressBar implements TaskListener {
  /** How long a computation runs before a terminal bar appears. */
  public static final long SHOW_AFTER_MS = 1_000;
  /** The least time between two drawings of a terminal bar. */
  public static final long REDRAW_INTERVAL_MS = 100;

  private static final int WIDTH_CHARS = 30;
  private static final long NANOS_PER_MS = 1_000_000;

  /** Draws the bar somewhere. */
  public interface View {
    /**
     * Draws the bar: {@code finished} of {@code total} tasks after {@code elapsedNanos}; {@code
     * outcome} is {@code null} while the computation runs, and how it ended in the last drawing.
     */
    void draw(long finished, int total, long elapsedNanos, Outcome outcome);
  }

  private final View view;
  private final long showAfterNanos;
  private final long redrawIntervalNanos;
  private final AtomicLong finishedTasks = new AtomicLong();
  private volatile long startNanos;
  private volatile int taskCount;
  private volatile long lastDrawNanos;
  private boolean shown;

  /** A bar drawn by {@code view}, shown after {@code showAfterMs} and redrawn at most so often. */
  public ProgressBar(View view, long showAfterMs, long redrawIntervalMs) {
    this.view = view;
    this.showAfterNanos = showAfterMs * NANOS_PER_MS;
    this.redrawIntervalNanos = redrawIntervalMs * NANOS_PER_MS;
  }

  /** A text bar drawn on the given stream, redrawn in place with a carriage return. */
  public ProgressBar(PrintStream out) {
    this((finished, total, elapsed, outcome) -> {
      out.print("\r" + render(finished, total, elapsed));
      if (outcome != null) {
        out.println();
      }
      out.flush();
    }, SHOW_AFTER_MS, REDRAW_INTERVAL_MS);
  }

  /** A text bar drawn on stderr. */
  public ProgressBar() {
    this(System.err);
  }

  @Override
  public void computationStarted(ComputationEvent event) {
    taskCount = event.taskCount();
    startNanos = System.nanoTime();
    lastDrawNanos = startNanos;
  }

  @Override
  public void taskFinished(TaskEvent event) {
    long finished = finishedTasks.incrementAndGet();
    long now = System.nanoTime();
    if (now - startNanos >= showAfterNanos && now - lastDrawNanos >= redrawIntervalNanos) {
      draw(finished, now, null);
    }
  }

  @Override
  public void computationFinished(ComputationEvent event) {
    synchronized (this) {
      if (shown) {
        draw(event.completedTasks(), System.nanoTime(), event.outcome());
      }
    }
  }

  private synchronized void draw(long finished, long now, Outcome outcome) {
    if (outcome == null && now - lastDrawNanos < redrawIntervalNanos) {
      return; // another thread drew meanwhile
    }
    lastDrawNanos = now;
    shown = true;
    view.draw(finished, taskCount, now - startNanos, outcome);
  }

  /** The bar's text, e.g. {@code [###############...............]  50% 100/200 tasks 1.2 s}. */
  static String render(long finished, int total, long elapsedNanos) {
    double fraction = fraction(finished, total);
    int filled = (int) Math.round(fraction * WIDTH_CHARS);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH_CHARS - filled) + "] "
        + String.format(Locale.ROOT, "%3d%% %d/%d tasks %.1f s",
            Math.round(fraction * 100), finished, total, elapsedNanos / 1e9);
  }

  /** The share of {@code total} that {@code finished} is, between 0 and 1 (1 for no tasks). */
  public static double fraction(long finished, int total) {
    return total == 0 ? 1 : Math.min(1, (double) finished / total);
  }
}
