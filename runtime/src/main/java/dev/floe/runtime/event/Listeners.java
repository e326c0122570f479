package dev.floe.runtime.event;

import dev.floe.core.Diagnostics;
/** Calls listeners so that a broken one is reported, never allowed to break a computation. */
public final class Listeners {
  private Listeners() {}

  /** Runs {@code call} on behalf of {@code listener}, printing what it throws. */
  public static void notify(TaskListener listener, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      Diagnostics.warn(Listeners.class,
          "listener " + listener.getClass().getName() + " failed: " + e);
    }
  }
}
