package dev.floe.runtime.graph;

import java.util.List;
import java.util.Objects;

/**
 * One unit of work in a graph: a function of the results of the tasks it depends on.
 *
 * @param key the task's identity; a content hash of the operation, its parameters and {@code
 *     dependencies} (see {@link TaskKey#of})
 * @param operation the operation's name, for errors, events and pictures (e.g. {@code inc})
 * @param dependencies the keys whose results are the function's inputs, in order; a key may appear
 *     more than once
 * @param function computes the result from the dependencies' results
 */
public record Task(TaskKey key, String operation, List<TaskKey> dependencies, TaskFunction function) {

  /** Validates and copies the dependency list. */
  public Task {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(function, "function");
    dependencies = List.copyOf(dependencies);
  }

  /**
   * Makes a task whose key is the content hash of the operation, the given parameters and the
   * dependency keys.
   *
   * @param parameters everything besides the dependencies that the result depends on, including
   *     the function when it captures values
   */
  public static Task of(
      String operation, List<TaskKey> dependencies, TaskFunction function, Object... parameters) {
    Object[] parts = new Object[parameters.length + 1];
    System.arraycopy(parameters, 0, parts, 0, parameters.length);
    parts[parameters.length] = dependencies;
    return new Task(TaskKey.of(operation, parts), operation, dependencies, function);
  }
}
