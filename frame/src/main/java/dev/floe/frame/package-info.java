/**
 * Partitioned, lazy DataFrames with pandas names — the API: {@link dev.floe.frame.DataFrame},
 * {@link dev.floe.frame.Series}, {@link dev.floe.frame.GroupBy}, {@link
 * dev.floe.frame.Resampler}, {@link dev.floe.frame.Aggregation} and {@link
 * dev.floe.frame.JoinKind}.
 *
 * <p>A DataFrame is a node of a logical plan ({@code dev.floe.frame.plan}) and, after {@code
 * setIndex}, the name of its index column. Every method adds a plan node; reductions and
 * group-bys are {@code Lazy} results whose plans the {@code FramePlanner} optimizes and lowers
 * when they are computed. {@code Indexing} builds the plans of the operations that move rows by
 * value (setIndex, sortValues, repartition, dropDuplicates), {@code Joins} picks a join strategy,
 * {@code Persisting} keeps partitions in the scheduler's store. Nothing here makes a task ({@code
 * LayeringTest} holds it). Results are Tablesaw {@code Table}s or plain values.
 *
 * <p>Depends on {@code dev.floe.frame.plan} (nodes), {@code dev.floe.frame.kernel} (the
 * conversions to tables), {@code core} (expressions, types), {@code runtime.lazy}, {@code io.csv}
 * (options) and Tablesaw.
 */
package dev.floe.frame;
