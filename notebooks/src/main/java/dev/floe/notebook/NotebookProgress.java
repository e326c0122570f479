package dev.floe.notebook;

import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.ProgressBar;
import java.util.Locale;

/**
 * Draws a computation's progress bar as HTML in the notebook cell that runs it: shown the first
 * time, then updated in place. {@link ProgressBar} decides when.
 */
final class NotebookProgress implements ProgressBar.View {
  /** How long a computation runs before its bar appears in the notebook. */
  static final long SHOW_AFTER_MS = 500;
  /** The least time between two drawings in the notebook. */
  static final long REDRAW_INTERVAL_MS = 250;

  private final CellDisplay display;
  private String displayId; // guarded by the bar's lock: ProgressBar draws under it

  private NotebookProgress(CellDisplay display) {
    this.display = display;
  }

  /** A new bar for one computation, drawn in {@code display}. */
  static ProgressBar bar(CellDisplay display) {
    return bar(display, SHOW_AFTER_MS, REDRAW_INTERVAL_MS);
  }

  /** A new bar drawn in {@code display} with the given thresholds (tests use zero). */
  static ProgressBar bar(CellDisplay display, long showAfterMs, long redrawIntervalMs) {
    return new ProgressBar(new NotebookProgress(display), showAfterMs, redrawIntervalMs);
  }

  @Override
  public void draw(long finished, int total, long elapsedNanos, Outcome outcome) {
    String html = render(finished, total, elapsedNanos, outcome);
    if (displayId == null) {
      displayId = display.show(html);
    } else {
      display.update(displayId, html);
    }
  }

  /** The bar: a filled track, the percentage, tasks done of all, seconds, and the outcome. */
  static String render(long finished, int total, long elapsedNanos, Outcome outcome) {
    double fraction = ProgressBar.fraction(finished, total);
    boolean failed = outcome != null && outcome != Outcome.SUCCEEDED;
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
