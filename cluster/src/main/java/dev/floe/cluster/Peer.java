package dev.floe.cluster;

import java.util.UUID;

/**
 * A member of the cluster as the transport announces it.
 *
 * @param id the member's identity, stable while it is a member
 * @param name its name in errors and events
 * @param threads how many tasks it runs at once (0 for a client)
 * @param client whether it is a client (schedules, runs nothing) rather than a worker
 * @param address the transport's address of it
 */
record Peer(UUID id, String name, int threads, boolean client, Object address) {
  @Override
  public String toString() {
    return name;
  }
}
