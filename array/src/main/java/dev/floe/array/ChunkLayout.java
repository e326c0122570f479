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
   * A chunk shape of about {@code targetBytes}, as square as the shape allows (Dask's "auto"):
   * dimensions are sized smallest first, each taking its share of the remaining budget, so a
   * 20000 x 20000 float64 array gets 4096 x 4096 chunks of 128 MiB. With {@code preferred} (a
   * file's storage chunks), sizes round down to multiples of it, so no stored chunk is decoded by
   * two tasks.
   */
  static int[] auto(int[] shape, int itemSize, long targetBytes, int[] preferred) {
    int n = shape.length;
    // A dimension with a stored chunk length is cut in multiples of it: that length is its least
    // size, and the budget left after all least sizes is shared out as growth factors, the
    // dimensions with the least room to grow first (a square share for each of the others).
    long[] least = new long[n];
    long[] room = new long[n];
    double growth = Math.max(1, targetBytes / (double) itemSize);
    for (int d = 0; d < n; d++) {
      int extent = Math.max(shape[d], 1);
      least[d] = preferred != null && preferred[d] > 1 ? Math.min(preferred[d], extent) : 1;
      room[d] = Math.max(1, extent / least[d]);
      growth /= least[d];
    }
    growth = Math.max(1, growth);
    Integer[] order = new Integer[n];
    for (int d = 0; d < n; d++) {
      order[d] = d;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(room[x], room[y]));
    int[] size = new int[n];
    for (int k = 0; k < n; k++) {
      int d = order[k];
      double share = Math.pow(growth, 1.0 / (n - k));
      long factor = Math.max(1, Math.min(room[d], (long) Math.floor(share + 1e-9)));
      size[d] = (int) Math.min(least[d] * factor, Math.max(shape[d], 1));
      growth = Math.max(1, growth / factor);
    }
    return size;
  }

  /** The bytes of a block of {@code size} elements of {@code itemSize} bytes each. */
  static long bytes(int[] size, int itemSize) {
    long total = itemSize;
    for (int s : size) {
      total *= s;
    }
    return total;
  }
}
