package dev.floe.runtime.schedule;

import dev.floe.runtime.FloeException;
import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.Listeners;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.ChunkSizes;
import dev.floe.runtime.store.ChunkStore;
import dev.floe.runtime.store.HeldChunk;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
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
 *
 * <p>Memory. A result of at least {@link ChunkStore#MIN_HELD_BYTES} that a dependent or the caller
 * still needs is held in the scheduler's {@link ChunkStore} as a {@link HeldChunk}, which may be
 * spilled to disk and is read back (pinned) when a dependent gathers its inputs. A task that reads
 * input (a root) does not start while held results exceed the budget and other tasks of the run
 * are still running: those will release or spill memory, and reading more would only add to it.
 * A held result is released exactly once, by whoever takes it out of {@code results} with an
 * atomic get-and-set (the last reader, or a stop).
 */
final class GraphRun implements Computation.Handle {
  /** Receives the tasks that became ready; called on the thread that ran their last input. */
  interface ReadySink {
    void ready(int position);
  }

  private static final AtomicLong IDS = new AtomicLong();
  private static final VarHandle RESULTS = MethodHandles.arrayElementVarHandle(Object[].class);
  private static final long BACKPRESSURE_POLL_MS = 20;

  final long id = IDS.incrementAndGet();
  final TaskGraph graph;
  private final String schedulerName;
  private final List<TaskKey> outputs;
  private final ChunkStore store;
  private final boolean holdOutputs;
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
      List<TaskListener> listeners,
      ChunkStore store,
      boolean holdOutputs) {
    this.graph = graph;
    this.store = store;
    this.holdOutputs = holdOutputs;
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

  @Override
  public long id() {
    return id;
  }

  @Override
  public int taskCount() {
    return graph.size();
  }

  /** Positions of the tasks without dependencies, in topological order. */
  int[] roots() {
    return roots;
  }

  boolean isRunning() {
    return state.get() == Outcome.RUNNING.ordinal();
  }

  @Override
  public CompletableFuture<Map<TaskKey, Object>> done() {
    return done;
  }

  @Override
  public long finishedTasks() {
    return finishedTasks.sum();
  }

  @Override
  public int runningTasks() {
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
    if (graph.dependencyCount(position) == 0 && store.overBudget()) {
      waitForMemory();
    }
    Task task = graph.task(position);
    Object[] inputs;
    try {
      inputs = gatherInputs(position);
    } catch (RuntimeException failure) {
      fail(task, failure);
      return;
    }
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
      unpinInputs(position);
      clearStrayInterrupt();
      if (listeners.length > 0) {
        fireTaskFinished(task, start, ChunkSizes.UNKNOWN, failure);
      }
      fail(task, failure);
      return;
    }
    slot.exit(previous);
    unpinInputs(position);
    clearStrayInterrupt();
    long bytes = result instanceof HeldChunk held ? held.bytes() : ChunkSizes.estimateBytes(result);
    try {
      Object kept = keep(position, result, bytes);
      if (kept instanceof HeldChunk) {
        RESULTS.setVolatile(results, position, kept);
        if (!isRunning()) { // stopped meanwhile: the stopper may have missed this result
          releaseResult(position);
          return;
        }
      } else {
        results[position] = kept;
      }
    } catch (RuntimeException failure) { // the spill limit, or a failed spill
      if (listeners.length > 0) {
        fireTaskFinished(task, start, bytes, failure);
      }
      fail(task, failure);
      return;
    }
    finishedTasks.increment();
    if (listeners.length > 0) {
      fireTaskFinished(task, start, bytes, null);
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

  /** The inputs' values, reading spilled ones back; held inputs stay pinned until the task ends. */
  private Object[] gatherInputs(int position) {
    int count = graph.dependencyCount(position);
    Object[] inputs = new Object[count];
    for (int i = 0; i < count; i++) {
      Object result = results[graph.dependency(position, i)];
      inputs[i] = result instanceof HeldChunk held ? held.pin() : result;
    }
    return inputs;
  }

  private void unpinInputs(int position) {
    for (int i = 0, n = graph.dependencyCount(position); i < n; i++) {
      if (results[graph.dependency(position, i)] instanceof HeldChunk held) {
        held.unpin();
      }
    }
  }

  /**
   * What to keep for a result: a chunk worth tracking (or any output, when outputs are held) goes
   * to the store; a result nobody reads is not kept at all.
   */
  private Object keep(int position, Object result, long bytes) {
    boolean needed = held[position] || graph.dependentCount(position) > 0;
    if (result instanceof HeldChunk || !needed) {
      return result;
    }
    if (bytes >= ChunkStore.MIN_HELD_BYTES || (holdOutputs && held[position])) {
      return store.hold(result, Math.max(bytes, 0));
    }
    return result;
  }

  /** Drops inputs that no other pending task reads; outputs are kept for the caller. */
  private void releaseInputs(int position) {
    for (int i = 0, n = graph.dependencyCount(position); i < n; i++) {
      int input = graph.dependency(position, i);
      if (!held[input] && pendingReads.decrementAndGet(input) == 0) {
        releaseResult(input);
      }
    }
  }

  private void releaseResult(int position) {
    if (RESULTS.getAndSet(results, position, null) instanceof HeldChunk held) {
      held.release();
    }
  }

  /** Backpressure: a read waits while memory is over budget and other tasks may free some. */
  private void waitForMemory() {
    try {
      store.makeRoom(0);
      while (isRunning() && store.overBudget() && runningTasks() > 0) {
        store.awaitRoom(BACKPRESSURE_POLL_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // a failed spill here is reported by the task whose result cannot be kept
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
    try {
      for (TaskKey output : outputs) {
        int position = graph.position(output);
        Object result = results[position];
        if (result instanceof HeldChunk chunk && !holdOutputs) {
          result = chunk.pin(); // the caller owns the value now; the store forgets it
          chunk.unpin();
          releaseResult(position);
        }
        values.putIfAbsent(output, result);
      }
    } catch (RuntimeException e) { // a spilled output could not be read back
      stop(Outcome.FAILED, new FloeException("cannot hand back the results: " + e, e));
      return;
    }
    if (state.compareAndSet(Outcome.RUNNING.ordinal(), Outcome.SUCCEEDED.ordinal())) {
      // Listeners hear of the end before the caller does, so a progress bar is finished first.
      fireComputation(listener -> listener.computationFinished(event(Outcome.SUCCEEDED)));
      done.complete(Collections.unmodifiableMap(values));
    }
  }

  /** Fails the run at task {@code position} with a failure its execution did not handle. */
  void failAt(int position, Throwable failure) {
    fail(graph.task(position), failure);
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
  @Override
  public boolean cancel() {
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
    for (int i = 0; i < results.length; i++) {
      releaseResult(i);
    }
    fireComputation(listener -> listener.computationFinished(event(outcome)));
    done.completeExceptionally(reason);
    return true;
  }

  private ComputationEvent event(Outcome outcome) {
    long elapsed = outcome == Outcome.RUNNING ? 0 : System.nanoTime() - startNanos;
    return new ComputationEvent(
        id, schedulerName, graph.size(), finishedTasks(), elapsed, outcome, graph);
  }

  private long fireTaskStarted(Task task) {
    long start = System.nanoTime();
    TaskEvent event = new TaskEvent(id, task.key(), task.operation(),
        Thread.currentThread().getName(), start, 0, ChunkSizes.UNKNOWN, null);
    for (TaskListener listener : listeners) {
      Listeners.notify(listener, () -> listener.taskStarted(event));
    }
    return start;
  }

  private void fireTaskFinished(Task task, long start, long resultBytes, Throwable failure) {
    TaskEvent event = new TaskEvent(id, task.key(), task.operation(),
        Thread.currentThread().getName(), start, System.nanoTime() - start, resultBytes, failure);
    for (TaskListener listener : listeners) {
      Listeners.notify(listener, () -> listener.taskFinished(event));
    }
  }

  private void fireComputation(Consumer<TaskListener> call) {
    for (TaskListener listener : listeners) {
      Listeners.notify(listener, () -> call.accept(listener));
    }
  }

}
