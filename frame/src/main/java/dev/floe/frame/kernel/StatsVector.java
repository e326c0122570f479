package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * {@link Stats} of many groups of one value column, as parallel primitive arrays indexed by group
 * number: the same values, bit for bit, as a {@code Stats} per group, without an object per
 * group. Only the arrays the wanted aggregations read are kept (a sum keeps no min, max or
 * deviations), which matters with millions of groups. Immutable once made.
 */
final class StatsVector implements GroupState {
  private static final long serialVersionUID = 1L;

  private final int groups;
  private final boolean integralColumn;
  private final long[] rows;
  private final long[] count;
  // sums (SUM, MEAN)
  private final double[] sum;
  private final long[] integerSum;
  private final boolean[] integral;
  // spread (VAR, STD): the mean and the squared deviations from it
  private final double[] mean;
  private final double[] m2;
  // extremes (MIN, MAX)
  private final double[] min;
  private final double[] max;
  // ends (FIRST, LAST)
  private final double[] first;
  private final double[] last;

  private StatsVector(int groups, boolean integralColumn, Needs needs) {
    this.groups = groups;
    this.integralColumn = integralColumn;
    rows = needs.sizes ? new long[groups] : null;
    count = new long[groups];
    sum = needs.sums ? new double[groups] : null;
    // exact int64 sums only where every value so far was an int64
    integerSum = needs.sums && integralColumn ? new long[groups] : null;
    integral = needs.sums && integralColumn ? new boolean[groups] : null;
    mean = needs.spread ? new double[groups] : null;
    m2 = needs.spread ? new double[groups] : null;
    min = needs.extremes ? filled(groups, Double.NaN) : null;
    max = needs.extremes ? filled(groups, Double.NaN) : null;
    first = needs.ends || needs.spread ? filled(groups, Double.NaN) : null;
    last = needs.ends ? filled(groups, Double.NaN) : null;
    if (integral != null) {
      Arrays.fill(integral, integralColumn);
    }
  }

  /** Which arrays the aggregations read. */
  record Needs(boolean sums, boolean spread, boolean extremes, boolean ends, boolean sizes)
      implements java.io.Serializable {
    static Needs of(Collection<Aggregation> aggregations) {
      boolean sizes = false;
      boolean sums = false;
      boolean spread = false;
      boolean extremes = false;
      boolean ends = false;
      for (Aggregation a : aggregations) {
        sums |= a == Aggregation.SUM || a == Aggregation.MEAN;
        spread |= a == Aggregation.VAR || a == Aggregation.STD;
        extremes |= a == Aggregation.MIN || a == Aggregation.MAX;
        ends |= a == Aggregation.FIRST || a == Aggregation.LAST;
        sizes |= a == Aggregation.SIZE;
      }
      return new Needs(sums, spread, extremes, ends, sizes);
    }
  }

  private static double[] filled(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }

  /**
   * The statistics of {@code value} per group ({@code groupOf[row]}, -1 for rows left out); a
   * null {@code value} counts rows only. Two passes: sums, then deviations from the group means
   * (as {@link Stats#of}).
   */
  static StatsVector of(int[] groupOf, int groups, ColumnData value, Needs needs) {
    double[] doubles = value instanceof ColumnData.Doubles d ? d.values() : null;
    long[] longs = value instanceof ColumnData.Longs l ? l.values() : null;
    if (value != null && doubles == null && longs == null) {
      throw new IllegalArgumentException("cannot aggregate a " + value.type() + " column");
    }
    StatsVector s = new StatsVector(groups, longs != null, value == null ? SIZES : needs);
    BitSet missing = value == null ? null : value.missing();
    double[] shifted = s.mean == null ? null : new double[groups]; // sums of v - first
    boolean[] overflowed = s.integerSum == null ? null : new boolean[groups];
    boolean sumsOnly = value != null && missing == null && s.rows == null && s.mean == null
        && s.min == null && s.first == null && s.last == null;
    if (sumsOnly) {
      // the common case (sum, mean, count of a column without missing values): one tight loop
      sumRows(s, groupOf, doubles, longs, overflowed);
    }
    for (int row = sumsOnly ? groupOf.length : 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g < 0) {
        continue;
      }
      if (s.rows != null) {
        s.rows[g]++;
      }
      if (value == null || (missing != null && missing.get(row))) {
        continue;
      }
      double v = doubles != null ? doubles[row] : longs[row];
      long n = s.count[g]++;
      if (s.first != null && n == 0) {
        s.first[g] = v;
      }
      if (s.last != null) {
        s.last[g] = v;
      }
      if (s.sum != null) {
        s.sum[g] += v;
        if (s.integerSum != null) {
          long next = s.integerSum[g] + longs[row];
          overflowed[g] |= ((s.integerSum[g] ^ next) & (longs[row] ^ next)) < 0;
          s.integerSum[g] = next;
        }
      }
      if (shifted != null) {
        shifted[g] += v - s.first[g];
      }
      if (s.min != null) {
        s.min[g] = n == 0 ? v : Math.min(s.min[g], v);
        s.max[g] = n == 0 ? v : Math.max(s.max[g], v);
      }
    }
    if (overflowed != null) {
      for (int g = 0; g < groups; g++) {
        s.integral[g] = longs != null && !overflowed[g];
        if (s.count[g] == 0) {
          s.sum[g] = 0;
          s.integerSum[g] = 0;
        }
      }
    }
    if (shifted != null) {
      for (int g = 0; g < groups; g++) {
        s.mean[g] = s.count[g] == 0 ? 0 : s.first[g] + shifted[g] / s.count[g];
      }
      for (int row = 0; row < groupOf.length; row++) {
        int g = groupOf[row];
        if (g < 0 || (missing != null && missing.get(row))) {
          continue;
        }
        double d = (doubles != null ? doubles[row] : longs[row]) - s.mean[g];
        s.m2[g] += d * d;
      }
    }
    return s;
  }

  /** Counts and sums (exact for int64) per group of rows that all have a value. */
  private static void sumRows(StatsVector s, int[] groupOf, double[] doubles, long[] longs,
      boolean[] overflowed) {
    long[] count = s.count;
    double[] sum = s.sum;
    if (longs == null) {
      for (int row = 0; row < groupOf.length; row++) {
        int g = groupOf[row];
        if (g >= 0) {
          count[g]++;
          if (sum != null) {
            sum[g] += doubles[row];
          }
        }
      }
      return;
    }
    long[] integerSum = s.integerSum;
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g >= 0) {
        long v = longs[row];
        count[g]++;
        if (sum != null) {
          sum[g] += v;
          long next = integerSum[g] + v;
          overflowed[g] |= ((integerSum[g] ^ next) & (v ^ next)) < 0;
          integerSum[g] = next;
        }
      }
    }
  }

  /** Row counts only: a group-by's size. */
  private static final Needs SIZES = new Needs(false, false, false, false, true);

  /**
   * Each group of {@code parts} folded, in order, into group {@code targets[p][g]} of a result
   * with {@code groups} groups, as {@link Stats#merge} combines two.
   */
  static StatsVector merge(StatsVector[] parts, int[][] targets, int groups) {
    StatsVector a = parts[0];
    Needs needs = new Needs(a.sum != null, a.mean != null, a.min != null, a.last != null,
        a.rows != null);
    boolean integralColumn = true; // exact sums only while every part has them
    for (StatsVector part : parts) {
      integralColumn &= part.integralColumn;
    }
    StatsVector s = new StatsVector(groups, integralColumn, needs);
    if (s.integral != null) {
      Arrays.fill(s.integral, true);
    }
    boolean[] touched = new boolean[groups];
    for (int p = 0; p < parts.length; p++) {
      StatsVector from = parts[p];
      int[] target = targets[p];
      for (int g = 0; g < from.groups; g++) {
        int t = target[g];
        if (!touched[t]) {
          touched[t] = true;
          s.copy(t, from, g);
        } else {
          s.add(t, from, g);
        }
      }
    }
    return s;
  }

  private void copy(int t, StatsVector from, int g) {
    if (rows != null) {
      rows[t] = from.rows[g];
    }
    if (sum != null) {
      sum[t] = from.sum[g];
    }
    if (integerSum != null) {
      integerSum[t] = from.integerSum[g];
      integral[t] = from.integral[g];
    }
    copyValues(t, from, g);
  }

  /** The count and what depends on the values only (spread, extremes, ends) of group g. */
  private void copyValues(int t, StatsVector from, int g) {
    count[t] = from.count[g];
    if (mean != null) {
      mean[t] = from.mean[g];
      m2[t] = from.m2[g];
    }
    if (min != null) {
      min[t] = from.min[g];
      max[t] = from.max[g];
    }
    if (first != null) {
      first[t] = from.first[g];
    }
    if (last != null) {
      last[t] = from.last[g];
    }
  }

  /** Group {@code g} of {@code from} after group {@code t} of this, as {@link Stats#merge}. */
  private void add(int t, StatsVector from, int g) {
    if (rows != null) {
      rows[t] += from.rows[g];
    }
    if (integerSum != null) {
      long integers = integerSum[t] + from.integerSum[g];
      integral[t] = integral[t] && from.integral[g]
          && ((integerSum[t] ^ integers) & (from.integerSum[g] ^ integers)) >= 0;
      if (from.count[g] > 0) {
        integerSum[t] = count[t] == 0 ? from.integerSum[g] : integers;
      }
    }
    if (sum != null && from.count[g] > 0) {
      sum[t] = count[t] == 0 ? from.sum[g] : sum[t] + from.sum[g];
    }
    if (from.count[g] == 0) {
      return;
    }
    if (count[t] == 0) {
      copyValues(t, from, g);
      return;
    }
    long n = count[t] + from.count[g];
    if (mean != null) {
      double delta = from.mean[g] - mean[t];
      double mergedMean = mean[t] + delta * from.count[g] / n;
      m2[t] = m2[t] + from.m2[g] + delta * delta * ((double) count[t] * from.count[g] / n);
      mean[t] = mergedMean;
    }
    if (min != null) {
      min[t] = Math.min(min[t], from.min[g]);
      max[t] = Math.max(max[t], from.max[g]);
    }
    if (last != null) {
      last[t] = from.last[g];
    }
    count[t] = n;
  }

  @Override
  public GroupState merge(GroupState[] parts, int[][] targets, int groups) {
    return merge(Arrays.copyOf(parts, parts.length, StatsVector[].class), targets, groups);
  }

  @Override
  public GroupState take(int[] groups) {
    StatsVector s = new StatsVector(groups.length, integralColumn,
        new Needs(sum != null, mean != null, min != null, last != null, rows != null));
    for (int i = 0; i < groups.length; i++) {
      s.copy(i, this, groups[i]);
    }
    return s;
  }

  /** Counts as int64; anything else float64, missing where a group has no value. */
  @Override
  public ColumnData column(Aggregation aggregation, int[] order) {
    int n = order.length;
    if (aggregation.isCount()) {
      long[] counts = new long[n];
      for (int i = 0; i < n; i++) {
        counts[i] = aggregation == Aggregation.SIZE ? rows[order[i]] : count[order[i]];
      }
      return new ColumnData.Longs(counts, n, null);
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = value(aggregation, order[i]);
    }
    return GroupState.doubles(values);
  }

  /** Whether group {@code g}'s int64 sum is exact (every value an int64, no overflow). */
  private boolean exact(int g) {
    return integral != null && integral[g];
  }

  private double value(Aggregation aggregation, int g) {
    long n = count[g];
    return switch (aggregation) {
      case MEAN -> n == 0 ? Double.NaN : exact(g) ? (double) integerSum[g] / n : sum[g] / n;
      case SUM -> exact(g) ? integerSum[g] : sum[g];
      case COUNT, SIZE, MEDIAN -> throw new IllegalArgumentException(aggregation
          + " is not read from statistics");
      case MIN -> n == 0 ? Double.NaN : min[g];
      case MAX -> n == 0 ? Double.NaN : max[g];
      case VAR -> n - 1 <= 0 ? Double.NaN : m2[g] / (n - 1);
      case STD -> n - 1 <= 0 ? Double.NaN : Math.sqrt(m2[g] / (n - 1));
      case FIRST -> n == 0 ? Double.NaN : first[g];
      case LAST -> n == 0 ? Double.NaN : last[g];
    };
  }
}
