package dev.floe.cluster;

import dev.floe.runtime.store.StoreStats;
import java.util.UUID;

/**
 * The coordinator's view of one worker: who it is, how many threads it has, and how many of this
 * client's tasks it has queued or running. Touched only by the coordinator's thread.
 */
final class WorkerView {
  final Peer peer;
  final UUID id;
  final String name;
  final int threads;
  /** The worker's store use as of its last report. */
  StoreStats store = new StoreStats(0, 0, 0, 0, 0, 0);
  /** Tasks sent and not yet reported done, failed or returned. */
  int inFlight;
  /** A steal request to this worker is unanswered. */
  boolean stealPending;
  /** The worker that asked for the tasks this one is giving back. */
  WorkerView thief;

  WorkerView(Peer peer) {
    this.peer = peer;
    this.id = peer.id();
    this.threads = Math.max(1, peer.threads());
    this.name = peer.name();
  }

  @Override
  public String toString() {
    return name;
  }
}
