/**
 * Floe's runtime: everything that turns a graph of keyed tasks into results.
 *
 * <p>This root package holds only what every part of the runtime shares: {@link
 * dev.floe.runtime.FloeException}, the root of Floe's unchecked errors, and {@link
 * dev.floe.runtime.Await}, how unchecked APIs wait. The concepts live in
 * subpackages:
 *
 * <ul>
 *   <li>{@code function} — serializable functional interfaces, so user code can travel;
 *   <li>{@code graph} — immutable task graphs and content-hashed task keys;
 *   <li>{@code schedule} — the schedulers that run graphs ({@code sync}, {@code local});
 *   <li>{@code cluster} — the cluster scheduler and the workers it drives, on Hazelcast;
 *   <li>{@code event} — task events, listeners and the terminal progress bar;
 *   <li>{@code delayed} — {@code Delayed}, lazy calls of ordinary functions;
 *   <li>{@code futures} — {@code Client}, an {@code ExecutorService} with Dask-style futures.
 * </ul>
 *
 * <p>The runtime depends on the JDK, and (in {@code cluster} only) on Hazelcast. It knows nothing of tables, arrays or files: chunk
 * values are opaque objects.
 */
package dev.floe.runtime;
