package dev.floe.runtime.futures;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Yields futures in the order they finish (succeeded, failed or cancelled), waiting when none has.
 * More futures may be {@link #add added} while iterating, which keeps a fixed number of tasks in
 * flight:
 *
 * <pre>{@code
 * AsCompleted<Double> completed = client.asCompleted(firstTen);
 * for (FloeFuture<Double> done : completed) {
 *   if (moreToTry()) completed.add(client.submit(Search::evaluate, nextPoint()));
 * }
 * }</pre>
 *
 * <p>One thread iterates; {@link #add} may be called from any thread.
 *
 * @param <T> the futures' result type
 */
public final class AsCompleted<T> implements Iterable<FloeFuture<T>>, Iterator<FloeFuture<T>> {
  private final LinkedBlockingQueue<FloeFuture<T>> finished = new LinkedBlockingQueue<>();
  private final Object lock = new Object();
  private int unyielded;

  AsCompleted(Collection<? extends FloeFuture<T>> futures) {
    futures.forEach(this::add);
  }

  /** Adds a future to wait for. */
  public void add(FloeFuture<T> future) {
    synchronized (lock) {
      unyielded++;
    }
    future.completion().whenComplete((value, failure) -> finished.add(future));
  }

  /** Whether a future is still to be yielded (finished or not). */
  @Override
  public boolean hasNext() {
    synchronized (lock) {
      return unyielded > 0;
    }
  }

  /**
   * The next future to finish, waiting for it if needed.
   *
   * @throws NoSuchElementException when every future has been yielded
   * @throws CancellationException when the waiting thread is interrupted (its flag is set again)
   */
  @Override
  public FloeFuture<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("every future has been yielded");
    }
    try {
      FloeFuture<T> next = finished.take();
      synchronized (lock) {
        unyielded--;
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the next future to finish");
    }
  }

  /** This object itself: it can be iterated once. */
  @Override
  public Iterator<FloeFuture<T>> iterator() {
    return this;
  }
}
