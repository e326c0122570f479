/**
 * What happens while a graph runs, for diagnostics to observe.
 *
 * <p>Schedulers call {@link dev.floe.runtime.event.TaskListener}s when a computation starts and
 * ends and when each task starts and finishes ({@link dev.floe.runtime.event.TaskEvent}: key,
 * operation, thread, duration, result size), and when results move between memory, disk and
 * workers ({@link dev.floe.runtime.event.DataEvent}). {@link dev.floe.runtime.event.ProgressBar}
 * draws one computation's progress; the dashboard builds on the same interface.
 *
 * <p>Depends on {@code dev.floe.runtime.graph} (task keys) and the JDK.
 */
package dev.floe.runtime.event;
