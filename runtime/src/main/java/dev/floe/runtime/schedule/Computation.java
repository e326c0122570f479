package dev.floe.runtime.schedule;

import dev.floe.runtime.Await;
import dev.floe.runtime.graph.TaskKey;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running (or finished) computation of a graph: wait for it, cancel it, or watch its progress.
 *
 * <p>Its value maps each requested output key to its result, in the order the outputs were
 * requested. A failed computation completes with a {@link TaskFailedException}; one that ran past
 * its options' timeout with a {@link ComputationTimeoutException}. Interrupting a thread that
 * waits in {@link #get()} or {@link #join()} cancels the computation.
 */
public final class Computation implements Future<Map<TaskKey, Object>> {
  /**
   * What a scheduler exposes of one running graph; a scheduler outside this package (the cluster)
   * implements it and wraps it with {@link #over}.
   */
  public interface Handle {
    /** A number that identifies the computation in events, unique within the JVM. */
    long id();

    /** How many tasks the graph holds. */
    int taskCount();

    /** How many tasks have finished so far. */
    long finishedTasks();

    /** How many tasks are running now. */
    int runningTasks();

    /** Stops the computation; returns whether this call stopped it. */
    boolean cancel();

    /** Completes with the results, or exceptionally with the reason the computation stopped. */
    CompletableFuture<Map<TaskKey, Object>> done();
  }

  private final Handle run;

  private Computation(Handle run) {
    this.run = run;
  }

  /** The computation a scheduler's run handle stands for. */
  public static Computation over(Handle run) {
    return new Computation(run);
  }

  /** A number that identifies this computation in events, unique within the JVM. */
  public long id() {
    return run.id();
  }

  /** How many tasks the graph holds. */
  public int taskCount() {
    return run.taskCount();
  }

  /** How many tasks have finished so far. */
  public long finishedTasks() {
    return run.finishedTasks();
  }

  /** How many of this computation's tasks are running on some thread right now. */
  public int runningTasks() {
    return run.runningTasks();
  }

  /**
   * Stops the computation: tasks not yet started never start, and running tasks are interrupted
   * (whatever {@code mayInterruptIfRunning} says: a stopped computation has no use for them).
   *
   * @return whether this call stopped it; false when it had already ended
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    return run.cancel();
  }

  @Override
  public boolean isCancelled() {
    return run.done().isCancelled();
  }

  @Override
  public boolean isDone() {
    return run.done().isDone();
  }

  /** Waits for the results; an interrupt while waiting cancels the computation. */
  @Override
  public Map<TaskKey, Object> get() throws InterruptedException, ExecutionException {
    try {
      return run.done().get();
    } catch (InterruptedException e) {
      run.cancel();
      throw e;
    }
  }

  /**
   * Waits at most the given time for the results. Running out of time leaves the computation
   * running (as {@link Future} requires); use {@link ComputeOptions#withTimeout} to bound it.
   */
  @Override
  public Map<TaskKey, Object> get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return run.done().get(timeout, unit);
    } catch (InterruptedException e) {
      run.cancel();
      throw e;
    }
  }

  /**
   * Waits for the results, throwing Floe's unchecked exceptions as they are.
   *
   * @throws TaskFailedException when a task failed
   * @throws ComputationTimeoutException when the timeout passed
   * @throws CancellationException when it was cancelled, or when the waiting thread was
   *     interrupted (which cancels it and keeps the thread's interrupt flag set)
   */
  public Map<TaskKey, Object> join() {
    return Await.result(this, "computation " + run.id() + "; it was cancelled");
  }

  /** A new future that completes as this computation does; completing it has no effect here. */
  public CompletableFuture<Map<TaskKey, Object>> toCompletableFuture() {
    return run.done().copy();
  }
}
