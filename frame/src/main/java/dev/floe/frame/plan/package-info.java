/**
 * The logical plan of DataFrames, its optimizer rules and its lowering to tasks.
 *
 * <p>Nodes ({@link dev.floe.frame.plan.FramePlan}): {@link dev.floe.frame.plan.Scan} (CSV blocks
 * of a {@link dev.floe.frame.plan.CsvSource}), {@link dev.floe.frame.plan.Blockwise} (row-wise
 * {@link dev.floe.frame.plan.Step}s), {@link dev.floe.frame.plan.Shuffle} (rows moved by a {@link
 * dev.floe.frame.plan.Router}, each output finished by a {@link dev.floe.frame.plan.Finish}),
 * {@link dev.floe.frame.plan.Join}, {@link dev.floe.frame.plan.Prune} and {@link
 * dev.floe.frame.plan.Persisted}; each knows its {@link dev.floe.core.Schema} and partition
 * count, and, where known, its {@link dev.floe.frame.plan.Divisions}. Results ({@link
 * dev.floe.frame.plan.ResultPlan}): {@link dev.floe.frame.plan.Reduce} and {@link
 * dev.floe.frame.plan.Gather}.
 *
 * <p>{@link dev.floe.frame.plan.FramePlanner} optimizes the results computed together in phases
 * — {@code UsePersisted}, {@code Simplify}; {@code PrunePartitions}, {@code PushProjection};
 * {@code ShareScans}; {@code Fuse} — each rule a small class over the whole graph of plans
 * ({@code Dag}), then {@code Lowering} makes the tasks ({@code ShuffleTasks}, {@code JoinTasks}
 * for the two that need several layers) and {@code Explain} prints plans for {@code explain()}.
 *
 * <p>Depends on {@code dev.floe.core}, {@code dev.floe.io} (reading CSV blocks), {@code
 * dev.floe.planner.optimize} (rules, phases, culling), {@code dev.floe.runtime} (task graphs and
 * the lazy protocol) and {@code dev.floe.frame.kernel}. The collections of {@code dev.floe.frame}
 * build these nodes and nothing else.
 */
package dev.floe.frame.plan;

import dev.floe.core.Schema;
