/**
 * Partitioned, lazy DataFrames with pandas names: {@link dev.floe.frame.DataFrame}, {@link
 * dev.floe.frame.Series} and {@link dev.floe.frame.GroupBy}.
 *
 * <p>A DataFrame is a source of partitions (CSV blocks, a shuffle, a join, persisted partitions)
 * plus the row-wise steps applied to them (filters, column selections, new columns), and, after
 * {@code setIndex}, an index column whose partition bounds ({@code divisions}) are known, so that
 * {@code loc} and filters on the index read only the partitions that can match. {@code Indexing}
 * plans the operations that move rows by value (setIndex, sortValues, repartition,
 * dropDuplicates), {@code Joins} picks a join strategy, {@link dev.floe.frame.Resampler} groups by
 * period, {@code Persisting} keeps partitions in the scheduler's store. Nothing is read until a result is asked for;
 * then {@code plan} lowers the whole chain into a task graph in which each partition is read,
 * filtered and — for a reduction — partially aggregated in one task, reading only the columns the
 * result needs, and partial results are combined as a tree in a fixed order. Results are
 * Tablesaw {@code Table}s or plain values.
 *
 * <p>Depends on {@code planner} (expressions, culling), {@code runtime} (graphs, Delayed,
 * schedulers, the chunk store), {@code io} (readers) and Tablesaw; {@code store} registers table
 * chunks' sizes and Arrow spill codec with the runtime.
 */
package dev.floe.frame;
