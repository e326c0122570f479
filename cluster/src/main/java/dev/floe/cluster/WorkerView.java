package dev.floe.cluster;

import com.hazelcast.cluster.Member;
import dev.floe.runtime.store.StoreStats;
import java.util.UUID;

/**
 * The coordinator's view of one worker: who it is, how many threads it has, and how many of this
 * client's tasks it has queued or running. Touched only by the coordinator's thread.
 */
final class WorkerView {
  final Member member;
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

  WorkerView(Member member) {
    this.member = member;
    this.id = member.getUuid();
    String threadsText = member.getAttribute(HazelcastSetup.THREADS_ATTRIBUTE);
    this.threads = threadsText == null ? 1 : Math.max(1, Integer.parseInt(threadsText));
    String nameText = member.getAttribute(HazelcastSetup.NAME_ATTRIBUTE);
    this.name = nameText == null ? member.getAddress().toString() : nameText;
  }

  @Override
  public String toString() {
    return name;
  }
}
