/** The cluster scheduler, its workers and their transport; the only module that knows it. */
module dev.floe.cluster {
  requires transitive dev.floe.runtime;
  requires org.jgroups;
  requires java.logging;

  exports dev.floe.cluster;

  provides dev.floe.runtime.futures.ClusterConnector with dev.floe.cluster.Connector;
}
