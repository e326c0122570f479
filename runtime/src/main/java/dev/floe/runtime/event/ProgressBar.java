package dev.floe.runtime.event;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar for one computation, drawn on a stream (stderr by default).
 *
 * <p>Short computations stay quiet: the bar appears only once the computation has run for {@link
 * #SHOW_AFTER_MS}, and is redrawn at most every {@link #REDRAW_INTERVAL_MS} as tasks finish. When
 * it has been shown, the end of the computation draws it a last time and ends the line.
 */
public final class ProgressBar implements TaskListener {
  /** How long a computation runs before its bar appears. */
  public static final long SHOW_AFTER_MS = 1_000;
  /** The least time between two drawings. */
  public static final long REDRAW_INTERVAL_MS = 100;

  private static final int WIDTH_CHARS = 30;
  private static final long NANOS_PER_MS = 1_000_000;

  private final PrintStream out;
  private final AtomicLong finishedTasks = new AtomicLong();
  private volatile long startNanos;
  private volatile int taskCount;
  private volatile long lastDrawNanos;
  private boolean shown;

  /** A bar drawn on the given stream. */
  public ProgressBar(PrintStream out) {
    this.out = out;
  }

  /** A bar drawn on stderr. */
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
    if (now - startNanos >= SHOW_AFTER_MS * NANOS_PER_MS
        && now - lastDrawNanos >= REDRAW_INTERVAL_MS * NANOS_PER_MS) {
      draw(finished, now, false);
    }
  }

  @Override
  public void computationFinished(ComputationEvent event) {
    synchronized (this) {
      if (shown) {
        draw(event.completedTasks(), System.nanoTime(), true);
      }
    }
  }

  private synchronized void draw(long finished, long now, boolean last) {
    if (!last && now - lastDrawNanos < REDRAW_INTERVAL_MS * NANOS_PER_MS) {
      return; // another thread drew meanwhile
    }
    lastDrawNanos = now;
    shown = true;
    out.print("\r" + render(finished, taskCount, now - startNanos));
    if (last) {
      out.println();
    }
    out.flush();
  }

  /** The bar's text, e.g. {@code [###############...............]  50% 100/200 tasks 1.2 s}. */
  static String render(long finished, int total, long elapsedNanos) {
    double fraction = total == 0 ? 1 : Math.min(1, (double) finished / total);
    int filled = (int) Math.round(fraction * WIDTH_CHARS);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH_CHARS - filled) + "] "
        + String.format(Locale.ROOT, "%3d%% %d/%d tasks %.1f s",
            Math.round(fraction * 100), finished, total, elapsedNanos / 1e9);
  }
}
