package dev.floe.array.kernel;

/**
 * Folds of a run of doubles, with four independent accumulators so the CPU overlaps the adds
 * (the order is fixed, so results do not depend on anything but the data).
 */
final class Folds {
  private Folds() {}

  static double sum(double[] x, int from, int length) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int end = from + length;
    int i = from;
    for (; i + 3 < end; i += 4) {
      s0 += x[i];
      s1 += x[i + 1];
      s2 += x[i + 2];
      s3 += x[i + 3];
    }
    for (; i < end; i++) {
      s0 += x[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  static double squaredDeviations(double[] x, int from, int length, double mean) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int end = from + length;
    int i = from;
    for (; i + 3 < end; i += 4) {
      double d0 = x[i] - mean;
      double d1 = x[i + 1] - mean;
      double d2 = x[i + 2] - mean;
      double d3 = x[i + 3] - mean;
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; i < end; i++) {
      double d = x[i] - mean;
      s0 += d * d;
    }
    return (s0 + s1) + (s2 + s3);
  }

  static double min(double[] x, int from, int length) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = from; i < from + length; i++) {
      m = Math.min(m, x[i]);
    }
    return m;
  }

  static double max(double[] x, int from, int length) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = from; i < from + length; i++) {
      m = Math.max(m, x[i]);
    }
    return m;
  }
}
