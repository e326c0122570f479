/**
 * Chunked, lazy n-dimensional arrays: {@link dev.floe.array.NdArray} with numpy's vocabulary,
 * {@link dev.floe.array.Dense} results, dtypes, chunking and indices.
 *
 * <p>The public surface is here; {@code plan} turns an array's steps into tasks and {@code kernel}
 * holds the per-block arithmetic. Arrays are {@code Lazy} values planned by the {@code ArrayPlanner}; nothing here makes a task
 * ({@code LayeringTest} holds it). Depends on {@code core} (the one {@code DType}), the runtime's
 * lazy protocol, {@code io.hdf5} and EJML; nothing here knows about tables.
 */
package dev.floe.array;
