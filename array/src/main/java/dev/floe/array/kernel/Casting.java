package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;

/** numpy's {@code astype}: floats to integers truncate toward zero, non-zero is true. */
public final class Casting {
  private Casting() {}

  /** {@code block}'s elements as {@code type}; the block itself when it already is. */
  public static Dense astype(Dense block, DType type) {
    if (block.dtype() == type) {
      return block;
    }
    int[] shape = block.shape();
    if (type.isFloating()) {
      return Buffers.fromDoubles(Buffers.doubles(block, shape), type, shape);
    }
    if (type == DType.BOOL) {
      return Dense.of(Buffers.booleans(block, shape), shape);
    }
    return Buffers.fromLongs(Buffers.longs(block, shape), type, shape);
  }
}
