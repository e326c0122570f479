package dev.floe.array.plan;

import java.util.Arrays;

/**
 * The chunk lengths of each dimension of an array (Dask's {@code chunks}); blocks are numbered
 * in C order over the grid. A length of -1 is unknown (after boolean-mask indexing).
 */
public final class ChunkGrid implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final int[][] chunks;
  private final int[][] offsets;

  /** A grid from chunk lengths per dimension (copied). */
  public ChunkGrid(int[][] chunks) {
    this.chunks = new int[chunks.length][];
    this.offsets = new int[chunks.length][];
    for (int d = 0; d < chunks.length; d++) {
      this.chunks[d] = chunks[d].clone();
      offsets[d] = new int[chunks[d].length + 1];
      for (int i = 0; i < chunks[d].length; i++) {
        offsets[d][i + 1] = chunks[d][i] < 0 || offsets[d][i] < 0 ? -1
            : offsets[d][i] + chunks[d][i];
      }
    }
  }

  /** A 1-D grid of {@code blocks} chunks of unknown length. */
  public static ChunkGrid unknown1d(int blocks) {
    int[] lengths = new int[blocks];
    Arrays.fill(lengths, -1);
    return new ChunkGrid(new int[][] {lengths});
  }

  /** The number of dimensions. */
  public int ndim() {
    return chunks.length;
  }

  /** The chunk lengths of dimension {@code d} (a copy). */
  public int[] chunks(int d) {
    return chunks[d].clone();
  }

  /** The chunk lengths of every dimension (a copy). */
  public int[][] chunks() {
    int[][] copy = new int[chunks.length][];
    for (int d = 0; d < chunks.length; d++) {
      copy[d] = chunks[d].clone();
    }
    return copy;
  }

  /** The number of chunks along dimension {@code d}. */
  public int count(int d) {
    return chunks[d].length;
  }

  /** The length of chunk {@code i} of dimension {@code d} (-1 if unknown). */
  public int length(int d, int i) {
    return chunks[d][i];
  }

  /** Where chunk {@code i} of dimension {@code d} starts (-1 if unknown). */
  public int offset(int d, int i) {
    return offsets[d][i];
  }

  /** The array's shape; -1 for a dimension of unknown length. */
  public int[] shape() {
    int[] shape = new int[chunks.length];
    for (int d = 0; d < chunks.length; d++) {
      shape[d] = offsets[d][chunks[d].length];
    }
    return shape;
  }

  /** Whether every chunk length is known. */
  public boolean known() {
    for (int[] offset : offsets) {
      if (offset[offset.length - 1] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The number of blocks. */
  public int blocks() {
    int n = 1;
    for (int[] lengths : chunks) {
      n *= lengths.length;
    }
    return n;
  }

  /** The grid position of block number {@code block} (C order). */
  public int[] position(int block) {
    int[] position = new int[chunks.length];
    for (int d = chunks.length - 1; d >= 0; d--) {
      position[d] = block % chunks[d].length;
      block /= chunks[d].length;
    }
    return position;
  }

  /** The block number of grid position {@code position}. */
  public int block(int[] position) {
    int block = 0;
    for (int d = 0; d < chunks.length; d++) {
      block = block * chunks[d].length + position[d];
    }
    return block;
  }

  /** The shape of the block at {@code position}. */
  public int[] blockShape(int[] position) {
    int[] shape = new int[chunks.length];
    for (int d = 0; d < chunks.length; d++) {
      shape[d] = chunks[d][position[d]];
    }
    return shape;
  }

  /** Where the block at {@code position} starts in the array. */
  public int[] blockOffset(int[] position) {
    int[] offset = new int[chunks.length];
    for (int d = 0; d < chunks.length; d++) {
      offset[d] = offsets[d][position[d]];
    }
    return offset;
  }

  /** The largest chunk length of each dimension (Dask's {@code chunksize}). */
  public int[] maxChunk() {
    int[] max = new int[chunks.length];
    for (int d = 0; d < chunks.length; d++) {
      for (int length : chunks[d]) {
        max[d] = Math.max(max[d], length);
      }
      if (chunks[d].length > 0 && chunks[d][0] < 0) {
        max[d] = -1;
      }
    }
    return max;
  }

  /** The grid without the dimensions marked in {@code dims}. */
  public ChunkGrid drop(boolean[] dims) {
    return new ChunkGrid(java.util.stream.IntStream.range(0, chunks.length)
        .filter(d -> !dims[d]).mapToObj(d -> chunks[d]).toArray(int[][]::new));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChunkGrid grid && Arrays.deepEquals(chunks, grid.chunks);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(chunks);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(chunks);
  }
}
