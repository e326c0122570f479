package dev.floe.cluster;

import dev.floe.core.Diagnostics;
import dev.floe.runtime.FloeException;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Computation;
import dev.floe.runtime.schedule.ComputeOptions;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.TaskFailedException;
import dev.floe.runtime.store.StoreStats;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs task graphs on a cluster of Floe workers (see {@code floe worker}); the client's JVM joins
 * the cluster only to schedule, and its threads run no tasks.
 *
 * <p>Results stay on the workers that made them; a worker fetches the inputs it lacks from the
 * worker that holds them, and only the outputs travel to the client. Task functions travel as
 * serialized objects: a graph whose functions cannot be serialized fails before any task runs,
 * naming the task. Classes the client defined without a jar (JShell, a notebook cell) are shipped
 * to the workers as they need them. Workers may join and leave while computations run; what a
 * lost worker held is recomputed.
 */
public final class ClusterScheduler implements Scheduler {
  private static final AtomicLong RUNS = new AtomicLong();
  private static final long CONNECT_TIMEOUT_MS = 30_000;

  private final Coordinator coordinator;
  private final ClusterSettings settings;
  private final List<TaskListener> listeners;
  private final Watchers watchers = new Watchers();
  private volatile AutoCloseable onClose;

  private ClusterScheduler(ClusterSettings settings, List<TaskListener> listeners) {
    this.settings = settings;
    this.listeners = List.copyOf(listeners);
    this.coordinator = new Coordinator(settings.clusterName(), watchers::dataMoved);
  }

  /**
   * Joins the cluster the settings name and waits (up to 30 s) for a worker to be there.
   *
   * @throws FloeException when no worker answers, naming the addresses and the cluster
   */
  public static ClusterScheduler connect(ClusterSettings settings) {
    return connect(settings, List.of());
  }

  /** {@link #connect(ClusterSettings)}, reporting every computation to {@code listeners}. */
  public static ClusterScheduler connect(ClusterSettings settings, List<TaskListener> listeners) {
    ClusterScheduler scheduler = new ClusterScheduler(settings, listeners);
    try {
      scheduler.coordinator.start(settings);
    } catch (RuntimeException e) {
      throw new FloeException("cannot join cluster '" + settings.clusterName() + "' at "
          + settings.members() + " from " + settings.bindAddress() + ": " + e.getMessage(), e);
    }
    if (!scheduler.awaitWorkers(1, CONNECT_TIMEOUT_MS)) {
      List<String> refusals = scheduler.coordinator.refusals();
      scheduler.close();
      if (!refusals.isEmpty()) {
        throw new FloeException("cannot join cluster '" + settings.clusterName() + "' at "
            + settings.members() + ": " + refusals.get(0) + (settings.secret() == null
                ? "; this client has no secret: give the cluster's (ClusterSettings.withSecret,"
                    + " or the file $" + ClusterSettings.SECRET_FILE_VARIABLE + " names)"
                : "; check that this client and the workers read the same secret file"));
      }
      throw new FloeException("no Floe worker in cluster '" + settings.clusterName() + "' at "
          + settings.members() + " answered within " + CONNECT_TIMEOUT_MS / 1000 + " s: start"
          + " one with `floe worker --join " + String.join(",", settings.members())
          + "` (and the same --cluster-name)" + (settings.secret() == null
              ? "; workers started with a secret refuse a client without it: set "
                  + ClusterSettings.SECRET_FILE_VARIABLE + " to the cluster's secret file"
              : ""));
    }
    return scheduler;
  }

  /** Waits until at least {@code count} workers are in the cluster; false when time ran out. */
  public boolean awaitWorkers(int count, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (coordinator.workerCount() < count) {
      if (System.currentTimeMillis() > deadline
          || coordinator.workerCount() == 0 && !coordinator.refusals().isEmpty()) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** The names of the workers in the cluster now. */
  public List<String> workers() {
    return coordinator.workerNames();
  }

  Coordinator coordinator() {
    return coordinator;
  }

  /** The settings this client joined with. */
  public ClusterSettings settings() {
    return settings;
  }

  /** Also closes {@code resource} (the local cluster's workers) when this scheduler closes. */
  void closeWith(AutoCloseable resource) {
    this.onClose = resource;
  }

  @Override
  public String name() {
    return "cluster";
  }

  /** The threads of all workers now in the cluster. */
  @Override
  public int parallelism() {
    return coordinator.totalThreads();
  }

  @Override
  public Computation start(TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options) {
    return Computation.over(begin(graph, outputs, options, false));
  }

  private ClusterRun begin(TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options,
      boolean persist) {
    List<TaskListener> all = options.listenersFor(listeners, watchers);
    ClusterRun run = new ClusterRun(RUNS.incrementAndGet(), coordinator.id(), graph,
        List.copyOf(outputs), persist, name(), all, coordinator);
    TaskFailedException unsendable = checkSerializable(graph);
    if (unsendable != null) {
      run.done().completeExceptionally(unsendable);
      return run;
    }
    coordinator.submit(run, options.timeout().orElse(null));
    return run;
  }

  /**
   * Serializes one function of each class in the graph, so that a function that cannot travel
   * fails the computation before any task runs. (Another instance of the same class capturing
   * something unserializable is still caught when it is sent.)
   */
  private TaskFailedException checkSerializable(TaskGraph graph) {
    Set<Class<?>> seen = new HashSet<>();
    for (int position = 0; position < graph.size(); position++) {
      Task task = graph.task(position);
      if (!seen.add(task.function().getClass())) {
        continue;
      }
      try {
        Wire.serialize(task.function(), coordinator.shipped()::ship);
      } catch (IOException | RuntimeException e) {
        return new TaskFailedException(task.key(), task.operation(), Coordinator.unsendable(e));
      }
    }
    return null;
  }

  @Override
  public StoreStats storeStats() {
    return coordinator.stats();
  }

  @Override
  public Map<String, StoreStats> workerStoreStats() {
    return coordinator.workerStats();
  }

  @Override
  public Watchers.Watch watch(TaskListener listener) {
    return watchers.add(listener);
  }

  @Override
  public void persist(TaskGraph graph, Collection<TaskKey> outputs) {
    Computation.over(begin(graph, outputs, ComputeOptions.defaults(), true)).join();
  }

  @Override
  public int unpersist(Collection<TaskKey> keys) {
    return coordinator.unpersist(keys);
  }

  /** Leaves the cluster (running computations are cancelled); the workers stay up. */
  @Override
  public void close() {
    coordinator.close();
    AutoCloseable resource = onClose;
    if (resource != null) {
      try {
        resource.close();
      } catch (Exception e) {
        Diagnostics.warn(ClusterScheduler.class, "closing " + resource + " failed: " + e);
      }
    }
  }

  @Override
  public String toString() {
    return "ClusterScheduler[cluster=" + settings.clusterName() + ", workers="
        + coordinator.workerCount() + ", threads=" + coordinator.totalThreads() + "]";
  }

}
