package dev.floe.runtime.futures;

import dev.floe.runtime.delayed.Delayed;
import dev.floe.core.function.Fn0;
import dev.floe.core.function.Fn1;
import dev.floe.core.function.Fn2;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs functions now and hands back futures: a real {@link ExecutorService}, plus what Dask's
 * futures add — {@link #map} over inputs, {@link #gather}, {@link #asCompleted}, and futures passed
 * as arguments to later submissions:
 *
 * <pre>{@code
 * try (Client client = Client.local()) {
 *   FloeFuture<Integer> x = client.submit(Demo::inc, 1);
 *   FloeFuture<Integer> y = client.submit(Demo::inc, 2);
 *   FloeFuture<Integer> z = client.submit(Demo::add, x, y); // runs when x and y are done
 *   z.result();                                             // 5
 * }
 * }</pre>
 *
 * <p>A submission runs as soon as its future arguments have finished; if one of them failed or was
 * cancelled, it fails without running, naming that input. Every submission is a new task, even
 * when it repeats an earlier one (unlike {@link Delayed}, where equal calls are one task), since
 * submitted work often has effects. A task may itself submit work and wait for it.
 *
 * <p>Functions submitted through the {@link Fn0}/{@link Fn1}/{@link Fn2} overloads are
 * serializable, so the same code can run on a cluster; plain {@link Callable}s and {@link
 * Runnable}s run locally. A lambda given a future argument needs its parameter types written out
 * ({@code (Integer v) -> v + 1}) for Java to pick the overload; method references need nothing.
 */
public interface Client extends ExecutorService, AutoCloseable {
  /** A client on a new local scheduler with one worker per core; closing it stops the workers. */
  static Client local() {
    return new LocalClient(Schedulers.local(), true);
  }

  /** A client on a new local scheduler with {@code threads} workers. */
  static Client local(int threads) {
    return new LocalClient(Schedulers.local(threads), true);
  }

  /**
   * A client of the cluster whose members are at {@code addresses} ({@code HOST:PORT[,...]}, the
   * workers started with {@code floe worker}), in the default cluster name. While it is open it
   * is the default scheduler, so DataFrame, NdArray and Delayed computations run on the cluster
   * too; closing it leaves the cluster (the workers stay up). Needs the {@code floe-cluster}
   * module on the class path; its {@code ClusterSettings} choose a cluster name or bind address.
   *
   * @throws dev.floe.runtime.FloeException when no worker answers within 30 s
   */
  static Client connect(String addresses) {
    return owning(ClusterConnector.find().connect(addresses));
  }

  /**
   * A cluster of {@code workers} worker JVMs on this machine (loopback only), one thread per
   * core each, and a client of it; the default scheduler while open. Closing the client stops
   * the workers. Needs the {@code floe-cluster} module on the class path.
   */
  static Client localCluster(int workers) {
    return localCluster(workers, 0);
  }

  /** {@link #localCluster(int)} with {@code threadsPerWorker} threads in each worker. */
  static Client localCluster(int workers, int threadsPerWorker) {
    return owning(ClusterConnector.find().startLocal(workers, threadsPerWorker));
  }

  /** A client on an existing scheduler, which it does not close. */
  static Client on(Scheduler scheduler) {
    return new LocalClient(scheduler, false);
  }

  /**
   * A client that owns {@code scheduler}: it is the default scheduler while the client is open
   * (so collections compute on it, as with a Dask client), and closing the client closes it.
   */
  static Client owning(Scheduler scheduler) {
    return LocalClient.asDefault(scheduler);
  }

  /** The scheduler the client's tasks run on. */
  Scheduler scheduler();

  /**
   * Runs {@code action} when the client closes, after its work has finished and before its
   * scheduler stops (at once when it is already closed): for what lives as long as a client, such
   * as its dashboard.
   */
  void whenClosed(Runnable action);

  /** Runs {@code task} and returns its future. */
  @Override
  <T> FloeFuture<T> submit(Callable<T> task);

  /** Runs a serializable {@code task} and returns its future. */
  <T> FloeFuture<T> submit(Fn0<T> task);

  /** Runs {@code task} and returns a future of {@code result}. */
  @Override
  <T> FloeFuture<T> submit(Runnable task, T result);

  /** Runs {@code task} and returns a future of {@code null}. */
  @Override
  FloeFuture<?> submit(Runnable task);

  /** Runs {@code fn} on a, once every future argument has finished. */
  <A, R> FloeFuture<R> submit(Fn1<A, R> fn, A a);

  /** Runs {@code fn} on the result of a, once every future argument has finished. */
  <A, R> FloeFuture<R> submit(Fn1<A, R> fn, FloeFuture<? extends A> a);

  /** Runs {@code fn} on a, b, once every future argument has finished. */
  <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, A a, B b);

  /** Runs {@code fn} on a, the result of b, once every future argument has finished. */
  <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, A a, FloeFuture<? extends B> b);

  /** Runs {@code fn} on the result of a, b, once every future argument has finished. */
  <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, FloeFuture<? extends A> a, B b);

  /** Runs {@code fn} on the result of a, the result of b, once every future argument has finished. */
  <A, B, R> FloeFuture<R> submit(Fn2<A, B, R> fn, FloeFuture<? extends A> a, FloeFuture<? extends B> b);

  /** Submits {@code fn} once per input; the futures come back in input order. */
  <A, R> List<FloeFuture<R>> map(Fn1<A, R> fn, Iterable<? extends A> inputs);

  /** Computes a delayed call on this client's scheduler, returning at once with its future. */
  <T> FloeFuture<T> compute(Delayed<T> delayed);

  /**
   * Waits for every future and returns their results in order.
   *
   * @throws dev.floe.runtime.schedule.TaskFailedException for the first future (in list order)
   *     that failed
   * @throws java.util.concurrent.CancellationException when one was cancelled, or the waiting
   *     thread was interrupted (its flag is then set again)
   */
  <T> List<T> gather(Collection<? extends FloeFuture<? extends T>> futures);

  /** Yields the futures in the order they finish; more may be added while iterating. */
  <T> AsCompleted<T> asCompleted(Collection<? extends FloeFuture<T>> futures);

  /**
   * Stops accepting work, waits for submitted work to finish, and closes the scheduler if the
   * client made it.
   */
  @Override
  void close();
}
