package dev.floe.cluster;

import dev.floe.runtime.futures.ClusterConnector;
import dev.floe.runtime.schedule.Scheduler;

/** The cluster module's answer to {@code Client.connect} and {@code Client.localCluster}. */
public final class Connector implements ClusterConnector {
  /** For {@link java.util.ServiceLoader}. */
  public Connector() {}

  @Override
  public Scheduler connect(String addresses) {
    return ClusterScheduler.connect(ClusterSettings.joining(addresses));
  }

  @Override
  public Scheduler startLocal(int workers, int threadsPerWorker) {
    return (threadsPerWorker == 0 ? LocalCluster.start(workers)
        : LocalCluster.start(workers, threadsPerWorker)).scheduler();
  }
}
