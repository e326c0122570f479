package dev.floe.runtime.graph;

import java.io.Serializable;

/**
 * The body of a task: computes a result from the results of the task's dependencies.
 *
 * <p>The scheduler passes the dependency results in the order the task lists its dependencies, in
 * a fresh array that the function may keep. A function may throw; the scheduler reports the
 * exception as the cause of the computation's failure, naming the task.
 */
@FunctionalInterface
public interface TaskFunction extends Serializable {
  /** Computes this task's result from its dependencies' results, in dependency order. */
  Object apply(Object[] inputs) throws Exception;
}
