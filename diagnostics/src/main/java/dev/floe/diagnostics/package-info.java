/**
 * A live web page that shows what a scheduler is doing: the task stream (a row per thread or
 * worker, a bar per task coloured by operation, transfers and spills marked), progress per
 * operation, memory held and spilled per worker, time spent recomputing lost work, and the graph
 * being run.
 *
 * <p>{@link dev.floe.diagnostics.Dashboard} watches one scheduler through {@code
 * Scheduler.watch} and serves the page from the JDK's own HTTP server, on loopback unless told
 * otherwise. The page polls one JSON document; everything it draws is computed from the events
 * the scheduler reports, so the dashboard costs nothing while it is not open.
 *
 * <p>Depends on {@code dev.floe.runtime.schedule}, {@code dev.floe.runtime.event}, {@code
 * dev.floe.runtime.graph}, {@code dev.floe.runtime.store}, {@code dev.floe.runtime.display} and the
 * JDK ({@code jdk.httpserver}); nothing in the local engine depends on it. {@code
 * Dashboard.of(client)} ties a dashboard's life to a client's.
 */
package dev.floe.diagnostics;
