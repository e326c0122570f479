/**
 * Task graphs, schedulers, the chunk store, events, delayed calls, the lazy protocol and local
 * futures; knows nothing of tables, arrays, clusters or HTTP. Collections register their chunks'
 * codecs and sizes, and the cluster module its connector, as services.
 */
module dev.floe.runtime {
  requires transitive dev.floe.core;

  exports dev.floe;
  exports dev.floe.runtime;
  exports dev.floe.runtime.delayed;
  exports dev.floe.runtime.display;
  exports dev.floe.runtime.event;
  exports dev.floe.runtime.futures;
  exports dev.floe.runtime.graph;
  exports dev.floe.runtime.lazy;
  exports dev.floe.runtime.schedule;
  exports dev.floe.runtime.store;

  uses dev.floe.runtime.store.ChunkCodec;
  uses dev.floe.runtime.store.SizeEstimator;
  uses dev.floe.runtime.futures.ClusterConnector;
}
