package dev.floe.runtime.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, validated graph of keyed tasks.
 *
 * <p>Tasks are held in a topological order (every task after its dependencies; ties in the order
 * they were added), and schedulers read the graph by position: {@link #task(int)}, {@link
 * #dependency(int, int)}, {@link #dependent(int, int)}. Positions are dense, so a scheduler keeps
 * its per-task state in plain arrays.
 *
 * <p>Building validates: every dependency must be in the graph and there must be no cycle; the
 * error names the keys involved. Adding a task whose key is already present keeps the first — the
 * same key means the same work.
 */
public final class TaskGraph {
  private static final int MAX_KEYS_IN_MESSAGE = 10;
  private static final int[] NO_POSITIONS = new int[0];

  private final Task[] tasks;
  private final int[][] dependencies;
  private final int[][] dependents;
  private final Map<TaskKey, Integer> positions;

  private TaskGraph(Task[] tasks, int[][] dependencies, int[][] dependents) {
    this.tasks = tasks;
    this.dependencies = dependencies;
    this.dependents = dependents;
    this.positions = new HashMap<>(tasks.length * 2);
    for (int i = 0; i < tasks.length; i++) {
      positions.put(tasks[i].key(), i);
    }
  }

  /** Starts an empty graph. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a graph of the given tasks; see {@link Builder#build()}. */
  public static TaskGraph of(Iterable<Task> tasks) {
    Builder builder = builder();
    tasks.forEach(builder::add);
    return builder.build();
  }

  /** The number of tasks. */
  public int size() {
    return tasks.length;
  }

  /** The task at a position; positions run from 0 to {@code size() - 1} in topological order. */
  public Task task(int position) {
    return tasks[position];
  }

  /** The position of a key, or -1 when the graph has no such task. */
  public int position(TaskKey key) {
    Integer position = positions.get(key);
    return position == null ? -1 : position;
  }

  /** Whether the graph has a task with this key. */
  public boolean contains(TaskKey key) {
    return positions.containsKey(key);
  }

  /** The task with this key; throws {@link IllegalArgumentException} naming it when absent. */
  public Task task(TaskKey key) {
    int position = position(key);
    if (position < 0) {
      throw new IllegalArgumentException("the graph has no task " + key);
    }
    return tasks[position];
  }

  /** How many dependencies the task at a position has (counting repeats). */
  public int dependencyCount(int position) {
    return dependencies[position].length;
  }

  /** The position of the i-th dependency of the task at a position. */
  public int dependency(int position, int i) {
    return dependencies[position][i];
  }

  /** How many tasks take the result of the task at a position (counting repeats). */
  public int dependentCount(int position) {
    return dependents[position].length;
  }

  /** The position of the i-th dependent of the task at a position. */
  public int dependent(int position, int i) {
    return dependents[position][i];
  }

  /** All tasks in topological order. */
  public List<Task> tasks() {
    return Collections.unmodifiableList(Arrays.asList(tasks));
  }

  /** Builds graphs; not thread-safe. */
  public static final class Builder {
    private final LinkedHashMap<TaskKey, Task> tasks = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a task unless a task with its key is already present. */
    public Builder add(Task task) {
      tasks.putIfAbsent(task.key(), task);
      return this;
    }

    /** Adds every task of another graph. */
    public Builder addAll(TaskGraph graph) {
      for (Task task : graph.tasks) {
        add(task);
      }
      return this;
    }

    /** Whether a task with this key has been added. */
    public boolean contains(TaskKey key) {
      return tasks.containsKey(key);
    }

    /**
     * Validates and builds the graph.
     *
     * @throws GraphValidationException when a dependency is missing (naming the task and the
     *     missing keys) or tasks form a cycle (naming the keys around it)
     */
    public TaskGraph build() {
      Task[] added = tasks.values().toArray(new Task[0]);
      Map<TaskKey, Integer> addedPositions = new HashMap<>(added.length * 2);
      for (int i = 0; i < added.length; i++) {
        addedPositions.put(added[i].key(), i);
      }
      int[][] dependencies = resolveDependencies(added, addedPositions);
      int[] order = topologicalOrder(added, dependencies);
      return reorder(added, dependencies, order);
    }

    private static int[][] resolveDependencies(Task[] added, Map<TaskKey, Integer> positions) {
      int[][] dependencies = new int[added.length][];
      List<TaskKey> missing = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < added.length; i++) {
        List<TaskKey> keys = added[i].dependencies();
        int[] resolved = keys.isEmpty() ? NO_POSITIONS : new int[keys.size()];
        for (int d = 0; d < resolved.length; d++) {
          Integer position = positions.get(keys.get(d));
          if (position == null) {
            missing.add(keys.get(d));
            problems.add(added[i].key() + " (" + added[i].operation() + ") needs " + keys.get(d));
            resolved[d] = -1;
          } else {
            resolved[d] = position;
          }
        }
        dependencies[i] = resolved;
      }
      if (!missing.isEmpty()) {
        throw new GraphValidationException(
            "the graph lacks " + missing.size() + " dependenc" + (missing.size() == 1 ? "y" : "ies")
                + ": " + summarize(problems),
            missing);
      }
      return dependencies;
    }

    /** Kahn's algorithm, taking ready tasks in the order they were added. */
    private static int[] topologicalOrder(Task[] added, int[][] dependencies) {
      int n = added.length;
      int[] pending = new int[n];
      int[][] dependents = invert(dependencies);
      ArrayDeque<Integer> ready = new ArrayDeque<>();
      for (int i = 0; i < n; i++) {
        pending[i] = dependencies[i].length;
        if (pending[i] == 0) {
          ready.add(i);
        }
      }
      int[] order = new int[n];
      int count = 0;
      while (!ready.isEmpty()) {
        int next = ready.poll();
        order[count++] = next;
        for (int dependent : dependents[next]) {
          if (--pending[dependent] == 0) {
            ready.add(dependent);
          }
        }
      }
      if (count < n) {
        List<TaskKey> cycle = findCycle(added, dependencies, pending);
        List<String> names = new ArrayList<>();
        cycle.forEach(key -> names.add(key.toString()));
        names.add(cycle.get(0).toString());
        throw new GraphValidationException(
            "the graph has a cycle: " + String.join(" -> ", names), cycle);
      }
      return order;
    }

    /** Walks dependencies among the unsorted tasks until a task repeats; returns that loop. */
    private static List<TaskKey> findCycle(Task[] added, int[][] dependencies, int[] pending) {
      int start = 0;
      while (pending[start] == 0) {
        start++;
      }
      int[] seenAt = new int[added.length];
      Arrays.fill(seenAt, -1);
      List<Integer> path = new ArrayList<>();
      int current = start;
      while (seenAt[current] < 0) {
        seenAt[current] = path.size();
        path.add(current);
        int next = -1;
        for (int dependency : dependencies[current]) {
          if (pending[dependency] > 0) {
            next = dependency;
            break;
          }
        }
        current = next;
      }
      List<TaskKey> cycle = new ArrayList<>();
      // The walk follows "depends on" edges; reverse it so the message reads in execution order.
      for (int i = path.size() - 1; i >= seenAt[current]; i--) {
        cycle.add(added[path.get(i)].key());
      }
      return cycle;
    }

    private static TaskGraph reorder(Task[] added, int[][] dependencies, int[] order) {
      int n = added.length;
      int[] newPosition = new int[n];
      for (int i = 0; i < n; i++) {
        newPosition[order[i]] = i;
      }
      Task[] sorted = new Task[n];
      int[][] sortedDependencies = new int[n][];
      for (int i = 0; i < n; i++) {
        int old = order[i];
        sorted[i] = added[old];
        int[] deps = dependencies[old];
        int[] mapped = deps.length == 0 ? NO_POSITIONS : new int[deps.length];
        for (int d = 0; d < deps.length; d++) {
          mapped[d] = newPosition[deps[d]];
        }
        sortedDependencies[i] = mapped;
      }
      return new TaskGraph(sorted, sortedDependencies, invert(sortedDependencies));
    }

    /** Turns dependency lists into dependent lists, keeping repeats. */
    private static int[][] invert(int[][] dependencies) {
      int n = dependencies.length;
      int[] counts = new int[n];
      for (int[] deps : dependencies) {
        for (int d : deps) {
          counts[d]++;
        }
      }
      int[][] dependents = new int[n][];
      for (int i = 0; i < n; i++) {
        dependents[i] = counts[i] == 0 ? NO_POSITIONS : new int[counts[i]];
      }
      int[] filled = new int[n];
      for (int i = 0; i < n; i++) {
        for (int d : dependencies[i]) {
          dependents[d][filled[d]++] = i;
        }
      }
      return dependents;
    }

    private static String summarize(List<String> items) {
      if (items.size() <= MAX_KEYS_IN_MESSAGE) {
        return String.join("; ", items);
      }
      return String.join("; ", items.subList(0, MAX_KEYS_IN_MESSAGE))
          + "; and " + (items.size() - MAX_KEYS_IN_MESSAGE) + " more";
    }
  }
}
