/**
 * Partitioned, lazy DataFrames with pandas' names. Only {@code dev.floe.frame} is API: the plan,
 * its rules and lowering, the kernels and the store codecs stay inside.
 */
module dev.floe.frame {
  requires transitive dev.floe.runtime;
  requires transitive dev.floe.io;
  requires transitive tablesaw.core;
  requires dev.floe.planner;
  requires it.unimi.dsi.fastutil; // Tablesaw's dictionaries, built from Floe's without re-encoding

  exports dev.floe.frame;

  provides dev.floe.runtime.store.ChunkCodec
      with dev.floe.frame.store.TableChunkCodec, dev.floe.frame.store.TablesawTableCodec;
  provides dev.floe.runtime.store.SizeEstimator with dev.floe.frame.store.TableChunkSizes;
}
