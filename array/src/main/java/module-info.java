/**
 * Chunked NdArrays with numpy's names. Only {@code dev.floe.array} is API: the plan nodes, their
 * lowering, the kernels and the store codecs stay inside.
 */
module dev.floe.array {
  requires transitive dev.floe.runtime;
  requires transitive dev.floe.io;
  requires transitive ejml.core;
  requires ejml.ddense;
  requires dev.ludovic.netlib.blas;
  requires java.logging;
  requires dev.floe.planner;

  exports dev.floe.array;

  provides dev.floe.runtime.store.ChunkCodec with dev.floe.array.store.ArrayChunkCodec;
  provides dev.floe.runtime.store.SizeEstimator with dev.floe.array.store.ArrayChunkSizes;
}
