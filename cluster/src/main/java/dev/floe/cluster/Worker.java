package dev.floe.cluster;

import dev.floe.runtime.store.MemoryBudget;

/**
 * A Floe worker in this JVM: joins a cluster, runs the tasks clients send it on {@code threads}
 * threads, and holds results under its memory budget (spilling beyond it). {@code floe worker}
 * runs one per process; clients find it through the cluster's membership.
 */
public final class Worker implements AutoCloseable {
  private final WorkerNode node;
  private final ClusterSettings settings;

  private Worker(WorkerNode node, ClusterSettings settings) {
    this.node = node;
    this.settings = settings;
  }

  /** Starts a worker named {@code name} and joins the cluster the settings name. */
  public static Worker start(ClusterSettings settings, int threads, MemoryBudget budget,
      String name) {
    WorkerNode node = new WorkerNode(name, threads, budget);
    node.start(settings);
    return new Worker(node, settings);
  }

  /** The worker's name. */
  public String name() {
    return node.name();
  }

  /** The {@code host:port} this worker listens on. */
  public String address() {
    return node.transport().address();
  }

  /** The cluster's name. */
  public String clusterName() {
    return settings.clusterName();
  }

  /** How many tasks it runs at once. */
  public int threads() {
    return node.threads();
  }

  /** Whether it is still a member of the cluster. */
  public boolean isRunning() {
    return node.transport().isConnected();
  }

  /**
   * Leaves gracefully: queued tasks go back to their clients, running ones finish, and every
   * result is handed to another worker before this one leaves.
   */
  public void retire() {
    node.retire();
  }

  /** Leaves at once; clients recompute what it held. */
  @Override
  public void close() {
    node.close();
  }
}
