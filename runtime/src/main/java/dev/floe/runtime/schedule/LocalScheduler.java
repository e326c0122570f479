package dev.floe.runtime.schedule;

import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.store.MemoryBudget;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a work-stealing pool of threads, one per core by default.
 *
 * <p>Implementation overview. The pool is a {@link ForkJoinPool} in LIFO mode: every worker owns
 * a deque, pushes and pops work at its head, and idle workers steal the oldest work from the tail
 * of others. A worker that finishes a task goes straight on with the first dependent the task made
 * ready (no queueing at all), and pushes the others on its own deque; so a worker finishes the
 * branch it started — depth first, freeing inputs early — while thieves take the oldest, largest
 * pieces of work. The roots are spread by recursive halving: a worker keeps the first half of its
 * range and pushes the second, which another worker steals and halves again.
 *
 * <p>A task may itself compute another graph, or wait on a future, from inside the pool: waiting
 * goes through the pool's managed blocking, which adds a spare worker while one is blocked, so
 * nested work cannot starve the pool. All per-computation state lives in {@link GraphRun}; the
 * pool is shared by every computation of this scheduler.
 */
public final class LocalScheduler extends BaseScheduler {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ForkJoinPool pool;

  /** A scheduler with {@code threads} workers and no listeners of its own. */
  public LocalScheduler(int threads) {
    this(threads, List.of());
  }

  /** A scheduler with {@code threads} workers that reports every computation to listeners. */
  public LocalScheduler(int threads, List<TaskListener> listeners) {
    this(threads, listeners, MemoryBudget.fromSystemProperties());
  }

  /**
   * A scheduler with {@code threads} workers that reports every computation to listeners and
   * holds results under {@code budget}.
   */
  public LocalScheduler(int threads, List<TaskListener> listeners, MemoryBudget budget) {
    super(listeners, budget);
    if (threads < 1) {
      throw new IllegalArgumentException("a local scheduler needs at least 1 thread, not " + threads);
    }
    int poolNumber = POOLS.incrementAndGet();
    AtomicInteger workers = new AtomicInteger();
    this.pool = new ForkJoinPool(
        threads,
        forkJoinPool -> {
          ForkJoinWorkerThread worker =
              ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
          worker.setName("floe-local-" + poolNumber + "-worker-" + workers.incrementAndGet());
          worker.setDaemon(true);
          return worker;
        },
        null,
        false);
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public int parallelism() {
    return pool.getParallelism();
  }

  @Override
  void launch(GraphRun run) {
    int[] roots = run.roots();
    pool.execute(new RootsTask(run, roots, 0, roots.length));
  }

  /**
   * Stops accepting work and waits briefly for running tasks (the threads are daemons); drops
   * persisted results and deletes the spill folder.
   */
  @Override
  public void close() {
    closeStore();
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LocalScheduler[threads=" + parallelism() + "]";
  }

  /**
   * Runs a chain of tasks on one worker: the task itself, then the first dependent each task made
   * ready; further ready dependents are forked onto this worker's deque.
   */
  private abstract static class ChainTask extends RecursiveAction implements GraphRun.ReadySink {
    private static final long serialVersionUID = 1L;

    final transient GraphRun run;
    private int next = -1;

    ChainTask(GraphRun run) {
      this.run = run;
    }

    final void runChain(int first) {
      int position = first;
      while (position >= 0) {
        next = -1;
        try {
          run.execute(position, this);
        } catch (Throwable failure) {
          // An Error outside the task's own function (out of memory while gathering its inputs,
          // keeping its result or telling a listener) would end this fork-join task with nobody
          // to join it, and the computation would wait forever: fail it with the cause instead.
          run.failAt(position, failure);
          return;
        }
        position = next;
      }
    }

    @Override
    public final void ready(int position) {
      if (next < 0) {
        next = position;
      } else {
        new DependentTask(run, position).fork();
      }
    }
  }

  /** Runs one ready task and the chain it starts. */
  private static final class DependentTask extends ChainTask {
    private static final long serialVersionUID = 1L;
    private final int position;

    DependentTask(GraphRun run, int position) {
      super(run);
      this.position = position;
    }

    @Override
    protected void compute() {
      runChain(position);
    }
  }

  /** Runs the roots {@code roots[from, to)}, handing halves of the range to thieves. */
  private static final class RootsTask extends ChainTask {
    private static final long serialVersionUID = 1L;
    private final transient int[] roots;
    private final int from;
    private final int to;

    RootsTask(GraphRun run, int[] roots, int from, int to) {
      super(run);
      this.roots = roots;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      int end = to;
      while (end - from > 1 && run.isRunning()) {
        int middle = (from + end) >>> 1;
        new RootsTask(run, roots, middle, end).fork();
        end = middle;
      }
      if (end > from) {
        runChain(roots[from]);
      }
    }
  }
}
