package dev.floe.array;

import dev.floe.array.kernel.ElementwiseOp;
import dev.floe.array.plan.ChunkGrid;
import dev.floe.array.plan.Rechunk;
import java.util.Arrays;

/**
 * Makes arrays meet block for block: the output grid of a broadcast, and rechunking an operand to
 * it (as Dask's {@code unify_chunks}), so elementwise tasks each read one block per operand.
 */
final class Unify {
  private Unify() {}

  /**
   * The grid of the broadcast of {@code operands}: along each dimension, the finest chunks of the
   * operands not broadcast there (the first on ties), so no operand's blocks are merged.
   */
  static ChunkGrid broadcastGrid(String operation, NdArray... operands) {
    int[][] shapes = new int[operands.length][];
    boolean unknown = false;
    for (int i = 0; i < operands.length; i++) {
      shapes[i] = operands[i].shape();
      unknown |= !operands[i].node().grid().known();
    }
    if (unknown) {
      return unknownGrid(operation, operands);
    }
    int[] shape = ElementwiseOp.broadcastShapes(shapes);
    int[][] chunks = new int[shape.length][];
    for (int d = 0; d < shape.length; d++) {
      for (NdArray operand : operands) {
        int offset = shape.length - operand.ndim();
        if (d >= offset && operand.shape()[d - offset] == shape[d]) {
          int[] candidate = operand.node().grid().chunks(d - offset);
          if (chunks[d] == null || candidate.length > chunks[d].length) {
            chunks[d] = candidate;
          }
        }
      }
      if (chunks[d] == null) {
        chunks[d] = new int[] {shape[d]};
      }
    }
    return new ChunkGrid(chunks);
  }

  /** Arrays of unknown chunks combine only with arrays of the very same grid, or one element. */
  private static ChunkGrid unknownGrid(String operation, NdArray... operands) {
    ChunkGrid grid = null;
    for (NdArray operand : operands) {
      if (operand.size() == 1) {
        continue;
      }
      if (grid == null) {
        grid = operand.node().grid();
      } else if (!grid.equals(operand.node().grid())) {
        throw unknownChunks(operation);
      }
    }
    return grid;
  }

  /** {@code array} rechunked so it meets {@code grid} block for block (broadcast dims kept). */
  static NdArray toGrid(NdArray array, ChunkGrid grid) {
    ChunkGrid own = array.node().grid();
    if (!own.known() || own.equals(grid)) {
      return array;
    }
    int offset = grid.ndim() - own.ndim();
    int[][] chunks = own.chunks();
    boolean changed = false;
    for (int d = 0; d < chunks.length; d++) {
      int length = array.shape()[d];
      boolean broadcast = length == 1 && grid.shape()[d + offset] != 1;
      if (!broadcast && !Arrays.equals(chunks[d], grid.chunks(d + offset))) {
        chunks[d] = grid.chunks(d + offset);
        changed = true;
      }
    }
    return changed ? new NdArray(new Rechunk(array.node(), new ChunkGrid(chunks))) : array;
  }

  static IllegalStateException unknownChunks(String operation) {
    return new IllegalStateException(operation + " needs known chunk sizes, and this array's "
        + "are unknown until computed (it comes from boolean-mask indexing); call "
        + "computeChunkSizes() first");
  }
}
