/**
 * The scheduler-overhead benchmark: a graph of trivial tasks, so that the time measured is the
 * scheduler's own.
 *
 * <p>Depends on {@code dev.floe.runtime}.
 */
package dev.floe.benchmarks.overhead;
