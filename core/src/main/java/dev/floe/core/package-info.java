/**
 * What every layer of Floe shares, on the JDK alone: the one {@link dev.floe.core.DType} of frame
 * columns and array elements, and column expressions ({@link dev.floe.core.Expr}, written with
 * {@code col("x").gt(5)}). Subpackages: {@code chunk}, the columnar chunks readers produce and
 * kernels work on; {@code function}, serializable functional interfaces for user code that may
 * travel to a cluster.
 *
 * <p>Depends on the JDK only.
 */
package dev.floe.core;
