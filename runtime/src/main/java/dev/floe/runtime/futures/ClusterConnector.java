package dev.floe.runtime.futures;

import dev.floe.runtime.schedule.Scheduler;
import java.util.ServiceLoader;

/**
 * How {@link Client#connect} and {@link Client#localCluster} reach a cluster: a service that the
 * {@code floe-cluster} module provides, found with {@link ServiceLoader}, so that the runtime (and
 * a user of the local engine) carries no cluster transport.
 */
public interface ClusterConnector {
  /** A scheduler that is a client of the cluster whose members are at {@code addresses}. */
  Scheduler connect(String addresses);

  /**
   * A scheduler over {@code workers} new worker JVMs on this machine, with {@code threadsPerWorker}
   * threads each (one per core when zero); closing the scheduler stops them.
   */
  Scheduler startLocal(int workers, int threadsPerWorker);

  /** The connector on the class path, or an error that says which module to add. */
  static ClusterConnector find() {
    return ServiceLoader.load(ClusterConnector.class, ClusterConnector.class.getClassLoader())
        .findFirst()
        .or(() -> ServiceLoader.load(ClusterConnector.class).findFirst())
        .orElseThrow(() -> new IllegalStateException("no cluster support on the class path:"
            + " add the dev.floe:floe-cluster module (the all-in-one floe.jar has it)"));
  }
}
