package dev.floe.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a future the way Floe's unchecked APIs ({@code join}, {@code result}) do. */
public final class Await {
  private Await() {}

  /**
   * Waits for {@code future} and returns its value. What it failed with is thrown as it is when
   * unchecked (wrapped in a {@link CompletionException} otherwise); an interrupt while waiting
   * becomes a {@link CancellationException} that names {@code what}, with the thread's interrupt
   * flag set again. Whatever {@link Future#get()} does on interrupt (a computation cancels itself)
   * has happened by then.
   */
  public static <T> T result(Future<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException stopped = new CancellationException("interrupted while waiting for " + what);
      stopped.initCause(e);
      throw stopped;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new CompletionException(e.getCause());
    }
  }
}
