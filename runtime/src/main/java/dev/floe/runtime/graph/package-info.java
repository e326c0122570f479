/**
 * Immutable graphs of keyed tasks.
 *
 * <p>A {@link dev.floe.runtime.graph.Task} is a function of its dependencies' results. Its {@link
 * dev.floe.runtime.graph.TaskKey} is a 128-bit content hash of the operation, its parameters and
 * its dependency keys (see {@link dev.floe.runtime.graph.Tokenizer}), so the same work asked twice
 * is one task and a result can be found again by its key. A {@link
 * dev.floe.runtime.graph.TaskGraph} is validated when it is built: a missing dependency or a cycle
 * is an error naming the keys involved. {@link dev.floe.runtime.graph.GraphDot} draws a graph.
 *
 * <p>Depends on {@code dev.floe.runtime} and the JDK only; schedulers read graphs through their
 * position-based view.
 */
package dev.floe.runtime.graph;
