package dev.floe.array;

import java.util.Arrays;

/** Turns a {@link Chunking} request into chunk lengths per dimension. */
final class ChunkLayout {
  private ChunkLayout() {}

  static int[][] regular(int[] shape, int[] sizes) {
    if (sizes.length != shape.length) {
      throw new IllegalArgumentException("chunk sizes " + Arrays.toString(sizes) + " do not match "
          + "the array's " + shape.length + " dimensions " + Arrays.toString(shape));
    }
    int[][] chunks = new int[shape.length][];
    for (int d = 0; d < shape.length; d++) {
      int size = sizes[d] == -1 ? Math.max(shape[d], 1) : sizes[d];
      int count = shape[d] == 0 ? 1 : (shape[d] + size - 1) / size;
      chunks[d] = new int[count];
      for (int i = 0; i < count; i++) {
        chunks[d][i] = Math.min(size, shape[d] - i * size);
      }
      if (shape[d] == 0) {
        chunks[d][0] = 0;
      }
    }
    return chunks;
  }

  static int[][] checkExplicit(int[] shape, int[][] lengths) {
    if (lengths.length != shape.length) {
      throw new IllegalArgumentException("chunks " + Arrays.deepToString(lengths)
          + " do not match the array's " + shape.length + " dimensions");
    }
    for (int d = 0; d < shape.length; d++) {
      long sum = 0;
      for (int length : lengths[d]) {
        if (length < 0) {
          throw new IllegalArgumentException("negative chunk length in dimension " + d);
        }
        sum += length;
      }
      if (sum != shape[d] || lengths[d].length == 0) {
        throw new IllegalArgumentException("chunks of dimension " + d + " " + Arrays.toString(
            lengths[d]) + " sum to " + sum + ", not to its length " + shape[d]);
      }
    }
    return lengths;
  }

  /**
   * A chunk shape of at most {@code targetBytes}: starting from the whole array, halve the longest
   * dimension until small enough. With {@code preferred} (a file's storage chunks), sizes stay
   * multiples of it, so no stored chunk is decoded by two tasks.
   */
  static int[] auto(int[] shape, int itemSize, long targetBytes, int[] preferred) {
    int[] size = new int[shape.length];
    for (int d = 0; d < shape.length; d++) {
      size[d] = Math.max(shape[d], 1);
    }
    while (bytes(size, itemSize) > targetBytes) {
      int longest = -1;
      for (int d = 0; d < size.length; d++) {
        int floor = preferred == null ? 1 : Math.max(1, preferred[d]);
        if (size[d] > floor && (longest < 0 || size[d] > size[longest])) {
          longest = d;
        }
      }
      if (longest < 0) {
        break;
      }
      int half = (size[longest] + 1) / 2;
      if (preferred != null && preferred[longest] > 1) {
        int unit = preferred[longest];
        half = Math.max(unit, (half + unit - 1) / unit * unit);
        if (half >= size[longest]) {
          half = Math.max(unit, size[longest] - unit);
        }
      }
      size[longest] = half;
    }
    return size;
  }

  private static long bytes(int[] size, int itemSize) {
    long total = itemSize;
    for (int s : size) {
      total *= s;
    }
    return total;
  }
}
