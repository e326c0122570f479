package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.io.Serializable;

/**
 * Makes blocks of arrays defined by a formula of the element's position: constants, ranges and
 * seeded random numbers.
 *
 * <p>Random numbers are counter based: element {@code i} (its flat C-order index in the whole
 * array) is a hash of the seed and {@code i} (SplitMix64's mixer over a Weyl sequence), so the
 * numbers do not depend on chunking, thread count or the order tasks run in, and a slice can be
 * generated without generating what it skips. Normal numbers come from the inverse normal CDF
 * (Acklam's rational approximation, relative error below 1.2e-9).
 *
 * @param kind what to generate
 * @param a the constant (full), start (arange, linspace), mean (normal) or low bound (uniform)
 * @param b the step (arange), stop (linspace), standard deviation (normal) or high bound
 * @param seed the random seed (normal, uniform) or the number of points (linspace)
 */
public record Generator(Kind kind, double a, double b, long seed) implements Serializable {

  /** The formulas. */
  public enum Kind { FULL, ARANGE, LINSPACE, NORMAL, UNIFORM }

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

  /** numpy's name, used to name tasks. */
  public String name() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The block holding, along each dimension {@code d}, elements {@code start[d]},
   * {@code start[d] + step[d]}, ... ({@code count[d]} of them) of an array of {@code shape}.
   */
  public Dense block(DType dtype, int[] shape, int[] start, int[] step, int[] count) {
    int n = Blocks.size(count);
    double[] values = new double[n];
    int[] strides = Blocks.strides(shape);
    int inner = count.length == 0 ? 1 : count[count.length - 1];
    long innerStep = count.length == 0 ? 0 : (long) step[count.length - 1] * strides[count.length - 1];
    int[] position = new int[count.length];
    long seedHash = mix(seed);
    for (int row = 0; inner > 0 && row < n / inner; row++) {
      long first = 0;
      for (int d = 0; d < count.length; d++) {
        first += (long) (start[d] + position[d] * step[d]) * strides[d];
      }
      fillRow(values, row * inner, inner, first, innerStep, seedHash);
      for (int d = count.length - 2; d >= 0 && ++position[d] == count[d]; d--) {
        position[d] = 0;
      }
    }
    return Buffers.fromDoubles(values, dtype, count);
  }

  private void fillRow(double[] out, int at, int length, long first, long step, long seedHash) {
    switch (kind) {
      case FULL:
        java.util.Arrays.fill(out, at, at + length, a);
        break;
      case ARANGE:
        for (int j = 0; j < length; j++) {
          out[at + j] = a + (first + j * step) * b;
        }
        break;
      case LINSPACE: {
        double delta = seed > 1 ? (b - a) / (seed - 1) : 0;
        for (int j = 0; j < length; j++) {
          long i = first + j * step;
          out[at + j] = i == seed - 1 && seed > 1 ? b : a + i * delta;
        }
        break;
      }
      case NORMAL:
        for (int j = 0; j < length; j++) {
          long bits = mix(seedHash + (first + j * step) * GOLDEN_GAMMA);
          out[at + j] = a + b * inverseNormal(((bits >>> 11) + 0.5) * TWO_TO_MINUS_53);
        }
        break;
      default:
        for (int j = 0; j < length; j++) {
          long bits = mix(seedHash + (first + j * step) * GOLDEN_GAMMA);
          out[at + j] = a + (b - a) * ((bits >>> 11) * TWO_TO_MINUS_53);
        }
    }
  }

  /** SplitMix64's finalizer: a bijective mix of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // Acklam's coefficients for the inverse of the standard normal CDF.
  private static final double A1 = -3.969683028665376e+01;
  private static final double A2 = 2.209460984245205e+02;
  private static final double A3 = -2.759285104469687e+02;
  private static final double A4 = 1.383577518672690e+02;
  private static final double A5 = -3.066479806614716e+01;
  private static final double A6 = 2.506628277459239e+00;
  private static final double B1 = -5.447609879822406e+01;
  private static final double B2 = 1.615858368580409e+02;
  private static final double B3 = -1.556989798598866e+02;
  private static final double B4 = 6.680131188771972e+01;
  private static final double B5 = -1.328068155288572e+01;
  private static final double C1 = -7.784894002430293e-03;
  private static final double C2 = -3.223964580411365e-01;
  private static final double C3 = -2.400758277161838e+00;
  private static final double C4 = -2.549732539343734e+00;
  private static final double C5 = 4.374664141464968e+00;
  private static final double C6 = 2.938163982698783e+00;
  private static final double D1 = 7.784695709041462e-03;
  private static final double D2 = 3.224671290700398e-01;
  private static final double D3 = 2.445134137142996e+00;
  private static final double D4 = 3.754408661907416e+00;
  private static final double P_LOW = 0.02425;

  /** The standard normal quantile of {@code p} in (0, 1). */
  static double inverseNormal(double p) {
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
          / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
    }
    if (p > 1 - P_LOW) {
      double q = Math.sqrt(-2 * Math.log1p(-p));
      return -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
          / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q
        / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
  }
}
