package dev.floe.runtime.schedule;

import dev.floe.runtime.event.ProgressMode;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one computation: a timeout, extra listeners, and whether to draw a progress bar.
 * Immutable; each {@code with} method returns a new value.
 */
public final class ComputeOptions {
  private final Duration timeout;
  private final List<TaskListener> listeners;
  private final ProgressMode progress;

  private ComputeOptions(Duration timeout, List<TaskListener> listeners, ProgressMode progress) {
    this.timeout = timeout;
    this.listeners = List.copyOf(listeners);
    this.progress = progress;
  }

  /**
   * No timeout, no extra listeners, and a progress bar as the {@value ProgressMode#PROPERTY}
   * system property says (on a terminal only, by default).
   */
  public static ComputeOptions defaults() {
    return new ComputeOptions(null, List.of(), ProgressMode.fromSystemProperty());
  }

  /** Cancels the computation when it runs longer than {@code timeout}. */
  public ComputeOptions withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
    }
    return new ComputeOptions(timeout, listeners, progress);
  }

  /** Adds a listener for this computation's events. */
  public ComputeOptions withListener(TaskListener listener) {
    List<TaskListener> more = new ArrayList<>(listeners);
    more.add(Objects.requireNonNull(listener, "listener"));
    return new ComputeOptions(timeout, more, progress);
  }

  /** Chooses whether to draw a progress bar on stderr. */
  public ComputeOptions withProgress(ProgressMode progress) {
    return new ComputeOptions(timeout, listeners, Objects.requireNonNull(progress, "progress"));
  }

  /** The timeout, if any. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The extra listeners. */
  public List<TaskListener> listeners() {
    return listeners;
  }

  /** The progress bar mode. */
  public ProgressMode progress() {
    return progress;
  }

  /**
   * The listeners one computation reports to: the scheduler's own, those watching it now, these
   * options' listeners, and a progress display (see {@link Schedulers#setProgressDisplay}) when
   * the progress mode asks for one.
   */
  public List<TaskListener> listenersFor(List<TaskListener> schedulerListeners, Watchers watchers) {
    List<TaskListener> all = new ArrayList<>(schedulerListeners);
    all.addAll(watchers.current());
    all.addAll(listeners);
    if (progress.enabled()) {
      all.add(Schedulers.newProgressDisplay());
    }
    return all;
  }
}
