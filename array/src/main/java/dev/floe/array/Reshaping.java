package dev.floe.array;

import dev.floe.array.plan.BlockReshape;
import dev.floe.array.plan.ChunkGrid;
import java.util.Arrays;

/**
 * numpy's {@code reshape} where chunks allow: every block must be a run of whole rows (its
 * elements contiguous in C order, i.e. only the first dimension is chunked) that is also a whole
 * number of rows of the result. Otherwise the error says how to rechunk first.
 */
final class Reshaping {
  private Reshaping() {}

  static NdArray reshape(NdArray array, int[] requested) {
    int[] shape = array.shape();
    int[] target = infer(requested, array.size(), shape);
    if (Arrays.equals(target, shape)) {
      return array;
    }
    ChunkGrid grid = array.node().grid();
    if (grid.blocks() == 1) {
      return new NdArray(new BlockReshape(array.node(), new ChunkGrid(single(target))));
    }
    for (int d = 1; d < shape.length; d++) {
      if (grid.count(d) > 1) {
        throw cannot(shape, target, "only the first dimension may be chunked; rechunk with -1 "
            + "for every other dimension first");
      }
    }
    long rowSize = 1;
    for (int d = 1; d < target.length; d++) {
      rowSize *= target[d];
    }
    long inputRow = 1;
    for (int d = 1; d < shape.length; d++) {
      inputRow *= shape[d];
    }
    int[] lengths = grid.chunks(0);
    int[] rows = new int[lengths.length];
    for (int i = 0; i < lengths.length; i++) {
      long elements = lengths[i] * inputRow;
      if (rowSize == 0 || elements % rowSize != 0) {
        throw cannot(shape, target, "block " + i + " holds " + elements + " elements, not a "
            + "whole number of result rows of " + rowSize + "; rechunk the first dimension to "
            + "a multiple of " + rowSize / gcd(rowSize, inputRow) + " first");
      }
      rows[i] = (int) (elements / rowSize);
    }
    int[][] chunks = single(target);
    chunks[0] = rows;
    return new NdArray(new BlockReshape(array.node(), new ChunkGrid(chunks)));
  }

  private static int[][] single(int[] shape) {
    int[][] chunks = new int[shape.length][];
    for (int d = 0; d < shape.length; d++) {
      chunks[d] = new int[] {shape[d]};
    }
    return chunks;
  }

  private static int[] infer(int[] requested, long size, int[] shape) {
    int[] target = requested.clone();
    int unknown = -1;
    long known = 1;
    for (int d = 0; d < target.length; d++) {
      if (target[d] == -1) {
        if (unknown >= 0) {
          throw new IllegalArgumentException("can only specify one unknown dimension");
        }
        unknown = d;
      } else {
        known *= target[d];
      }
    }
    if (unknown >= 0 && known > 0 && size % known == 0) {
      target[unknown] = (int) (size / known);
      known = size;
    }
    if (known != size) {
      throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape "
          + Arrays.toString(requested));
    }
    return target;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static IllegalArgumentException cannot(int[] from, int[] to, String why) {
    return new IllegalArgumentException("reshape from " + Arrays.toString(from) + " to "
        + Arrays.toString(to) + " needs blocks that are whole rows of the result: " + why);
  }
}
