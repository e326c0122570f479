package dev.floe.cluster;

import dev.floe.core.Diagnostics;
import dev.floe.runtime.FloeException;
import dev.floe.cluster.Protocol.EndRun;
import dev.floe.cluster.Protocol.FetchResult;
import dev.floe.cluster.Protocol.HandedOver;
import dev.floe.cluster.Protocol.LostInput;
import dev.floe.cluster.Protocol.Order;
import dev.floe.cluster.Protocol.Release;
import dev.floe.cluster.Protocol.Replica;
import dev.floe.cluster.Protocol.Report;
import dev.floe.cluster.Protocol.RunTasks;
import dev.floe.cluster.Protocol.Steal;
import dev.floe.cluster.Protocol.TaskError;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.ComputationTimeoutException;
import dev.floe.runtime.schedule.TaskFailedException;
import dev.floe.runtime.store.StoreStats;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A client's scheduler for the cluster: decides which worker runs each task, and keeps track of
 * where every result lives.
 *
 * <p>Implementation overview. All scheduling state — the workers as this client sees them, the
 * running computations ({@link ClusterRun}), the persisted results — belongs to one thread, the
 * coordinator's loop. Everything else (worker reports arriving on the transport's threads,
 * membership changes, new computations, cancels, timeouts) posts an event to the loop's queue.
 * The loop handles every queued event, then dispatches ready tasks, balances load, and sends what
 * it decided in one batch per worker and computation; so the number of messages grows with how
 * often the loop wakes, not with the number of tasks.
 *
 * <p>Placement. A ready task goes to the worker where it costs least: the inputs the worker
 * would have to fetch (a round trip, {@link #NANOS_PER_FETCH}, plus {@link
 * #NANOS_PER_FETCHED_BYTE} per byte) plus the work already queued there. Tasks without inputs
 * fill one worker's queue before the next, so that neighbours share a worker. A worker is sent at most its threads plus enough queued tasks to keep them busy
 * for {@link #TARGET_QUEUE_NANOS} at the average task time seen so far; so short tasks go out in
 * large batches and long ones few at a time. When no task is ready and a worker has idle threads,
 * the worker with the longest queue is asked to give half its surplus back ({@link Steal}); what
 * it returns goes to the idle worker. A worker that joins is simply one more place to send work.
 *
 * <p>Failures. When a worker leaves, its assigned tasks become unassigned and the results only it
 * held are lost; each affected run re-plans and recomputes what it still needs. A task that was
 * running on {@link #MAX_WORKER_DEATHS} workers as they died fails its computation instead. Runs
 * wait while there is no worker at all, for at most {@link #NO_WORKER_TIMEOUT_MS}.
 */
final class Coordinator {
  static final double NANOS_PER_FETCHED_BYTE = 2.0;
  static final double NANOS_PER_FETCH = 500_000;
  static final long TARGET_QUEUE_NANOS = 50_000_000L;
  static final int MAX_QUEUED_PER_THREAD = 1000;
  static final int MAX_WORKER_DEATHS = 3;
  static final long NO_WORKER_TIMEOUT_MS = 60_000;
  private static final long TICK_MS = 500;
  private static final long FETCH_TIMEOUT_SECONDS = 600;
  private static final double INITIAL_TASK_NANOS = 5_000_000;

  private final String clusterName;
  /** Told of every transfer between workers (the scheduler's watchers); called on the loop. */
  private final Consumer<DataEvent> moves;
  private final ShippedClasses shipped = new ShippedClasses();
  private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
  private final Map<UUID, WorkerView> workers = new LinkedHashMap<>();
  private final Map<Long, ClusterRun> runs = new TreeMap<>();
  private final Map<TaskKey, PersistedResult> persisted = new HashMap<>();
  private final Map<WorkerView, List<ResultRef>> releases = new HashMap<>();
  private final Map<WorkerView, Map<ClusterRun, List<Integer>>> outgoing = new LinkedHashMap<>();
  private final ScheduledExecutorService timer;
  private final ExecutorService fetchers;
  private final Thread loop;
  private volatile Transport transport;
  private UUID self;
  private double averageTaskNanos = INITIAL_TASK_NANOS;
  private WorkerView lastRootWorker;
  private long lastWorkerSeenMillis = System.currentTimeMillis();
  private volatile int workerCount;
  private volatile int totalThreads;
  private volatile List<String> workerNames = List.of();
  private volatile boolean closed;

  Coordinator(String clusterName, Consumer<DataEvent> moves) {
    this.clusterName = clusterName;
    this.moves = moves;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("floe-cluster-timer"));
    this.fetchers = Executors.newCachedThreadPool(daemon("floe-cluster-fetch"));
    this.loop = daemon("floe-coordinator").newThread(this::runLoop);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Joins the cluster as a client and starts the loop. */
  void start(ClusterSettings settings) {
    transport = Transport.join(settings, true, "client-" + UUID.randomUUID().toString()
        .substring(0, 8), 0, Transport.Node.of(this, (joined, left) -> {
          for (Peer peer : joined) {
            post(() -> workerJoined(peer));
          }
          for (Peer peer : left) {
            post(() -> workerLeft(peer.id()));
          }
        }));
    self = transport.self();
    loop.start();
    timer.scheduleWithFixedDelay(() -> post(this::tick), TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  UUID id() {
    return self;
  }

  Transport transport() {
    return transport;
  }

  /** Peers that were refused for not holding the cluster's secret, as this client saw them. */
  List<String> refusals() {
    Transport joined = transport;
    return joined == null ? List.of() : joined.refusals();
  }

  ShippedClasses shipped() {
    return shipped;
  }

  int workerCount() {
    return workerCount;
  }

  int totalThreads() {
    return totalThreads;
  }

  List<String> workerNames() {
    return workerNames;
  }

  // ---- entry points (any thread) ------------------------------------------------------------

  /** Starts a run: persisted results stand in for their tasks, the rest is planned. */
  void submit(ClusterRun run, Duration timeout) {
    post(() -> begin(run));
    if (timeout != null) {
      timer.schedule(() -> post(() -> end(run, Outcome.TIMED_OUT, null,
              new ComputationTimeoutException(timeout, run.finishedTasks(), run.taskCount()))),
          timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  void cancel(ClusterRun run) {
    post(() -> end(run, Outcome.CANCELLED, null,
        new CancellationException("the computation was cancelled")));
  }

  void report(Report report) {
    post(() -> handle(report));
  }

  void handedOver(HandedOver moved) {
    post(() -> moveResults(moved));
  }

  byte[] classFile(String className) throws ClassNotFoundException {
    return shipped.classFile(className);
  }

  /** Drops persisted results; answers how many there were. */
  int unpersist(Collection<TaskKey> keys) {
    return ask(() -> {
      int count = 0;
      for (TaskKey key : keys) {
        PersistedResult result = persisted.remove(key);
        if (result != null) {
          release(result.holders, result.ref);
          count++;
        }
      }
      return count;
    });
  }

  /** What this client keeps on the workers: results of running computations and persisted. */
  StoreStats stats() {
    return ask(() -> {
      long bytes = 0;
      for (ClusterRun run : runs.values()) {
        for (int position = 0; position < run.graph.size(); position++) {
          bytes += run.available(position) && !run.keep[position] ? run.bytes[position] : 0;
        }
      }
      for (PersistedResult result : persisted.values()) {
        bytes += result.bytes;
      }
      return new StoreStats(bytes, bytes, 0, 0, 0, persisted.size());
    });
  }

  /** Each worker's store use as of its last report, by worker name. */
  Map<String, StoreStats> workerStats() {
    return ask(() -> {
      Map<String, StoreStats> stats = new TreeMap<>();
      for (WorkerView worker : workers.values()) {
        stats.put(worker.name, worker.store);
      }
      return stats;
    });
  }

  private <T> T ask(Supplier<T> question) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    post(() -> answer.complete(question.get()));
    return answer.join();
  }

  private void post(Runnable event) {
    events.add(event);
  }

  // ---- the loop ----------------------------------------------------------------------------

  private void runLoop() {
    while (!closed) {
      try {
        Runnable event = events.take();
        do {
          event.run();
          event = events.poll();
        } while (event != null);
        dispatch();
        balance();
        flush();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        Diagnostics.warn(Coordinator.class, "the cluster coordinator hit a bug: " + trace);
        failAll(new FloeException("the cluster coordinator failed: " + e, e));
      }
    }
  }

  private void begin(ClusterRun run) {
    if (closed) {
      run.done().completeExceptionally(new CancellationException("the cluster client is closed"));
      return;
    }
    for (int position = 0; position < run.graph.size(); position++) {
      PersistedResult result = persisted.get(run.graph.task(position).key());
      if (result != null && result.holders.length > 0) {
        run.usePersisted(position, result);
      }
    }
    runs.put(run.id, run);
    run.fireStarted();
    run.plan();
    finishIfReady(run);
  }

  private void tick() {
    if (workers.isEmpty() && !runs.isEmpty()
        && System.currentTimeMillis() - lastWorkerSeenMillis > NO_WORKER_TIMEOUT_MS) {
      failAll(new FloeException("no worker in cluster '" + clusterName + "' for "
          + NO_WORKER_TIMEOUT_MS / 1000 + " s: start workers with `floe worker --join ...`"));
    }
  }

  /** Sends ready tasks to the workers where they cost least, while workers have room. */
  private void dispatch() {
    if (workers.isEmpty()) {
      return;
    }
    for (ClusterRun run : runs.values()) {
      for (int position = run.peekReady(); position >= 0; position = run.peekReady()) {
        WorkerView worker = cheapest(run, position);
        if (worker == null) {
          return; // every worker is full
        }
        run.ready.poll();
        assign(run, position, worker);
      }
    }
  }

  private void assign(ClusterRun run, int position, WorkerView worker) {
    run.assign(position, worker);
    outgoing.computeIfAbsent(worker, w -> new LinkedHashMap<>())
        .computeIfAbsent(run, r -> new ArrayList<>()).add(position);
  }

  private WorkerView cheapest(ClusterRun run, int position) {
    if (run.graph.dependencyCount(position) == 0) {
      return rootWorker();
    }
    WorkerView best = null;
    double bestCost = Double.MAX_VALUE;
    for (WorkerView worker : workers.values()) {
      if (worker.inFlight >= capacity(worker)) {
        continue;
      }
      double cost = (double) worker.inFlight / worker.threads * averageTaskNanos;
      for (int i = 0, n = run.graph.dependencyCount(position); i < n; i++) {
        int input = run.graph.dependency(position, i);
        if (!ClusterRun.holds(run.holders[input], worker)) {
          cost += NANOS_PER_FETCH + run.bytes[input] * NANOS_PER_FETCHED_BYTE;
        }
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = worker;
      }
    }
    return best;
  }

  /**
   * Where a task without inputs goes: to the worker the previous one went to while it has room,
   * then to the least loaded. Neighbouring roots (a file's blocks, a reduction's leaves) thus
   * share a worker, and so do the tasks that combine them.
   */
  private WorkerView rootWorker() {
    if (lastRootWorker != null && workers.containsKey(lastRootWorker.id)
        && lastRootWorker.inFlight < capacity(lastRootWorker)) {
      return lastRootWorker;
    }
    WorkerView best = null;
    for (WorkerView worker : workers.values()) {
      if (worker.inFlight < capacity(worker)
          && (best == null || worker.inFlight * best.threads < best.inFlight * worker.threads)) {
        best = worker;
      }
    }
    lastRootWorker = best;
    return best;
  }

  private int capacity(WorkerView worker) {
    double queued = worker.threads * (TARGET_QUEUE_NANOS / Math.max(averageTaskNanos, 1));
    return worker.threads + (int) Math.min(Math.max(queued, worker.threads),
        (double) worker.threads * MAX_QUEUED_PER_THREAD);
  }

  /** With nothing ready, asks the busiest worker to hand half its queue to an idle one. */
  private void balance() {
    for (ClusterRun run : runs.values()) {
      if (run.peekReady() >= 0) {
        return;
      }
    }
    for (WorkerView idle : workers.values()) {
      if (idle.inFlight >= idle.threads) {
        continue;
      }
      WorkerView victim = null;
      int most = 1;
      for (WorkerView worker : workers.values()) {
        int surplus = worker.inFlight - worker.threads;
        if (worker != idle && !worker.stealPending && surplus > most) {
          victim = worker;
          most = surplus;
        }
      }
      if (victim != null) {
        victim.stealPending = true;
        victim.thief = idle;
        send(victim, new Steal(self, most / 2));
      }
    }
  }

  /** Sends the batches decided in this turn of the loop, and the releases. */
  private void flush() {
    for (Map.Entry<WorkerView, Map<ClusterRun, List<Integer>>> perWorker : outgoing.entrySet()) {
      WorkerView worker = perWorker.getKey();
      for (Map.Entry<ClusterRun, List<Integer>> batch : perWorker.getValue().entrySet()) {
        sendTasks(worker, batch.getKey(), batch.getValue());
      }
    }
    outgoing.clear();
    releases.forEach((worker, refs) -> {
      if (workers.containsKey(worker.id)) {
        send(worker, new Release(refs.toArray(new ResultRef[0])));
      }
    });
    releases.clear();
  }

  private void sendTasks(WorkerView worker, ClusterRun run, List<Integer> positions) {
    if (run.done().isDone()) {
      return;
    }
    Order[] orders = new Order[positions.size()];
    int[] at = new int[positions.size()];
    for (int i = 0; i < orders.length; i++) {
      int position = positions.get(i);
      at[i] = position;
      orders[i] = order(run, position, worker);
    }
    byte[] payload;
    try {
      payload = Wire.serialize(orders, shipped::ship);
    } catch (IOException | RuntimeException e) {
      failUnsendable(run, orders, at);
      return;
    }
    IOException failure = send(worker, new RunTasks(self, run.id, at, payload));
    if (failure != null && transport.member(worker.id) != null) {
      // the worker is still there, so nothing would re-plan these tasks: fail, never wait
      Task task = run.graph.task(at[0]);
      end(run, Outcome.FAILED, null, new TaskFailedException(task.key(), task.operation(),
          new FloeException("cannot send tasks to worker " + worker + ": "
              + failure.getMessage(), failure)));
    }
  }

  private Order order(ClusterRun run, int position, WorkerView worker) {
    Task task = run.graph.task(position);
    int n = run.graph.dependencyCount(position);
    ResultRef[] inputs = new ResultRef[n];
    UUID[] owners = new UUID[n];
    for (int i = 0; i < n; i++) {
      int input = run.graph.dependency(position, i);
      inputs[i] = run.ref(input);
      WorkerView[] holders = run.holders[input];
      WorkerView owner = ClusterRun.holds(holders, worker) ? worker
          : holders.length > 0 ? holders[0] : null;
      owners[i] = owner == null ? null : owner.id;
    }
    return new Order(task.key(), task.operation(), task.function(), inputs, owners);
  }

  /** Finds the task that cannot be serialized and fails its run, naming it. */
  private void failUnsendable(ClusterRun run, Order[] orders, int[] positions) {
    for (int i = 0; i < orders.length; i++) {
      try {
        Wire.serialize(orders[i], shipped::ship);
      } catch (IOException | RuntimeException e) {
        Task task = run.graph.task(positions[i]);
        end(run, Outcome.FAILED, null, new TaskFailedException(task.key(), task.operation(),
            unsendable(e)));
        return;
      }
    }
    Task task = run.graph.task(positions[0]);
    end(run, Outcome.FAILED, null, new TaskFailedException(task.key(), task.operation(),
        new FloeException("cannot send tasks to the cluster")));
  }

  /** The error for a task whose function cannot travel to a worker. */
  static FloeException unsendable(Exception cause) {
    return new FloeException("cannot send the task to the cluster: its function, or a value it"
        + " captures, is not serializable (" + cause + "); make captured classes implement"
        + " java.io.Serializable, or capture only what the task needs", cause);
  }

  /**
   * Sends {@code message} to {@code worker}; the failure, or null. A worker that is leaving is
   * re-planned by its membership event; callers for which a lost message would stall a run
   * check whether the worker is still a member.
   */
  private IOException send(WorkerView worker, Protocol.Message message) {
    try {
      transport.send(worker.peer, message);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  void release(WorkerView[] holders, ResultRef ref) {
    for (WorkerView holder : holders) {
      releases.computeIfAbsent(holder, w -> new ArrayList<>()).add(ref);
    }
  }

  // ---- reports -----------------------------------------------------------------------------

  private void handle(Report report) {
    WorkerView worker = workers.get(report.worker);
    if (worker == null) {
      return; // a worker already given up for dead
    }
    Map<String, Object> notes = new HashMap<>();
    for (Object note : report.notes) {
      if (note instanceof TaskError error) {
        notes.put(error.run() + "/" + error.position(), error);
      } else if (note instanceof LostInput lost) {
        notes.put(lost.run() + "/" + lost.position(), lost);
      }
    }
    for (int i = 0; i < report.kinds.length; i++) {
      byte kind = report.kinds[i];
      if (kind == Protocol.STEAL_ANSWERED) {
        worker.stealPending = false;
        continue;
      }
      ClusterRun run = runs.get(report.runs[i]);
      if (run == null) {
        continue; // ended; the worker drops what it has of it
      }
      int position = report.positions[i];
      switch (kind) {
        case Protocol.STARTED -> {
          if (run.assignedTo[position] == worker) {
            run.startedOn[position] = worker;
          }
        }
        case Protocol.DONE -> {
          if (run.finished(position, worker, report.bytes[i], report.nanos[i])) {
            averageTaskNanos = 0.95 * averageTaskNanos + 0.05 * report.nanos[i];
            finishIfReady(run);
          }
        }
        case Protocol.RETURNED -> returned(run, position, worker);
        case Protocol.FAILED -> failed(run, position, (TaskError) notes.get(run.id + "/" + position));
        case Protocol.INPUT_LOST ->
            inputLost(run, position, worker, (LostInput) notes.get(run.id + "/" + position));
        default -> throw new IllegalStateException("unknown report kind " + kind);
      }
    }
    for (Object note : report.notes) {
      if (note instanceof Replica replica) {
        addReplica(replica.ref(), worker);
        moves.accept(new DataEvent(DataEvent.Kind.TRANSFER, worker.name,
            System.nanoTime() - replica.nanos(), replica.nanos(), replica.bytes()));
      }
    }
    if (report.store != null) {
      worker.store = report.store;
    }
  }

  private void returned(ClusterRun run, int position, WorkerView worker) {
    if (run.assignedTo[position] != worker || run.state[position] != ClusterRun.ASSIGNED) {
      return;
    }
    run.unassign(position);
    WorkerView thief = worker.thief;
    if (thief != null && workers.containsKey(thief.id) && thief.inFlight < capacity(thief)) {
      run.state[position] = ClusterRun.READY;
      assign(run, position, thief);
    } else {
      run.state[position] = ClusterRun.READY;
      run.ready.add(position);
    }
  }

  private void failed(ClusterRun run, int position, TaskError error) {
    Task task = run.graph.task(position);
    Throwable cause = null;
    if (error != null && error.cause() != null) {
      try {
        cause = (Throwable) Wire.deserialize(error.cause(), Coordinator.class.getClassLoader(),
            shipped.loader());
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        cause = null;
      }
    }
    if (cause == null) {
      cause = new FloeException(error == null ? "failed on a worker" : error.description());
    }
    end(run, Outcome.FAILED, null, new TaskFailedException(task.key(), task.operation(), cause));
  }

  private void inputLost(ClusterRun run, int position, WorkerView worker, LostInput lost) {
    if (run.assignedTo[position] != worker) {
      return;
    }
    run.unassign(position);
    if (lost != null) {
      int input = run.graph.dependency(position, lost.input());
      WorkerView owner = lost.owner() == null ? null : workers.get(lost.owner());
      run.holders[input] = owner == null
          ? new WorkerView[0] : ClusterRun.without(run.holders[input], owner);
    }
    run.plan();
    finishIfReady(run);
  }

  private void addReplica(ResultRef ref, WorkerView worker) {
    ClusterRun run = runs.get(ref.run());
    if (run != null && ref.client().equals(self)) {
      int position = run.graph.position(ref.key());
      if (position >= 0 && run.ref(position).equals(ref)) {
        run.addHolder(position, worker);
        return;
      }
    }
    PersistedResult result = persisted.get(ref.key());
    if (result != null && result.ref.equals(ref)) {
      result.holders = ClusterRun.with(result.holders, worker);
    }
  }

  private void moveResults(HandedOver moved) {
    WorkerView from = workers.get(moved.worker);
    WorkerView heir = workers.get(moved.heir);
    if (from == null || heir == null) {
      return;
    }
    for (ResultRef ref : moved.refs) {
      addReplica(ref, heir);
    }
  }

  // ---- membership --------------------------------------------------------------------------

  private void workerJoined(Peer peer) {
    if (peer.client() || workers.containsKey(peer.id())) {
      return;
    }
    workers.put(peer.id(), new WorkerView(peer));
    lastWorkerSeenMillis = System.currentTimeMillis();
    workersChanged();
  }

  private void workerLeft(UUID id) {
    WorkerView gone = workers.remove(id);
    if (gone == null) {
      return;
    }
    lastWorkerSeenMillis = System.currentTimeMillis();
    workersChanged();
    releases.remove(gone);
    outgoing.remove(gone);
    for (WorkerView worker : workers.values()) {
      if (worker.thief == gone) {
        worker.thief = null;
      }
    }
    for (ClusterRun run : new ArrayList<>(runs.values())) {
      recover(run, gone);
    }
    persisted.values().removeIf(result -> {
      result.holders = ClusterRun.without(result.holders, gone);
      return result.holders.length == 0;
    });
  }

  /** Re-plans a run after a worker died: its tasks are unassigned, its results lost. */
  private void recover(ClusterRun run, WorkerView gone) {
    List<Integer> suspects = new ArrayList<>();
    List<Integer> assignedThere = new ArrayList<>();
    for (int position = 0; position < run.graph.size(); position++) {
      if (run.assignedTo[position] == gone) {
        assignedThere.add(position);
        if (run.startedOn[position] == gone) {
          suspects.add(position);
        }
      }
    }
    if (suspects.isEmpty()) {
      suspects = assignedThere;
    }
    for (int position : assignedThere) {
      run.unassign(position);
    }
    for (int position : suspects) {
      if (++run.deaths[position] >= MAX_WORKER_DEATHS) {
        Task task = run.graph.task(position);
        end(run, Outcome.FAILED, null, new TaskFailedException(task.key(), task.operation(),
            new FloeException("the task was running on " + run.deaths[position]
                + " workers when they died (the last: " + gone.name + "); it may be what kills"
                + " them, so the computation stops here rather than lose more workers")));
        return;
      }
    }
    run.forgetHolder(gone);
    run.plan();
    finishIfReady(run);
  }

  private void workersChanged() {
    workerCount = workers.size();
    totalThreads = workers.values().stream().mapToInt(worker -> worker.threads).sum();
    workerNames = workers.values().stream().map(worker -> worker.name).toList();
  }

  // ---- ending ------------------------------------------------------------------------------

  private void finishIfReady(ClusterRun run) {
    if (run.finishing || run.done().isDone() || !run.outputsAvailable()) {
      return;
    }
    if (run.persist) {
      Map<TaskKey, Object> none = new LinkedHashMap<>();
      run.outputKeys.forEach(key -> none.put(key, null));
      end(run, Outcome.SUCCEEDED, none, null);
      return;
    }
    run.finishing = true;
    int[] outputs = run.outputs();
    ResultRef[] refs = new ResultRef[outputs.length];
    WorkerView[][] holders = new WorkerView[outputs.length][];
    for (int i = 0; i < outputs.length; i++) {
      refs[i] = run.ref(outputs[i]);
      holders[i] = run.holders[outputs[i]].clone();
    }
    fetchers.execute(() -> fetchOutputs(run, refs, holders));
  }

  /** Fetches the outputs (off the loop); a lost one sends the run back to recompute it. */
  private void fetchOutputs(ClusterRun run, ResultRef[] refs, WorkerView[][] holders) {
    Map<TaskKey, Object> values = new LinkedHashMap<>();
    int[] outputs = run.outputs();
    for (int i = 0; i < refs.length; i++) {
      Object value = null;
      boolean got = false;
      for (WorkerView holder : holders[i]) {
        try {
          byte[] bytes = transport.request(holder.peer, new FetchResult(refs[i]),
              TimeUnit.SECONDS.toMillis(FETCH_TIMEOUT_SECONDS))
              .get(FETCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
          try {
            value = Wire.decodeResult(bytes, Coordinator.class.getClassLoader(),
                shipped.loader());
          } catch (Exception | LinkageError e) {
            // the bytes arrived and cannot become a value here: recomputing would fail the same
            Task task = run.graph.task(outputs[i]);
            post(() -> end(run, Outcome.FAILED, null, new TaskFailedException(task.key(),
                task.operation(), new FloeException("the result of task " + task.key()
                    + " arrived from worker " + holder + " but cannot be read in this JVM: "
                    + e, e))));
            return;
          }
          got = true;
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          UntransferableResultException untransferable = UntransferableResultException.in(e);
          if (untransferable != null) {
            Task task = run.graph.task(outputs[i]);
            post(() -> end(run, Outcome.FAILED, null,
                new TaskFailedException(task.key(), task.operation(), untransferable)));
            return;
          }
          int output = outputs[i];
          post(() -> run.holders[output] = ClusterRun.without(run.holders[output], holder));
        }
      }
      if (!got) {
        post(() -> {
          run.finishing = false;
          run.plan();
          finishIfReady(run);
        });
        return;
      }
      values.putIfAbsent(refs[i].key(), value);
    }
    post(() -> end(run, Outcome.SUCCEEDED, values, null));
  }

  /** Ends a run once: workers drop its work and results (but persisted ones), and it completes. */
  private void end(ClusterRun run, Outcome outcome, Map<TaskKey, Object> values,
      RuntimeException failure) {
    if (run.done().isDone()) {
      return;
    }
    runs.remove(run.id);
    List<TaskKey> keep = new ArrayList<>();
    for (int position = 0; position < run.graph.size(); position++) {
      if (run.state[position] == ClusterRun.ASSIGNED) {
        run.unassign(position);
      }
      if (outcome == Outcome.SUCCEEDED && run.keep[position] && run.available(position)) {
        ResultRef ref = run.ref(position);
        persisted.put(ref.key(), new PersistedResult(ref, run.holders[position].clone(),
            run.bytes[position]));
        if (ref.run() == run.id) {
          keep.add(ref.key());
        }
      }
    }
    EndRun message = new EndRun(self, run.id, keep.toArray(new TaskKey[0]),
        outcome != Outcome.SUCCEEDED);
    for (WorkerView worker : workers.values()) {
      send(worker, message);
    }
    run.fireFinished(outcome);
    if (failure == null) {
      run.done().complete(Collections.unmodifiableMap(values));
    } else {
      run.done().completeExceptionally(failure);
    }
  }

  private void failAll(RuntimeException failure) {
    for (ClusterRun run : new ArrayList<>(runs.values())) {
      end(run, Outcome.FAILED, null, failure);
    }
  }

  /** Leaves the cluster; running computations are cancelled. */
  void close() {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    post(() -> {
      for (ClusterRun run : new ArrayList<>(runs.values())) {
        end(run, Outcome.CANCELLED, null,
            new CancellationException("the cluster client was closed"));
      }
      flush();
      closed = true;
      stopped.complete(null);
    });
    try {
      stopped.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      closed = true;
    }
    loop.interrupt();
    timer.shutdownNow();
    fetchers.shutdownNow();
    if (transport != null) {
      transport.close();
    }
  }
}
