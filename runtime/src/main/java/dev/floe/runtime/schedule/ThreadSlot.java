package dev.floe.runtime.schedule;

/**
 * What one thread is running now, so that stopping a computation can interrupt exactly the
 * threads busy with its tasks.
 *
 * <p>Concurrency: {@code running} is written by the owning thread and read by a stopping thread,
 * both under this slot's monitor. The monitor makes "is it still running my task?" and the
 * interrupt one step, so an interrupt can never land on the next, unrelated task. {@code
 * registeredWith} is touched by the owning thread only.
 */
final class ThreadSlot {
  private static final ThreadLocal<ThreadSlot> CURRENT = ThreadLocal.withInitial(ThreadSlot::new);

  private final Thread thread = Thread.currentThread();
  private GraphRun running;
  private GraphRun registeredWith;

  private ThreadSlot() {}

  static ThreadSlot current() {
    return CURRENT.get();
  }

  /** Marks this thread as running a task of {@code run}; returns what it ran before (nesting). */
  GraphRun enter(GraphRun run) {
    if (registeredWith != run) {
      run.register(this);
      registeredWith = run;
    }
    synchronized (this) {
      GraphRun previous = running;
      running = run;
      return previous;
    }
  }

  /** Marks the task of {@code run} as finished on this thread. */
  void exit(GraphRun previous) {
    synchronized (this) {
      running = previous;
    }
  }

  /** Interrupts the owning thread if it is running a task of {@code run} right now. */
  synchronized void interruptIfRunning(GraphRun run) {
    if (running == run) {
      thread.interrupt();
    }
  }

  /** Whether the owning thread is running a task of {@code run} right now. */
  synchronized boolean isRunning(GraphRun run) {
    return running == run;
  }
}
