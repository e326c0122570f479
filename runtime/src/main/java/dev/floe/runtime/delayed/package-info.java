/**
 * {@link dev.floe.runtime.delayed.Delayed}: ordinary Java functions called lazily, building a task
 * graph instead of running — Dask's {@code delayed} for the JVM.
 *
 * <p>Depends on {@code function}, {@code graph} and {@code schedule}.
 */
package dev.floe.runtime.delayed;
