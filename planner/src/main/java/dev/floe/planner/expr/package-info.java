/**
 * Column expressions: immutable, serializable syntax trees such as {@code col("Cancelled").eq(0)}
 * that collections build and optimizer passes read (which columns does this need? can it be
 * pushed into the reader?). The planner knows nothing of how columns are stored: evaluating an
 * expression on a chunk is the job of the module that owns the chunk type ({@code frame}).
 *
 * <p>Depends on the JDK only.
 */
package dev.floe.planner.expr;
