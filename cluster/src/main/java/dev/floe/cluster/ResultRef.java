package dev.floe.cluster;

import dev.floe.runtime.graph.TaskKey;
import java.io.Serializable;
import java.util.UUID;

/**
 * Names one result held on a worker: the task's key within one computation of one client. Keys
 * alone are not enough — two computations may run the same task, and each releases its own.
 *
 * @param client the member id of the client that ran the computation
 * @param run the computation's id on that client
 * @param key the task's key
 */
record ResultRef(UUID client, long run, TaskKey key) implements Serializable {}
