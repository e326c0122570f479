/**
 * Partitioned, lazy DataFrames with pandas names: {@link dev.floe.frame.DataFrame}, {@link
 * dev.floe.frame.Series} and {@link dev.floe.frame.GroupBy}.
 *
 * <p>A DataFrame is a source of partitions (CSV blocks today) plus the row-wise steps applied to
 * them (filters, column selections, new columns). Nothing is read until a result is asked for;
 * then {@code plan} lowers the whole chain into a task graph in which each partition is read,
 * filtered and — for a reduction — partially aggregated in one task, reading only the columns the
 * result needs, and partial results are combined as a tree in a fixed order. Results are
 * Tablesaw {@code Table}s or plain values.
 *
 * <p>Depends on {@code planner} (expressions, culling), {@code runtime} (graphs, Delayed,
 * schedulers), {@code io} (readers) and Tablesaw.
 */
package dev.floe.frame;
