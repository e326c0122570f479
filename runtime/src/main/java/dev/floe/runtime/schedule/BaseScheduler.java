package dev.floe.runtime.schedule;

import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.ChunkStore;
import dev.floe.runtime.store.HeldChunk;
import dev.floe.runtime.store.MemoryBudget;
import dev.floe.runtime.store.StoreStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every scheduler does to start a computation — make its run state, attach listeners and the
 * progress bar, arm the timeout, put persisted results in place of the tasks that made them —
 * leaving only {@link #launch} to the subclass. Each scheduler owns one {@link ChunkStore}.
 */
abstract class BaseScheduler implements Scheduler {
  private final List<TaskListener> listeners;
  private final ChunkStore store;
  private final Watchers watchers = new Watchers();

  BaseScheduler(List<TaskListener> listeners, MemoryBudget budget) {
    this.listeners = List.copyOf(listeners);
    this.store = new ChunkStore(budget);
    store.observeMoves(watchers::dataMoved);
  }

  @Override
  public final Watchers.Watch watch(TaskListener listener) {
    return watchers.add(listener);
  }

  @Override
  public final Computation start(
      TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options) {
    return Computation.over(begin(graph, outputs, options, false));
  }

  /** The store that holds this scheduler's results under its memory budget. */
  public final ChunkStore store() {
    return store;
  }

  @Override
  public final StoreStats storeStats() {
    return store.stats();
  }

  @Override
  public final void persist(TaskGraph graph, Collection<TaskKey> outputs) {
    Map<TaskKey, Object> held =
        Computation.over(begin(graph, outputs, ComputeOptions.defaults(), true)).join();
    for (Map.Entry<TaskKey, Object> entry : held.entrySet()) {
      HeldChunk chunk = (HeldChunk) entry.getValue();
      store.persist(entry.getKey(), chunk);
      chunk.release(); // the store's own reference keeps it
    }
  }

  @Override
  public final int unpersist(Collection<TaskKey> keys) {
    int released = 0;
    for (TaskKey key : keys) {
      released += store.unpersist(key) ? 1 : 0;
    }
    return released;
  }

  /** Closes the store: persisted results are dropped and the spill folder deleted. */
  void closeStore() {
    store.close();
  }

  private GraphRun begin(TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options,
      boolean holdOutputs) {
    List<TaskListener> all = options.listenersFor(listeners, watchers);
    TaskGraph runnable = store.hasPersisted() ? usePersisted(graph, outputs) : graph;
    GraphRun run = new GraphRun(runnable, outputs, name(), all, store, holdOutputs);
    options.timeout().ifPresent(timeout -> Deadlines.enforce(run, timeout));
    run.begin();
    if (run.isRunning()) {
      launch(run);
    }
    return run;
  }

  /**
   * The graph with each persisted task replaced by one that hands out the kept result, and without
   * the tasks only persisted ones needed (walking back from the outputs, stopping at persisted
   * keys).
   */
  private TaskGraph usePersisted(TaskGraph graph, Collection<TaskKey> outputs) {
    List<Task> kept = new ArrayList<>();
    Set<TaskKey> seen = new HashSet<>();
    Deque<TaskKey> pending = new ArrayDeque<>();
    for (TaskKey output : outputs) {
      if (!graph.contains(output)) {
        return graph; // GraphRun reports the missing output
      }
      pending.push(output);
    }
    boolean replaced = false;
    while (!pending.isEmpty()) {
      TaskKey key = pending.pop();
      if (!seen.add(key)) {
        continue;
      }
      HeldChunk chunk = store.persisted(key);
      if (chunk != null) {
        kept.add(new Task(key, "persisted", List.of(), inputs -> chunk.retain()));
        replaced = true;
        continue;
      }
      Task task = graph.task(key);
      kept.add(task);
      task.dependencies().forEach(pending::push);
    }
    if (!replaced) {
      return graph;
    }
    kept.sort(Comparator.comparingInt(task -> graph.position(task.key()))); // keep the run order
    return TaskGraph.of(kept);
  }

  /** Runs the tasks of {@code run}, starting from its roots. */
  abstract void launch(GraphRun run);
}
