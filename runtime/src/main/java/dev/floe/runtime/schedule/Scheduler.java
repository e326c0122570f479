package dev.floe.runtime.schedule;

import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.StoreStats;
import java.util.Collection;
import java.util.Map;

/**
 * Runs task graphs.
 *
 * <p>A scheduler runs every task of the graph it is given (cull first to run less), each after
 * all of its dependencies, and hands back the results of the requested output keys. Results that
 * are not outputs are released as soon as no pending task needs them. The first task to fail
 * stops the computation: tasks not yet started never start, running ones are interrupted, and
 * the caller gets a {@link TaskFailedException} naming the task and carrying the original cause.
 */
public interface Scheduler extends AutoCloseable {
  /** The scheduler's name as users choose it: {@code sync}, {@code local} or {@code cluster}. */
  String name();

  /** How many tasks this scheduler can run at once. */
  int parallelism();

  /**
   * Starts computing {@code outputs} and returns a handle to wait for, cancel or watch the
   * computation. {@link SyncScheduler} runs the whole graph before it returns.
   *
   * @throws IllegalArgumentException when an output key is not in the graph
   */
  Computation start(TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options);

  /**
   * Computes {@code outputs} and waits for them.
   *
   * @return each output key's result, in the order of {@code outputs}
   * @throws TaskFailedException when a task fails
   * @throws ComputationTimeoutException when the options' timeout passes first
   * @throws java.util.concurrent.CancellationException when the computation is cancelled or the
   *     calling thread is interrupted (its interrupt flag is then set again)
   */
  default Map<TaskKey, Object> compute(
      TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options) {
    return start(graph, outputs, options).join();
  }

  /** {@link #compute(TaskGraph, Collection, ComputeOptions)} with default options. */
  default Map<TaskKey, Object> compute(TaskGraph graph, Collection<TaskKey> outputs) {
    return compute(graph, outputs, ComputeOptions.defaults());
  }

  /** A snapshot of the results this scheduler holds now, in memory and spilled. */
  StoreStats storeStats();

  /**
   * What each worker holds now, by worker name: one entry (this JVM) for the local schedulers,
   * one per worker JVM for the cluster, as of the worker's last report.
   */
  default Map<String, StoreStats> workerStoreStats() {
    return Map.of(name(), storeStats());
  }

  /**
   * Reports every computation this scheduler starts from now on, each of its tasks, and every move
   * of its results (spills, loads, transfers) to {@code listener}, until the returned handle is
   * closed. The dashboard watches this way.
   */
  Watchers.Watch watch(TaskListener listener);

  /**
   * Computes {@code outputs} and keeps them in this scheduler's store under their keys. A later
   * computation on this scheduler whose graph has a task with one of these keys uses the kept
   * result instead of running the task and its inputs. Kept results count against the memory
   * budget and spill to disk like any other; {@link #unpersist} drops them.
   */
  void persist(TaskGraph graph, Collection<TaskKey> outputs);

  /** Drops the results {@link #persist} kept under {@code keys}; returns how many there were. */
  int unpersist(Collection<TaskKey> keys);

  /** Releases the scheduler's threads. Computations already running are left to finish. */
  @Override
  void close();
}
