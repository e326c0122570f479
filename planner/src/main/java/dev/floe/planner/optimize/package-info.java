/**
 * Passes over task graphs that keep their results and make them cheaper to compute: {@link
 * dev.floe.planner.optimize.Cull} keeps only what the requested keys need.
 *
 * <p>Depends on {@code dev.floe.runtime.graph}.
 */
package dev.floe.planner.optimize;
