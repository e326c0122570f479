package dev.floe.runtime.futures;

import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.event.ProgressMode;
import dev.floe.core.function.Fn0;
import dev.floe.core.function.Fn1;
import dev.floe.core.function.Fn2;
import dev.floe.core.function.FnN;
import dev.floe.core.function.Functions;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Computation;
import dev.floe.runtime.schedule.ComputeOptions;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.schedule.TaskFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link Client} on a local scheduler.
 *
 * <p>Implementation overview. Each submission becomes a one-task graph, started on the scheduler
 * once all of its future arguments have completed (a {@link CompletableFuture#allOf} over them), so
 * waiting for inputs holds no thread. The future completes from the computation's outcome. Live
 * futures are tracked for {@link #shutdown}/{@link #awaitTermination}; a future leaves the set when
 * it completes, and the last one out of a shut-down client wakes the waiters.
 */
final class LocalClient implements Client {
  private static final ComputeOptions TASK_OPTIONS =
      ComputeOptions.defaults().withProgress(ProgressMode.OFF);

  private final Scheduler scheduler;
  private final boolean ownsScheduler;
  private final Set<Submission<?>> live = ConcurrentHashMap.newKeySet();
  private final Object termination = new Object();
  private volatile boolean shutdown;
  private final List<Runnable> onClose = new ArrayList<>(); // guarded by this
  private boolean closed; // guarded by this

  /** The default scheduler this client replaced while it is open, or null. */
  private final Scheduler replacedDefault;
  private final boolean madeDefault;

  LocalClient(Scheduler scheduler, boolean ownsScheduler) {
    this(scheduler, ownsScheduler, false);
  }

  private LocalClient(Scheduler scheduler, boolean ownsScheduler, boolean makeDefault) {
    this.scheduler = scheduler;
    this.ownsScheduler = ownsScheduler;
    this.madeDefault = makeDefault;
    this.replacedDefault = makeDefault ? Schedulers.setDefault(scheduler) : null;
  }

  /**
   * A client that owns {@code scheduler} and makes it the default scheduler until it closes, so
   * that collections compute on it too (as a Dask client does).
   */
  static LocalClient asDefault(Scheduler scheduler) {
    return new LocalClient(scheduler, true, true);
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public <T> FloeFuture<T> submit(Callable<T> task) {
    return submitCall(task, arguments -> task.call());
  }

  @Override
  public <T> FloeFuture<T> submit(Fn0<T> task) {
    return submitCall(task, arguments -> task.call());
  }

  @Override
  public <T> FloeFuture<T> submit(Runnable task, T result) {
    return submitCall(task, arguments -> {
      task.run();
      return result;
    });
  }

  @Override
  public FloeFuture<?> submit(Runnable task) {
    return submit(task, null);
  }

  @Override
  public void execute(Runnable command) {
    submit(command);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, R> FloeFuture<R> submit(Fn1<A, R> fn, A a) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0)), a);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, R> FloeFuture<R> submit(Fn1<A, R> fn, FloeFuture<? extends A> a) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0)), a);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, A a, B b) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, b);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, FloeFuture<? extends A> a, B b) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, b);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, A a, FloeFuture<? extends B> b) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, b);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, B, R> FloeFuture<R> submit(
      Fn2<A, B, R> fn, FloeFuture<? extends A> a, FloeFuture<? extends B> b) {
    return submitCall(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, b);
  }

  @Override
  public <A, R> List<FloeFuture<R>> map(Fn1<A, R> fn, Iterable<? extends A> inputs) {
    List<FloeFuture<R>> futures = new ArrayList<>();
    for (A input : inputs) {
      futures.add(submit(fn, input));
    }
    return futures;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> FloeFuture<T> compute(Delayed<T> delayed) {
    checkOpen();
    TaskGraph graph = delayed.graph();
    FloeFuture<T> future = new FloeFuture<>(delayed.key());
    Submission<T> submission = new Submission<>(future, () -> delayed.compute(scheduler));
    submission.started = true;
    track(submission);
    Computation computation = scheduler.start(graph, List.of(delayed.key()), TASK_OPTIONS);
    future.running(computation);
    computation.toCompletableFuture().whenComplete((results, failure) -> {
      if (failure == null) {
        future.completion().complete((T) results.get(delayed.key()));
      } else {
        future.completion().completeExceptionally(unwrapCompletion(failure));
      }
    });
    return future;
  }

  @Override
  public <T> List<T> gather(Collection<? extends FloeFuture<? extends T>> futures) {
    List<T> results = new ArrayList<>(futures.size());
    for (FloeFuture<? extends T> future : futures) {
      results.add(future.result());
    }
    return results;
  }

  @Override
  public <T> AsCompleted<T> asCompleted(Collection<? extends FloeFuture<T>> futures) {
    return new AsCompleted<>(futures);
  }

  @Override
  public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks)
      throws InterruptedException {
    List<Future<T>> futures = new ArrayList<>(submitAll(tasks));
    for (Future<T> future : futures) {
      awaitQuietly(future);
    }
    return futures;
  }

  @Override
  public <T> List<Future<T>> invokeAll(
      Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
      throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    List<Future<T>> futures = new ArrayList<>(submitAll(tasks));
    for (Future<T> future : futures) {
      long left = deadline - System.nanoTime();
      try {
        future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | CancellationException e) {
        // reported by the future itself
      } catch (TimeoutException e) {
        futures.forEach(unfinished -> unfinished.cancel(true));
        break;
      }
    }
    return futures;
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks)
      throws InterruptedException, ExecutionException {
    try {
      return invokeAny(tasks, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("cannot time out without a timeout", e);
    }
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("invokeAny needs at least one task");
    }
    List<FloeFuture<T>> futures = submitAll(tasks);
    long deadline = timeout == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + unit.toNanos(timeout);
    CompletableFuture<T> first = new CompletableFuture<>();
    int[] failures = {0};
    for (FloeFuture<T> future : futures) {
      future.completion().whenComplete((value, failure) -> {
        if (failure == null) {
          first.complete(value);
        } else {
          synchronized (failures) {
            if (++failures[0] == futures.size()) {
              first.completeExceptionally(failure);
            }
          }
        }
      });
    }
    try {
      return deadline == Long.MAX_VALUE
          ? first.get()
          : first.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } finally {
      futures.forEach(future -> future.cancel(true));
    }
  }

  @Override
  public void whenClosed(Runnable action) {
    synchronized (this) {
      if (!closed) {
        onClose.add(action);
        return;
      }
    }
    action.run();
  }

  @Override
  public void shutdown() {
    shutdown = true;
    signalIfTerminated();
  }

  /** Cancels every unfinished submission; returns the ones that never started. */
  @Override
  public List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> neverStarted = new ArrayList<>();
    // Waiting submissions first: cancelling a running input first would fail them instead.
    for (Submission<?> submission : live) {
      if (!submission.started && submission.future.cancel(true)) {
        neverStarted.add(submission.body);
      }
    }
    for (Submission<?> submission : live) {
      submission.future.cancel(true);
    }
    signalIfTerminated();
    return neverStarted;
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return shutdown && live.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    synchronized (termination) {
      while (!isTerminated()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(termination, left);
      }
      return true;
    }
  }

  @Override
  public void close() {
    shutdown();
    boolean interrupted = false;
    while (!isTerminated()) {
      try {
        awaitTermination(1, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        shutdownNow();
        interrupted = true;
      }
    }
    if (madeDefault) {
      Schedulers.restoreDefault(scheduler, replacedDefault);
    }
    List<Runnable> actions;
    synchronized (this) {
      closed = true;
      actions = List.copyOf(onClose);
      onClose.clear();
    }
    actions.forEach(Runnable::run);
    if (ownsScheduler) {
      scheduler.close();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Client[" + scheduler + ", " + live.size() + " unfinished]";
  }

  private <T> List<FloeFuture<T>> submitAll(Collection<? extends Callable<T>> tasks) {
    List<FloeFuture<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      futures.add(submit(task));
    }
    return futures;
  }

  private static void awaitQuietly(Future<?> future) throws InterruptedException {
    try {
      future.get();
    } catch (ExecutionException | CancellationException e) {
      // invokeAll reports outcomes through the futures
    }
  }

  /**
   * Submits {@code body} to run once every argument that is a future has completed; its key names
   * the function and is unique to this submission.
   */
  private <T> FloeFuture<T> submitCall(Object function, FnN<T> body, Object... arguments) {
    checkOpen();
    String name = Functions.name(function);
    FloeFuture<T> future = new FloeFuture<>(TaskKey.of(name, UUID.randomUUID().toString()));
    Submission<T> submission = new Submission<>(future, () -> {
      try {
        body.apply(Arrays.asList(resolve(arguments)));
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
    track(submission);
    List<CompletableFuture<?>> inputs = new ArrayList<>();
    for (Object argument : arguments) {
      if (argument instanceof FloeFuture<?> input) {
        inputs.add(input.completion());
      }
    }
    CompletableFuture.allOf(inputs.toArray(new CompletableFuture<?>[0]))
        .whenComplete((ignored, failure) -> {
          if (failure != null) {
            future.completion().completeExceptionally(inputFailed(future, arguments));
          } else if (!future.isDone()) {
            start(submission, name, body, resolve(arguments));
          }
        });
    return future;
  }

  private <T> void start(Submission<T> submission, String name, FnN<T> body, Object[] arguments) {
    FloeFuture<T> future = submission.future;
    Task task = new Task(future.key(), name, List.of(),
        inputs -> body.apply(Arrays.asList(arguments)));
    submission.started = true;
    Computation computation;
    try {
      computation = scheduler.start(TaskGraph.of(List.of(task)), List.of(task.key()), TASK_OPTIONS);
    } catch (RejectedExecutionException e) {
      future.completion().completeExceptionally(e);
      return;
    }
    future.running(computation);
    computation.toCompletableFuture().whenComplete((results, failure) -> {
      if (failure == null) {
        @SuppressWarnings("unchecked")
        T value = (T) results.get(task.key());
        future.completion().complete(value);
      } else {
        future.completion().completeExceptionally(unwrapCompletion(failure));
      }
    });
  }

  /** The values of the arguments, with each future replaced by its (completed) result. */
  private static Object[] resolve(Object[] arguments) {
    Object[] values = arguments.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof FloeFuture<?> input) {
        values[i] = input.completion().join();
      }
    }
    return values;
  }

  private static Throwable inputFailed(FloeFuture<?> future, Object[] arguments) {
    for (Object argument : arguments) {
      if (argument instanceof FloeFuture<?> input && input.isFailed()) {
        Throwable cause;
        try {
          input.completion().join();
          continue;
        } catch (CancellationException e) {
          cause = e;
        } catch (CompletionException e) {
          cause = e.getCause();
        }
        return new TaskFailedException(future.key(), "input " + input.key(),
            new IllegalStateException("input " + input.key() + " did not finish: " + cause, cause));
      }
    }
    return new IllegalStateException("an input of " + future.key() + " failed");
  }

  private static Throwable unwrapCompletion(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private void track(Submission<?> submission) {
    live.add(submission);
    submission.future.completion().whenComplete((value, failure) -> {
      live.remove(submission);
      signalIfTerminated();
    });
  }

  private void signalIfTerminated() {
    if (isTerminated()) {
      synchronized (termination) {
        termination.notifyAll();
      }
    }
  }

  private void checkOpen() {
    if (shutdown) {
      throw new RejectedExecutionException("the client is shut down and takes no more work");
    }
  }

  /** A submitted task and, for {@link #shutdownNow}, its body and whether it started. */
  private static final class Submission<T> {
    final FloeFuture<T> future;
    final Runnable body;
    volatile boolean started;

    Submission(FloeFuture<T> future, Runnable body) {
      this.future = future;
      this.body = body;
    }
  }
}
