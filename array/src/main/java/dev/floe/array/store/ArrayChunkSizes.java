package dev.floe.array.store;

import dev.floe.array.Dense;
import dev.floe.runtime.store.SizeEstimator;

/** Measures an array block: its elements times the dtype's width. */
public final class ArrayChunkSizes implements SizeEstimator {
  private static final long HEADER_BYTES = 64; // the Dense, its shape and the array headers

  @Override
  public long estimateBytes(Object value) {
    return value instanceof Dense block
        ? HEADER_BYTES + (long) block.size() * block.dtype().itemSize() : -1;
  }
}
