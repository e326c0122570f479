package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import java.util.BitSet;

/**
 * Per group, the co-moments of two columns over the rows where both are present — count, means,
 * sums of squared deviations and of cross deviations — from which the correlation (Pearson, as
 * pandas' {@code corr}) or the sample covariance (ddof 1, as {@code cov}) follow. Partitions
 * gather theirs in two passes (means, then deviations from them) and merge with Chan et al.'s
 * pairwise update, as {@link Stats} does for one column. Immutable.
 */
final class CoMoments implements GroupState {
  private static final long serialVersionUID = 1L;

  private final long[] count;
  private final double[] meanX;
  private final double[] meanY;
  private final double[] m2X;
  private final double[] m2Y;
  private final double[] cXY;
  private final boolean correlation;

  private CoMoments(int groups, boolean correlation) {
    count = new long[groups];
    meanX = new double[groups];
    meanY = new double[groups];
    m2X = new double[groups];
    m2Y = new double[groups];
    cXY = new double[groups];
    this.correlation = correlation;
  }

  /** The co-moments of {@code x} and {@code y} per group. */
  static CoMoments of(int[] groupOf, int groups, ColumnData x, ColumnData y,
      boolean correlation) {
    CoMoments s = new CoMoments(groups, correlation);
    BitSet missingX = x.missing();
    BitSet missingY = y.missing();
    // means as the first value plus the mean difference from it: exact for equal values, so
    // a column that does not vary has no spread (and no correlation), as in Stats
    double[] firstX = new double[groups];
    double[] firstY = new double[groups];
    double[] shiftedX = new double[groups];
    double[] shiftedY = new double[groups];
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g < 0 || absent(missingX, missingY, row)) {
        continue;
      }
      double vx = Evaluator.number(x, row);
      double vy = Evaluator.number(y, row);
      if (s.count[g]++ == 0) {
        firstX[g] = vx;
        firstY[g] = vy;
      }
      shiftedX[g] += vx - firstX[g];
      shiftedY[g] += vy - firstY[g];
    }
    for (int g = 0; g < groups; g++) {
      s.meanX[g] = s.count[g] == 0 ? 0 : firstX[g] + shiftedX[g] / s.count[g];
      s.meanY[g] = s.count[g] == 0 ? 0 : firstY[g] + shiftedY[g] / s.count[g];
    }
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g < 0 || absent(missingX, missingY, row)) {
        continue;
      }
      double dx = Evaluator.number(x, row) - s.meanX[g];
      double dy = Evaluator.number(y, row) - s.meanY[g];
      s.m2X[g] += dx * dx;
      s.m2Y[g] += dy * dy;
      s.cXY[g] += dx * dy;
    }
    return s;
  }

  private static boolean absent(BitSet missingX, BitSet missingY, int row) {
    return (missingX != null && missingX.get(row)) || (missingY != null && missingY.get(row));
  }

  @Override
  public GroupState merge(GroupState[] parts, int[][] targets, int groups) {
    CoMoments s = new CoMoments(groups, correlation);
    for (int p = 0; p < parts.length; p++) {
      for (int g = 0; g < targets[p].length; g++) {
        s.add(targets[p][g], (CoMoments) parts[p], g);
      }
    }
    return s;
  }

  @Override
  public GroupState take(int[] groups) {
    CoMoments s = new CoMoments(groups.length, correlation);
    for (int i = 0; i < groups.length; i++) {
      s.add(i, this, groups[i]);
    }
    return s;
  }

  /** Group {@code g} of {@code from} into group {@code t} of this. */
  private void add(int t, CoMoments from, int g) {
    long nb = from.count[g];
    if (nb == 0) {
      return;
    }
    long na = count[t];
    if (na == 0) {
      count[t] = nb;
      meanX[t] = from.meanX[g];
      meanY[t] = from.meanY[g];
      m2X[t] = from.m2X[g];
      m2Y[t] = from.m2Y[g];
      cXY[t] = from.cXY[g];
      return;
    }
    long n = na + nb;
    double dx = from.meanX[g] - meanX[t];
    double dy = from.meanY[g] - meanY[t];
    double weight = (double) na * nb / n;
    m2X[t] += from.m2X[g] + dx * dx * weight;
    m2Y[t] += from.m2Y[g] + dy * dy * weight;
    cXY[t] += from.cXY[g] + dx * dy * weight;
    meanX[t] += dx * nb / n;
    meanY[t] += dy * nb / n;
    count[t] = n;
  }

  /**
   * The correlation or covariance per group, float64; missing with fewer than two rows, and a
   * correlation also where either column does not vary.
   */
  @Override
  public ColumnData column(Aggregation ignored, int[] order) {
    double[] values = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      int g = order[i];
      if (count[g] < 2) {
        values[i] = Double.NaN;
      } else if (correlation) {
        double denominator = Math.sqrt(m2X[g] * m2Y[g]);
        values[i] = denominator == 0 ? Double.NaN
            : Math.max(-1, Math.min(1, cXY[g] / denominator));
      } else {
        values[i] = cXY[g] / (count[g] - 1);
      }
    }
    return GroupState.doubles(values);
  }
}
