package dev.floe.notebook;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.TaskListener;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One computation's progress bar, drawn as HTML in the notebook cell that runs it.
 *
 * <p>Like the terminal bar, it appears only once the computation has run for {@link
 * #SHOW_AFTER_MS} and is redrawn at most every {@link #REDRAW_INTERVAL_MS}; the end of the
 * computation draws it a last time with how it ended. Task events come from many threads; drawing
 * is under the bar's lock, and a thread that finds the bar drawn recently skips it.
 */
final class NotebookProgress implements TaskListener {
  /** How long a computation runs before its bar appears. */
  static final long SHOW_AFTER_MS = 500;
  /** The least time between two drawings. */
  static final long REDRAW_INTERVAL_MS = 250;

  private static final long NANOS_PER_MS = 1_000_000;

  private final CellDisplay display;
  private final AtomicLong finishedTasks = new AtomicLong();
  private volatile long startNanos;
  private volatile int taskCount;
  private volatile long lastDrawNanos;
  private String displayId;

  NotebookProgress(CellDisplay display) {
    this.display = display;
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
      draw(finished, now, null);
    }
  }

  @Override
  public void computationFinished(ComputationEvent event) {
    synchronized (this) {
      if (displayId != null) {
        draw(event.completedTasks(), System.nanoTime(), event.outcome());
      }
    }
  }

  private synchronized void draw(long finished, long now, ComputationEvent.Outcome outcome) {
    if (outcome == null && now - lastDrawNanos < REDRAW_INTERVAL_MS * NANOS_PER_MS) {
      return; // another thread drew meanwhile
    }
    lastDrawNanos = now;
    String html = render(finished, taskCount, now - startNanos, outcome);
    if (displayId == null) {
      displayId = display.show(html);
    } else {
      display.update(displayId, html);
    }
  }

  /** The bar: a filled track, the percentage, tasks done of all, seconds, and the outcome. */
  static String render(long finished, int total, long elapsedNanos,
      ComputationEvent.Outcome outcome) {
    double fraction = total == 0 ? 1 : Math.min(1, (double) finished / total);
    boolean failed = outcome != null && outcome != ComputationEvent.Outcome.SUCCEEDED;
    String colour = failed ? "#d62828" : "#2a9d8f";
    String ending = outcome == null ? ""
        : " &middot; " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return String.format(Locale.ROOT,
        "<div style=\"display:flex;align-items:center;gap:8px;font-family:monospace\">"
            + "<div style=\"width:300px;height:14px;background:#e7e9ee;border-radius:3px\">"
            + "<div style=\"width:%.1f%%;height:100%%;background:%s;border-radius:3px\"></div>"
            + "</div><span>%3d%% %d/%d tasks %.1f s%s</span></div>",
        fraction * 100, colour, Math.round(fraction * 100), finished, total, elapsedNanos / 1e9,
        ending);
  }
}
