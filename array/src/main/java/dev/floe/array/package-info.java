/**
 * Chunked, lazy n-dimensional arrays: {@link dev.floe.array.NdArray} with numpy's vocabulary,
 * {@link dev.floe.array.Dense} results, dtypes, chunking and indices.
 *
 * <p>The public surface is here; {@code plan} turns an array's steps into tasks and {@code kernel}
 * holds the per-block arithmetic. Depends on the runtime (graphs, schedulers, Delayed), {@code
 * io.hdf5} and EJML; nothing here knows about tables.
 */
package dev.floe.array;
