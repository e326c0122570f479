package dev.floe.array.kernel;

import java.io.Serializable;

/**
 * The mergeable state of a reduction over some blocks, one entry per output element.
 *
 * <p>Which arrays are set depends on the reduction and the input dtype (see {@link Reduction});
 * the others are null. Partials are immutable once made: merging makes a new one.
 *
 * @param shape the shape of the output block this partial belongs to
 * @param count the number of input elements folded into each output element
 * @param values float sums, float minima/maxima, means (for var/std) or best values (arg*)
 * @param m2 sums of squared deviations from {@code values} (var/std)
 * @param longs integer sums/minima/maxima, or the flat indices of the best values (arg*)
 * @param flags any/all
 */
public record Partial(int[] shape, long count, double[] values, double[] m2, long[] longs,
    boolean[] flags) implements Serializable {

  /** The number of output elements. */
  int size() {
    int size = 1;
    for (int dim : shape) {
      size *= dim;
    }
    return size;
  }
}
