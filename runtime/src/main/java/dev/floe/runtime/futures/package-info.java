/**
 * Futures: {@link dev.floe.runtime.futures.Client}, a {@link java.util.concurrent.ExecutorService}
 * that runs functions now and hands back {@link dev.floe.runtime.futures.FloeFuture}s — Dask's
 * futures interface for the JVM.
 *
 * <p>Futures may be passed as arguments to later submissions, building call graphs that run as
 * their inputs become ready; {@link dev.floe.runtime.futures.AsCompleted} yields futures in the
 * order they finish. Tasks run on a {@link dev.floe.runtime.schedule.Scheduler}, so they share its
 * threads, events and cancellation with graph computations.
 *
 * <p>Depends on {@code function}, {@code graph}, {@code schedule}, {@code delayed} and {@code
 * event}.
 */
package dev.floe.runtime.futures;
