package dev.floe.runtime.futures;

import dev.floe.runtime.Await;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Computation;
import dev.floe.runtime.schedule.TaskFailedException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The result of work submitted to a {@link Client}, available later.
 *
 * <p>A failed task's {@link ExecutionException} names the task's key and carries what the task
 * threw as its cause, as {@link java.util.concurrent.ExecutorService} users expect; {@link
 * #result()} throws Floe's {@link TaskFailedException} instead. Cancelling stops the task: it never
 * starts if it was still waiting for its inputs, and is interrupted if it was running.
 *
 * @param <T> the result type
 */
public final class FloeFuture<T> implements Future<T> {
  private final TaskKey key;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private volatile Computation computation;

  FloeFuture(TaskKey key) {
    this.key = key;
  }

  /** The key of the task behind this future. */
  public TaskKey key() {
    return key;
  }

  /**
   * Cancels the task; a running task is interrupted.
   *
   * @return whether this call cancelled it; false when it had already ended
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = result.cancel(false);
    Computation running = computation;
    if (cancelled && running != null) {
      running.cancel(true);
    }
    return cancelled;
  }

  @Override
  public boolean isCancelled() {
    return result.isCancelled();
  }

  @Override
  public boolean isDone() {
    return result.isDone();
  }

  /** Whether the task ended with an exception (failed or cancelled). */
  public boolean isFailed() {
    return result.isCompletedExceptionally();
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return result.get(timeout, unit);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  /**
   * Waits for the result, throwing unchecked exceptions: {@link TaskFailedException} when the
   * task failed, {@link CancellationException} when it was cancelled or the waiting thread was
   * interrupted (the interrupt flag is then set again; the task goes on).
   */
  public T result() {
    return Await.result(result, key.toString());
  }

  /** A new {@link CompletableFuture} that completes as this future does. */
  public CompletableFuture<T> toCompletableFuture() {
    return result.copy();
  }

  /** E.g. {@code FloeFuture(inc-3fa2c1d09e8b, finished)}. */
  @Override
  public String toString() {
    String state = !result.isDone() ? (computation == null ? "waiting" : "running")
        : result.isCancelled() ? "cancelled"
        : result.isCompletedExceptionally() ? "failed"
        : "finished";
    return "FloeFuture(" + key + ", " + state + ")";
  }

  CompletableFuture<T> completion() {
    return result;
  }

  /** Records the computation running this future's task; cancels it if the future was. */
  void running(Computation started) {
    computation = started;
    if (result.isCancelled()) {
      started.cancel(true);
    }
  }

  private ExecutionException unwrap(ExecutionException e) {
    if (e.getCause() instanceof TaskFailedException failed && failed.getCause() != null) {
      return new ExecutionException(failed.getMessage(), failed.getCause());
    }
    return e;
  }
}
