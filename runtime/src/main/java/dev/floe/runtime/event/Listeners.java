package dev.floe.runtime.event;

/** Calls listeners so that a broken one is reported, never allowed to break a computation. */
public final class Listeners {
  private Listeners() {}

  /** Runs {@code call} on behalf of {@code listener}, printing what it throws. */
  public static void notify(TaskListener listener, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      System.err.println("floe: listener " + listener.getClass().getName() + " failed: " + e);
    }
  }
}
