/**
 * Where task results live and what they weigh.
 *
 * <p>{@link dev.floe.runtime.store.ChunkStore} holds a scheduler's results under a {@link
 * dev.floe.runtime.store.MemoryBudget} (a share of the heap by default) and spills the least
 * recently used to disk when they outgrow it, reading them back when a task asks; it also keeps
 * persisted results under their task keys. {@link dev.floe.runtime.store.ChunkSizes} measures a
 * result's bytes. The runtime knows nothing of tables or arrays: modules higher up ({@code
 * frame}, {@code array}) register a {@link dev.floe.runtime.store.SizeEstimator} and a {@link
 * dev.floe.runtime.store.ChunkCodec} for their chunk types through {@link
 * java.util.ServiceLoader}.
 *
 * <p>Depends on {@code dev.floe.runtime.event} (spills and loads are reported as data moves) and
 * the JDK.
 */
package dev.floe.runtime.store;
