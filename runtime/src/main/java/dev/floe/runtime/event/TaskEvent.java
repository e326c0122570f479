package dev.floe.runtime.event;

import dev.floe.runtime.graph.TaskKey;

/**
 * A task started or finished.
 *
 * @param computationId the computation the task belongs to
 * @param key the task's key
 * @param operation the task's operation name
 * @param thread the name of the thread that ran it
 * @param startNanos when it started, on the {@link System#nanoTime()} clock
 * @param durationNanos how long it ran; 0 in a start event
 * @param resultBytes the estimated size of its result; -1 when unknown or not yet finished
 * @param failure what the task threw, or {@code null}
 */
public record TaskEvent(
    long computationId,
    TaskKey key,
    String operation,
    String thread,
    long startNanos,
    long durationNanos,
    long resultBytes,
    Throwable failure) {}
