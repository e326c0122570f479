package dev.floe.runtime.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Enforces computation timeouts with one daemon timer thread, created on first use. The timer
 * only flips a run's state and interrupts; it never runs user code.
 */
final class Deadlines {
  private static final class Timer {
    static final ScheduledThreadPoolExecutor INSTANCE = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "floe-deadlines");
        thread.setDaemon(true);
        return thread;
      });
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }

  private Deadlines() {}

  /** Stops {@code run} when it is still running after {@code timeout}. */
  static void enforce(GraphRun run, Duration timeout) {
    ScheduledFuture<?> alarm =
        Timer.INSTANCE.schedule(() -> run.timeOut(timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
    run.done().whenComplete((result, failure) -> alarm.cancel(false));
  }
}
