package dev.floe.array;

import java.io.Serializable;
import java.util.Arrays;

/**
 * How an array is cut into chunks: automatically toward a size in bytes, a chunk size per
 * dimension, or explicit chunk lengths per dimension (as Dask's {@code chunks=} argument).
 */
public final class Chunking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The chunk size {@link #auto()} aims at: about 128 MiB, as Dask's default. */
  public static final long DEFAULT_TARGET_BYTES = 128L << 20;

  private final long targetBytes;
  private final int[] sizes;
  private final int[][] explicit;

  private Chunking(long targetBytes, int[] sizes, int[][] explicit) {
    this.targetBytes = targetBytes;
    this.sizes = sizes;
    this.explicit = explicit;
  }

  /** Chunks of about {@link #DEFAULT_TARGET_BYTES}, following a file's own chunks if it has any. */
  public static Chunking auto() {
    return bytes(DEFAULT_TARGET_BYTES);
  }

  /** Chunks of about {@code targetBytes} bytes, as square as the shape allows. */
  public static Chunking bytes(long targetBytes) {
    if (targetBytes < 1) {
      throw new IllegalArgumentException("target chunk size must be positive: " + targetBytes);
    }
    return new Chunking(targetBytes, null, null);
  }

  /**
   * Regular chunks of {@code sizes[d]} elements along dimension {@code d} (the last chunk may be
   * shorter); -1 means the whole dimension.
   */
  public static Chunking of(int... sizes) {
    for (int size : sizes) {
      if (size == 0 || size < -1) {
        throw new IllegalArgumentException("chunk sizes must be positive or -1 (whole "
            + "dimension): " + Arrays.toString(sizes));
      }
    }
    return new Chunking(0, sizes.clone(), null);
  }

  /** Explicit chunk lengths for every dimension: {@code lengths[d]} sums to the dimension. */
  public static Chunking explicit(int[]... lengths) {
    int[][] copy = new int[lengths.length][];
    for (int d = 0; d < lengths.length; d++) {
      copy[d] = lengths[d].clone();
    }
    return new Chunking(0, null, copy);
  }

  /** The chunk lengths of each dimension of an array of {@code shape}; see the factories. */
  int[][] resolve(int[] shape, int itemSize, int[] preferred) {
    if (explicit != null) {
      return ChunkLayout.checkExplicit(shape, explicit);
    }
    if (sizes != null) {
      return ChunkLayout.regular(shape, sizes);
    }
    return ChunkLayout.regular(shape, ChunkLayout.auto(shape, itemSize, targetBytes, preferred));
  }

  @Override
  public String toString() {
    return explicit != null ? "explicit" + Arrays.deepToString(explicit)
        : sizes != null ? "chunks" + Arrays.toString(sizes) : "auto(" + targetBytes + " bytes)";
  }
}
