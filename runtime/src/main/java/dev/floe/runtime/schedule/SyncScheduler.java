package dev.floe.runtime.schedule;

import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.store.MemoryBudget;
import java.util.List;

/**
 * Runs every task on the calling thread, one at a time, in a deterministic depth-first order: the
 * roots in graph order, and each task's newly ready dependents before anything else. For
 * debugging (breakpoints and stack traces stay in the caller's thread) and for tests.
 *
 * <p>{@link #start} returns only when the computation has ended. Another thread may cancel it;
 * interrupting the calling thread stops it and leaves the interrupt flag set.
 */
public final class SyncScheduler extends BaseScheduler {
  /** A sync scheduler without listeners of its own. */
  public SyncScheduler() {
    this(List.of());
  }

  /** A sync scheduler that reports every computation to {@code listeners}. */
  public SyncScheduler(List<TaskListener> listeners) {
    this(listeners, MemoryBudget.fromSystemProperties());
  }

  /** A sync scheduler that reports to {@code listeners} and holds results under {@code budget}. */
  public SyncScheduler(List<TaskListener> listeners, MemoryBudget budget) {
    super(listeners, budget);
  }

  @Override
  public String name() {
    return "sync";
  }

  @Override
  public int parallelism() {
    return 1;
  }

  @Override
  void launch(GraphRun run) {
    int[] stack = new int[run.graph.size()];
    int[] top = {0};
    int[] roots = run.roots();
    for (int i = roots.length - 1; i >= 0; i--) {
      stack[top[0]++] = roots[i];
    }
    GraphRun.ReadySink push = position -> stack[top[0]++] = position;
    while (top[0] > 0 && run.isRunning()) {
      if (Thread.currentThread().isInterrupted()) {
        run.cancel();
        return;
      }
      run.execute(stack[--top[0]], push);
    }
  }

  /** Drops persisted results and deletes the spill folder; the scheduler owns no threads. */
  @Override
  public void close() {
    closeStore();
  }

  @Override
  public String toString() {
    return "SyncScheduler";
  }
}
