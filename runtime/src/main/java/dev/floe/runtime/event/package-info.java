/**
 * What happens while a graph runs, for diagnostics to observe.
 *
 * <p>Schedulers call {@link dev.floe.runtime.event.TaskListener}s when a computation starts and
 * ends and when each task starts and finishes ({@link dev.floe.runtime.event.TaskEvent}: key,
 * operation, thread, duration, result size). {@link dev.floe.runtime.event.ProgressBar} is the
 * first such listener; the dashboard builds on the same interface.
 *
 * <p>Depends on {@code dev.floe.runtime.graph} (task keys) and the JDK.
 */
package dev.floe.runtime.event;
