/**
 * Where task results live and what they weigh.
 *
 * <p>For now this package measures results: {@link dev.floe.runtime.store.ChunkSizes} estimates the
 * bytes a chunk holds, asking the {@link dev.floe.runtime.store.SizeEstimator}s that modules
 * higher up ({@code frame}, {@code array}) register through {@link java.util.ServiceLoader}, since
 * the runtime itself knows nothing of tables or arrays. The memory budget and spilling build on
 * it.
 *
 * <p>Depends on the JDK only.
 */
package dev.floe.runtime.store;
