/**
 * Column kernels on chunks' primitive arrays: evaluating expressions, selecting rows, partial and
 * grouped statistics that merge in a fixed order, sorting, range and hash partitioning, hash
 * joins, duplicate removal, quantile summaries, resampling periods, and conversion to Tablesaw
 * tables.
 *
 * <p>Grouping is columnar: {@code KeyCodes} turns a column into one {@code long} per row, {@code
 * GroupIndex} numbers rows by key (packed keys, direct or open addressing), {@code GroupState}s
 * ({@code StatsVector}, {@code ValuesVector}, {@code CoMoments}) keep per-group state as parallel
 * arrays, and {@code GroupedStats} holds a partition's groups, merges, cuts and combines them;
 * {@code Order} sorts rows stably on primitive keys; {@code HashJoin} numbers both sides' keys
 * with one {@code GroupIndex}.
 *
 * <p>Depends on {@code dev.floe.core.chunk}, {@code dev.floe.core}, Tablesaw (and fastutil, whose
 * maps Tablesaw's text dictionaries are built from), and the two enums of the frame API it
 * implements ({@code Aggregation}, {@code JoinKind}).
 */
package dev.floe.frame.kernel;
