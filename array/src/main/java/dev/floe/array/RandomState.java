package dev.floe.array;

import dev.floe.core.DType;
import dev.floe.array.kernel.Generator;

/**
 * Seeded random arrays, as numpy's and Dask's {@code RandomState}. The numbers depend only on the
 * seed and each element's position, never on chunking or thread count.
 */
public final class RandomState {
  private final long seed;

  RandomState(long seed) {
    this.seed = seed;
  }

  /** Normal numbers with mean {@code loc} and standard deviation {@code scale}, float64. */
  public NdArray normal(double loc, double scale, int[] shape, Chunking chunking) {
    if (!(scale >= 0)) {
      throw new IllegalArgumentException("scale must be non-negative: " + scale);
    }
    return NdArray.generate(new Generator(Generator.Kind.NORMAL, loc, scale, seed),
        DType.FLOAT64, shape, chunking);
  }

  /** Uniform numbers in [{@code low}, {@code high}), float64. */
  public NdArray uniform(double low, double high, int[] shape, Chunking chunking) {
    return NdArray.generate(new Generator(Generator.Kind.UNIFORM, low, high, seed),
        DType.FLOAT64, shape, chunking);
  }

  /** Uniform numbers in [0, 1), float64 (numpy's {@code random}). */
  public NdArray random(int[] shape, Chunking chunking) {
    return uniform(0, 1, shape, chunking);
  }
}
