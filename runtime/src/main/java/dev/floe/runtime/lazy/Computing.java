package dev.floe.runtime.lazy;

import dev.floe.runtime.display.GraphPicture;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.ComputeOptions;
import dev.floe.runtime.schedule.Scheduler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Computes lazy values together, as Dask's {@code compute(*collections)} does: values are grouped
 * by planner, each planner optimizes and lowers its group at once, and the graphs are merged and
 * run as one, so shared work (the same block read, the same statistics) runs once.
 */
public final class Computing {
  private Computing() {}

  /** The values of {@code values} in order, computed in one run on {@code scheduler}. */
  public static List<Object> compute(List<? extends Lazy<?>> values, Scheduler scheduler) {
    return compute(values, scheduler, ComputeOptions.defaults());
  }

  /** {@link #compute(List, Scheduler)} with options (timeout, listeners). */
  public static List<Object> compute(List<? extends Lazy<?>> values, Scheduler scheduler,
      ComputeOptions options) {
    Lowered lowered = lower(values);
    Map<TaskKey, Object> results =
        scheduler.compute(lowered.graph(), new LinkedHashSet<>(lowered.keys()), options);
    List<Object> out = new ArrayList<>(values.size());
    for (TaskKey key : lowered.keys()) {
      out.add(results.get(key));
    }
    return Collections.unmodifiableList(out);
  }

  /** The one graph of {@code values} and each value's key, in order. */
  public static Lowered lower(List<? extends Lazy<?>> values) {
    Map<Planner, List<Integer>> groups = groups(values);
    TaskKey[] keys = new TaskKey[values.size()];
    TaskGraph.Builder graph = TaskGraph.builder();
    for (Map.Entry<Planner, List<Integer>> group : groups.entrySet()) {
      List<Object> plans = new ArrayList<>();
      for (int i : group.getValue()) {
        plans.add(values.get(i).plan());
      }
      Lowered lowered = group.getKey().lower(plans);
      graph.addAll(lowered.graph());
      for (int j = 0; j < plans.size(); j++) {
        keys[group.getValue().get(j)] = lowered.keys().get(j);
      }
    }
    return new Lowered(graph.build(), List.of(keys));
  }

  /** The graph of {@code values} as a picture, with their keys as the outputs. */
  public static GraphPicture visualize(List<? extends Lazy<?>> values) {
    Lowered lowered = lower(values);
    return new GraphPicture(lowered.graph(), new LinkedHashSet<>(lowered.keys()));
  }

  /** What {@code values} are planned as and become. */
  public static Explanation explain(List<? extends Lazy<?>> values) {
    Map<Planner, List<Integer>> groups = groups(values);
    List<Explanation> parts = new ArrayList<>();
    for (Map.Entry<Planner, List<Integer>> group : groups.entrySet()) {
      List<Object> plans = new ArrayList<>();
      for (int i : group.getValue()) {
        plans.add(values.get(i).plan());
      }
      parts.add(group.getKey().explain(plans));
    }
    return Explanation.join(parts);
  }

  /** How many tasks each operation of {@code graph} has. */
  public static Map<String, Integer> operations(TaskGraph graph) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Task task : graph.tasks()) {
      counts.merge(task.operation(), 1, Integer::sum);
    }
    return counts;
  }

  private static Map<Planner, List<Integer>> groups(List<? extends Lazy<?>> values) {
    Map<Planner, List<Integer>> groups = new IdentityHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      groups.computeIfAbsent(values.get(i).planner(), planner -> new ArrayList<>()).add(i);
    }
    return groups;
  }
}
