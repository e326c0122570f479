/**
 * Floe's runtime: everything that turns a graph of keyed tasks into results.
 *
 * <p>This root package holds only what every part of the runtime shares: {@link
 * dev.floe.runtime.FloeException}, the root of Floe's unchecked errors, and {@link
 * dev.floe.runtime.Await}, how unchecked APIs wait. The concepts live in
 * subpackages:
 *
 * <ul>
 *   <li>{@code graph} — immutable task graphs and content-hashed task keys;
 *   <li>{@code schedule} — the schedulers that run graphs ({@code sync}, {@code local});
 *   <li>{@code event} — task and data-move events, listeners, watchers and the progress bar;
 *   <li>{@code store} — the chunk store: results under a memory budget, spilled to disk;
 *   <li>{@code display} — HTML pictures of objects for notebooks, and task graphs as SVG;
 *   <li>{@code lazy} — the one protocol of everything lazy ({@code Lazy}, planners, lowering
 *       several values into one graph, {@code explain()});
 *   <li>{@code delayed} — {@code Delayed}, lazy calls of ordinary functions;
 *   <li>{@code futures} — {@code Client}, an {@code ExecutorService} with Dask-style futures, and
 *       the {@code ClusterConnector} service through which the {@code floe-cluster} module plugs
 *       a cluster in.
 * </ul>
 *
 * <p>The runtime depends on {@code dev.floe.core} (serializable functions) and the JDK only (its
 * module descriptor and a Maven enforcer rule hold it): the cluster and its
 * transport live in {@code floe-cluster}, the dashboard and its HTTP server in {@code
 * floe-diagnostics}. It knows nothing of tables, arrays or files: chunk values are opaque
 * objects.
 */
package dev.floe.runtime;
