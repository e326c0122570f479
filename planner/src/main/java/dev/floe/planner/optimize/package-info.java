/**
 * The optimizer's machinery, shared by frames and arrays: a {@link
 * dev.floe.planner.optimize.Rule} rewrites logical plans without changing their results, an
 * {@link dev.floe.planner.optimize.Optimizer} runs rules in named phases; and, once plans are
 * lowered to tasks, {@link dev.floe.planner.optimize.Cull} keeps only what the requested keys need.
 *
 * <p>Depends on {@code dev.floe.runtime.graph}.
 */
package dev.floe.planner.optimize;
