/**
 * How a DataFrame becomes a task graph: its {@link dev.floe.frame.plan.PartitionSource} — CSV
 * blocks, a {@link dev.floe.frame.plan.ShuffleSource} (rows moved by a {@link
 * dev.floe.frame.plan.Router}, each output finished by a {@link dev.floe.frame.plan.Finish}), a
 * {@link dev.floe.frame.plan.JoinSource}, persisted or pruned partitions —
 * the row-wise {@link dev.floe.frame.plan.Step}s applied to each, and {@link
 * dev.floe.frame.plan.Lowering}, which fuses reading, the steps and a per-partition function into
 * one task per partition — reading only the columns the result needs — and combines partial
 * results as a pairwise tree in a fixed order.
 *
 * <p>Depends on {@code dev.floe.io}, {@code dev.floe.core}, {@code dev.floe.runtime.graph}
 * and {@code dev.floe.frame.kernel}.
 */
package dev.floe.frame.plan;
