package dev.floe.cluster;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.Listeners;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Computation;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The coordinator's state of one computation on the cluster.
 *
 * <p>Implementation overview. Per task position the run keeps a state (waiting for inputs, ready,
 * assigned to a worker, done), the workers holding its result ({@code holders}; more than one
 * once copies were fetched), the result's size, and two counters: unfinished inputs and
 * unfinished needed dependents. A result is <em>available</em> while it is done and some live
 * worker holds it. {@link #plan} derives everything else from availability: walking back from
 * the outputs it marks what is still needed (stopping at available results), and recounts the
 * counters. It runs at the start — persisted results are available from the outset, so what only
 * they need never runs — and again whenever results are lost (a worker died, an input could not
 * be fetched): lost results that are still needed simply become tasks to run again, recursively
 * back to results that survive or to the graph's roots.
 *
 * <p>Between plans, a finished task counts its dependents down (a dependent at zero is ready) and
 * its inputs' readers down (an input at zero, not an output nor persisted, is released on its
 * holders). All of this is touched only by the coordinator's thread; the counts read by {@link
 * Computation} are volatile.
 */
final class ClusterRun implements Computation.Handle {
  static final byte WAITING = 0;
  static final byte READY = 1;
  static final byte ASSIGNED = 2;
  static final byte DONE = 3;
  private static final WorkerView[] NOBODY = new WorkerView[0];

  final long id;
  final UUID client;
  final TaskGraph graph;
  final List<TaskKey> outputKeys;
  final boolean persist;
  final String schedulerName;
  private final int[] outputs;
  private final boolean[] isOutput;
  /** Kept on the workers when the run ends: persisted results (substituted or outputs). */
  final boolean[] keep;
  final byte[] state;
  final WorkerView[] assignedTo;
  final WorkerView[] startedOn;
  final WorkerView[][] holders;
  final long[] bytes;
  private final ResultRef[] refs;
  private final int[] pendingInputs;
  private final int[] pendingReads;
  final byte[] deaths;
  private final boolean[] needed;
  final PriorityQueue<Integer> ready = new PriorityQueue<>();
  private final TaskListener[] listeners;
  private final CompletableFuture<Map<TaskKey, Object>> done = new CompletableFuture<>();
  private final long startNanos = System.nanoTime();
  private final Coordinator coordinator;
  private volatile long finished;
  private volatile int assigned;
  /** The outputs are being fetched. */
  boolean finishing;
  long recomputed;

  ClusterRun(long id, UUID client, TaskGraph graph, List<TaskKey> outputKeys, boolean persist,
      String schedulerName, List<TaskListener> listeners, Coordinator coordinator) {
    this.id = id;
    this.client = client;
    this.graph = graph;
    this.outputKeys = List.copyOf(outputKeys);
    this.persist = persist;
    this.schedulerName = schedulerName;
    this.listeners = listeners.toArray(new TaskListener[0]);
    this.coordinator = coordinator;
    int n = graph.size();
    this.outputs = new int[this.outputKeys.size()];
    this.isOutput = new boolean[n];
    this.keep = new boolean[n];
    for (int i = 0; i < outputs.length; i++) {
      int position = graph.position(this.outputKeys.get(i));
      if (position < 0) {
        throw new IllegalArgumentException(
            "cannot compute " + this.outputKeys.get(i) + ": the graph has no task with that key");
      }
      outputs[i] = position;
      isOutput[position] = true;
      keep[position] = persist;
    }
    this.state = new byte[n];
    this.assignedTo = new WorkerView[n];
    this.startedOn = new WorkerView[n];
    this.holders = new WorkerView[n][];
    Arrays.fill(holders, NOBODY);
    this.bytes = new long[n];
    this.refs = new ResultRef[n];
    this.pendingInputs = new int[n];
    this.pendingReads = new int[n];
    this.deaths = new byte[n];
    this.needed = new boolean[n];
  }

  /** Takes a persisted result in place of running its task. */
  void usePersisted(int position, PersistedResult persisted) {
    state[position] = DONE;
    holders[position] = persisted.holders.clone();
    bytes[position] = persisted.bytes;
    refs[position] = persisted.ref;
    keep[position] = true;
  }

  ResultRef ref(int position) {
    ResultRef ref = refs[position];
    if (ref == null) {
      ref = new ResultRef(client, id, graph.task(position).key());
      refs[position] = ref;
    }
    return ref;
  }

  boolean available(int position) {
    return state[position] == DONE && holders[position].length > 0;
  }

  boolean isOutput(int position) {
    return isOutput[position];
  }

  int[] outputs() {
    return outputs;
  }

  /**
   * Recounts what is needed from what is available (see the class comment); tasks whose inputs
   * are all available become ready, and results nobody needs any more are released.
   */
  void plan() {
    int n = graph.size();
    Arrays.fill(needed, false);
    Deque<Integer> pending = new ArrayDeque<>();
    for (int output : outputs) {
      pending.push(output);
    }
    while (!pending.isEmpty()) {
      int position = pending.pop();
      if (needed[position]) {
        continue;
      }
      needed[position] = true;
      if (available(position)) {
        continue;
      }
      for (int i = 0, count = graph.dependencyCount(position); i < count; i++) {
        pending.push(graph.dependency(position, i));
      }
    }
    Arrays.fill(pendingReads, 0);
    for (int position = 0; position < n; position++) {
      if (!needed[position] || available(position)) {
        continue;
      }
      int missing = 0;
      for (int i = 0, count = graph.dependencyCount(position); i < count; i++) {
        int input = graph.dependency(position, i);
        pendingReads[input]++;
        missing += available(input) ? 0 : 1;
      }
      pendingInputs[position] = missing;
      if (state[position] == ASSIGNED) {
        continue;
      }
      if (state[position] == DONE) {
        recomputed++; // lost and needed again
        // Rebuilt under this run's own ref: a persisted stand-in's ref names the run that made
        // it, and no worker will hold the new result under that.
        refs[position] = null;
      }
      if (missing == 0) {
        if (state[position] != READY) {
          state[position] = READY;
          ready.add(position);
        }
      } else {
        state[position] = WAITING;
      }
    }
    for (int position = 0; position < n; position++) {
      if (available(position) && pendingReads[position] == 0) {
        releaseIfUnneeded(position);
      }
    }
  }

  /** The next ready position, or -1; stale queue entries are skipped. */
  int peekReady() {
    while (!ready.isEmpty()) {
      int position = ready.peek();
      if (state[position] == READY) {
        return position;
      }
      ready.poll();
    }
    return -1;
  }

  void assign(int position, WorkerView worker) {
    state[position] = ASSIGNED;
    assignedTo[position] = worker;
    startedOn[position] = null;
    worker.inFlight++;
    assigned = assigned + 1;
  }

  /** Takes a task back from its worker (returned, lost input, worker gone). */
  void unassign(int position) {
    WorkerView worker = assignedTo[position];
    if (worker != null) {
      worker.inFlight--;
      assigned = assigned - 1;
    }
    assignedTo[position] = null;
    startedOn[position] = null;
    state[position] = WAITING;
  }

  /** Returns a task to the ready queue (its inputs are still available). */
  void requeue(int position) {
    unassign(position);
    state[position] = READY;
    ready.add(position);
  }

  /**
   * A worker finished a task: records where the result lives, readies dependents, releases
   * inputs nobody needs any more. Returns false for a stale report (the task is no longer
   * assigned to that worker).
   */
  boolean finished(int position, WorkerView worker, long resultBytes, long nanos) {
    if (state[position] != ASSIGNED || assignedTo[position] != worker) {
      return false;
    }
    unassign(position);
    state[position] = DONE;
    holders[position] = new WorkerView[] {worker};
    bytes[position] = resultBytes;
    finished = finished + 1;
    for (int i = 0, count = graph.dependencyCount(position); i < count; i++) {
      int input = graph.dependency(position, i);
      if (--pendingReads[input] == 0) {
        releaseIfUnneeded(input);
      }
    }
    for (int i = 0, count = graph.dependentCount(position); i < count; i++) {
      int dependent = graph.dependent(position, i);
      if (needed[dependent] && state[dependent] == WAITING && --pendingInputs[dependent] == 0) {
        state[dependent] = READY;
        ready.add(dependent);
      }
    }
    if (pendingReads[position] == 0) {
      releaseIfUnneeded(position);
    }
    if (listeners.length > 0) {
      long now = System.nanoTime();
      TaskEvent event = new TaskEvent(id, graph.task(position).key(),
          graph.task(position).operation(), worker.name, now - nanos, nanos, resultBytes, null);
      for (TaskListener listener : listeners) {
        Listeners.notify(listener, () -> listener.taskFinished(event));
      }
    }
    return true;
  }

  /** Whether every output is available, so the run can be finished. */
  boolean outputsAvailable() {
    for (int output : outputs) {
      if (!available(output)) {
        return false;
      }
    }
    return true;
  }

  /** Forgets {@code worker} as a holder of any result; returns whether any was lost outright. */
  boolean forgetHolder(WorkerView worker) {
    boolean lost = false;
    for (int position = 0; position < holders.length; position++) {
      WorkerView[] current = holders[position];
      for (WorkerView holder : current) {
        if (holder == worker) {
          holders[position] = without(current, worker);
          lost |= holders[position].length == 0;
          break;
        }
      }
    }
    return lost;
  }

  void addHolder(int position, WorkerView worker) {
    if (state[position] != DONE || holders[position].length == 0) {
      return; // released meanwhile: the copy is released when the run ends
    }
    holders[position] = with(holders[position], worker);
  }

  /** {@code holders} and {@code worker}, without repeating it. */
  static WorkerView[] with(WorkerView[] holders, WorkerView worker) {
    if (holds(holders, worker)) {
      return holders;
    }
    WorkerView[] more = Arrays.copyOf(holders, holders.length + 1);
    more[more.length - 1] = worker;
    return more;
  }

  static boolean holds(WorkerView[] holders, WorkerView worker) {
    for (WorkerView holder : holders) {
      if (holder == worker) {
        return true;
      }
    }
    return false;
  }

  static WorkerView[] without(WorkerView[] holders, WorkerView worker) {
    return Arrays.stream(holders).filter(holder -> holder != worker).toArray(WorkerView[]::new);
  }

  private void releaseIfUnneeded(int position) {
    if (isOutput[position] || keep[position] || holders[position].length == 0) {
      return;
    }
    coordinator.release(holders[position], ref(position));
    holders[position] = NOBODY;
  }

  // ---- Computation.Handle ------------------------------------------------------------------

  @Override
  public long id() {
    return id;
  }

  @Override
  public int taskCount() {
    return graph.size();
  }

  @Override
  public long finishedTasks() {
    return finished;
  }

  @Override
  public int runningTasks() {
    return assigned;
  }

  @Override
  public boolean cancel() {
    if (done.isDone()) {
      return false;
    }
    coordinator.cancel(this);
    return true;
  }

  @Override
  public CompletableFuture<Map<TaskKey, Object>> done() {
    return done;
  }

  // ---- events ------------------------------------------------------------------------------

  void fireStarted() {
    ComputationEvent event = event(Outcome.RUNNING);
    fire(listener -> listener.computationStarted(event));
  }

  void fireFinished(Outcome outcome) {
    ComputationEvent event = event(outcome);
    fire(listener -> listener.computationFinished(event));
  }

  private ComputationEvent event(Outcome outcome) {
    long elapsed = outcome == Outcome.RUNNING ? 0 : System.nanoTime() - startNanos;
    return new ComputationEvent(
        id, schedulerName, graph.size(), finished, elapsed, outcome, graph);
  }

  private void fire(Consumer<TaskListener> call) {
    for (TaskListener listener : listeners) {
      Listeners.notify(listener, () -> call.accept(listener));
    }
  }

}
