/**
 * Schedulers: run a {@link dev.floe.runtime.graph.TaskGraph} and hand back the results the caller
 * asked for.
 *
 * <ul>
 *   <li>{@link dev.floe.runtime.schedule.SyncScheduler} runs every task on the calling thread in a
 *       deterministic depth-first order — for debugging and tests.
 *   <li>{@link dev.floe.runtime.schedule.LocalScheduler} (the default) runs tasks on a
 *       work-stealing pool over all cores.
 * </ul>
 *
 * <p>Both share one run-state machine (per-task pending counts, result release, first-failure
 * cancellation, timeouts, events), so they differ only in who runs a ready task. {@link
 * dev.floe.runtime.schedule.Schedulers} holds the default scheduler — the one piece of global
 * configuration in Floe, explicit and overridable.
 *
 * <p>Depends on {@code graph}, {@code event}, {@code store} and the JDK.
 */
package dev.floe.runtime.schedule;
