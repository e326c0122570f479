package dev.floe.runtime.schedule;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.ChunkSizes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The state of one computation of one graph, shared by every scheduler.
 *
 * <p>Implementation overview. Per task position the run keeps: how many dependencies are still
 * unfinished ({@code pendingDependencies}), how many dependents still have to read its result
 * ({@code pendingReads}), and the result itself. A scheduler calls {@link #execute} for a task
 * whose dependencies are all finished; {@code execute} runs the task, publishes the result,
 * releases inputs nobody else needs (unless they are outputs), and hands each dependent that just
 * became ready to the scheduler's {@link ReadySink}. Who runs ready tasks, and in what order, is
 * the only thing schedulers decide.
 *
 * <p>Concurrency. Per-task counters are atomic; a result is written before the decrements that
 * make its dependents ready, and read after them, so the counter's release/acquire order
 * publishes it. The computation ends when every sink (task without dependents) has finished:
 * every task is a sink or an ancestor of one, and a sink only runs after its ancestors. The
 * {@code state} moves once from {@code RUNNING} to an end state by compare-and-set; the winner
 * completes {@code done}. Stopping early (failure, cancel, timeout) interrupts only threads that
 * are running one of this run's tasks (see {@link ThreadSlot}); tasks not yet started see the
 * state and return at once. A worker checks the state again after entering its slot: the stopper
 * sets the state before it scans the slots, so a task either sees the stop or is seen (and
 * interrupted) by it — none slips through to run unwatched.
 */
final class GraphRun {
  /** Receives the tasks that became ready; called on the thread that ran their last input. */
  interface ReadySink {
    void ready(int position);
  }

  private static final AtomicLong IDS = new AtomicLong();

  final long id = IDS.incrementAndGet();
  final TaskGraph graph;
  private final String schedulerName;
  private final List<TaskKey> outputs;
  private final boolean[] held;
  private final int[] roots;
  private final AtomicIntegerArray pendingDependencies;
  private final AtomicIntegerArray pendingReads;
  private final Object[] results;
  private final AtomicInteger unfinishedSinks;
  private final LongAdder finishedTasks = new LongAdder();
  private final AtomicInteger state = new AtomicInteger(Outcome.RUNNING.ordinal());
  private final CompletableFuture<Map<TaskKey, Object>> done = new CompletableFuture<>();
  private final TaskListener[] listeners;
  private final Set<ThreadSlot> slots = ConcurrentHashMap.newKeySet();
  private final long startNanos = System.nanoTime();
  private volatile boolean interruptedWorkers;

  GraphRun(
      TaskGraph graph,
      Collection<TaskKey> outputs,
      String schedulerName,
      List<TaskListener> listeners) {
    this.graph = graph;
    this.schedulerName = schedulerName;
    this.outputs = List.copyOf(outputs);
    this.listeners = listeners.toArray(new TaskListener[0]);
    int n = graph.size();
    this.held = new boolean[n];
    for (TaskKey output : this.outputs) {
      int position = graph.position(output);
      if (position < 0) {
        throw new IllegalArgumentException(
            "cannot compute " + output + ": the graph has no task with that key");
      }
      held[position] = true;
    }
    this.results = new Object[n];
    this.pendingDependencies = new AtomicIntegerArray(n);
    this.pendingReads = new AtomicIntegerArray(n);
    int rootCount = 0;
    int sinkCount = 0;
    for (int i = 0; i < n; i++) {
      int dependencies = graph.dependencyCount(i);
      int dependents = graph.dependentCount(i);
      pendingDependencies.set(i, dependencies);
      pendingReads.set(i, dependents);
      rootCount += dependencies == 0 ? 1 : 0;
      sinkCount += dependents == 0 ? 1 : 0;
    }
    this.roots = new int[rootCount];
    for (int i = 0, r = 0; i < n; i++) {
      if (graph.dependencyCount(i) == 0) {
        roots[r++] = i;
      }
    }
    this.unfinishedSinks = new AtomicInteger(sinkCount);
  }

  /** Announces the start; an empty graph ends here. Call once, before any {@link #execute}. */
  void begin() {
    fireComputation(listener -> listener.computationStarted(event(Outcome.RUNNING)));
    if (graph.size() == 0) {
      succeed();
    }
  }

  /** Positions of the tasks without dependencies, in topological order. */
  int[] roots() {
    return roots;
  }

  boolean isRunning() {
    return state.get() == Outcome.RUNNING.ordinal();
  }

  CompletableFuture<Map<TaskKey, Object>> done() {
    return done;
  }

  long finishedTasks() {
    return finishedTasks.sum();
  }

  int runningTasks() {
    int count = 0;
    for (ThreadSlot slot : slots) {
      count += slot.isRunning(this) ? 1 : 0;
    }
    return count;
  }

  /** The result held for a position right now (null once released); for tests. */
  Object heldResult(int position) {
    return results[position];
  }

  void register(ThreadSlot slot) {
    slots.add(slot);
  }

  /** Runs the ready task at {@code position}, unless the computation has stopped. */
  void execute(int position, ReadySink sink) {
    if (!isRunning()) {
      return;
    }
    Task task = graph.task(position);
    Object[] inputs = gatherInputs(position);
    long start = listeners.length == 0 ? 0 : fireTaskStarted(task);
    ThreadSlot slot = ThreadSlot.current();
    GraphRun previous = slot.enter(this);
    if (!isRunning()) {
      // Stopped between the first check and entering the slot: the stopper may have missed us.
      slot.exit(previous);
      clearStrayInterrupt();
      return;
    }
    Object result;
    try {
      result = task.function().apply(inputs);
    } catch (Throwable failure) {
      slot.exit(previous);
      clearStrayInterrupt();
      if (listeners.length > 0) {
        fireTaskFinished(task, start, ChunkSizes.UNKNOWN, failure);
      }
      fail(task, failure);
      return;
    }
    slot.exit(previous);
    clearStrayInterrupt();
    results[position] = result;
    finishedTasks.increment();
    if (listeners.length > 0) {
      fireTaskFinished(task, start, ChunkSizes.estimateBytes(result), null);
    }
    releaseInputs(position);
    for (int i = 0, n = graph.dependentCount(position); i < n; i++) {
      int dependent = graph.dependent(position, i);
      if (pendingDependencies.decrementAndGet(dependent) == 0) {
        sink.ready(dependent);
      }
    }
    if (graph.dependentCount(position) == 0 && unfinishedSinks.decrementAndGet() == 0) {
      succeed();
    }
  }

  private Object[] gatherInputs(int position) {
    int count = graph.dependencyCount(position);
    Object[] inputs = new Object[count];
    for (int i = 0; i < count; i++) {
      inputs[i] = results[graph.dependency(position, i)];
    }
    return inputs;
  }

  /** Drops inputs that no other pending task reads; outputs are kept for the caller. */
  private void releaseInputs(int position) {
    for (int i = 0, n = graph.dependencyCount(position); i < n; i++) {
      int input = graph.dependency(position, i);
      if (!held[input] && pendingReads.decrementAndGet(input) == 0) {
        results[input] = null;
      }
    }
  }

  /** An interrupt this run sent to stop a task must not leak into the thread's next task. */
  private void clearStrayInterrupt() {
    if (interruptedWorkers && !isRunning()) {
      Thread.interrupted();
    }
  }

  private void succeed() {
    Map<TaskKey, Object> values = new LinkedHashMap<>();
    for (TaskKey output : outputs) {
      values.put(output, results[graph.position(output)]);
    }
    if (state.compareAndSet(Outcome.RUNNING.ordinal(), Outcome.SUCCEEDED.ordinal())) {
      // Listeners hear of the end before the caller does, so a progress bar is finished first.
      fireComputation(listener -> listener.computationFinished(event(Outcome.SUCCEEDED)));
      done.complete(Collections.unmodifiableMap(values));
    }
  }

  /**
   * The first failure stops the run. A task that was interrupted because the caller's thread was
   * interrupted (the sync scheduler) counts as a cancellation, not a failure.
   */
  private void fail(Task task, Throwable failure) {
    if (failure instanceof InterruptedException) {
      if (!interruptedWorkers) {
        Thread.currentThread().interrupt(); // not ours: keep it for the thread's owner
      }
      stop(Outcome.CANCELLED, new CancellationException("interrupted while running " + task.key()));
    } else {
      stop(Outcome.FAILED, new TaskFailedException(task.key(), task.operation(), failure));
    }
  }

  /** Cancels the computation; returns whether this call stopped it. */
  boolean cancel() {
    return stop(Outcome.CANCELLED, new CancellationException("the computation was cancelled"));
  }

  /** Stops the computation because its timeout passed. */
  void timeOut(Duration timeout) {
    stop(Outcome.TIMED_OUT,
        new ComputationTimeoutException(timeout, finishedTasks(), graph.size()));
  }

  private boolean stop(Outcome outcome, RuntimeException reason) {
    if (!state.compareAndSet(Outcome.RUNNING.ordinal(), outcome.ordinal())) {
      return false;
    }
    interruptedWorkers = true;
    for (ThreadSlot slot : slots) {
      slot.interruptIfRunning(this);
    }
    Arrays.fill(results, null);
    fireComputation(listener -> listener.computationFinished(event(outcome)));
    done.completeExceptionally(reason);
    return true;
  }

  private ComputationEvent event(Outcome outcome) {
    long elapsed = outcome == Outcome.RUNNING ? 0 : System.nanoTime() - startNanos;
    return new ComputationEvent(
        id, schedulerName, graph.size(), finishedTasks(), elapsed, outcome);
  }

  private long fireTaskStarted(Task task) {
    long start = System.nanoTime();
    TaskEvent event = new TaskEvent(id, task.key(), task.operation(),
        Thread.currentThread().getName(), start, 0, ChunkSizes.UNKNOWN, null);
    for (TaskListener listener : listeners) {
      notify(listener, () -> listener.taskStarted(event));
    }
    return start;
  }

  private void fireTaskFinished(Task task, long start, long resultBytes, Throwable failure) {
    TaskEvent event = new TaskEvent(id, task.key(), task.operation(),
        Thread.currentThread().getName(), start, System.nanoTime() - start, resultBytes, failure);
    for (TaskListener listener : listeners) {
      notify(listener, () -> listener.taskFinished(event));
    }
  }

  private void fireComputation(Consumer<TaskListener> call) {
    for (TaskListener listener : listeners) {
      notify(listener, () -> call.accept(listener));
    }
  }

  /** A broken listener is reported, never allowed to break the computation. */
  private static void notify(TaskListener listener, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      System.err.println("floe: listener " + listener.getClass().getName() + " failed: " + e);
    }
  }
}
