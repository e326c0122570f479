/**
 * Column kernels on chunks' primitive arrays: evaluating expressions, selecting rows, partial and
 * grouped statistics that merge in a fixed order, sorting, range and hash partitioning, hash
 * joins, duplicate removal, quantile summaries, resampling periods, and conversion to Tablesaw
 * tables.
 *
 * <p>Depends on {@code dev.floe.core.chunk}, {@code dev.floe.core}, Tablesaw, and the two enums
 * of the frame API it implements ({@code Aggregation}, {@code JoinKind}).
 */
package dev.floe.frame.kernel;
