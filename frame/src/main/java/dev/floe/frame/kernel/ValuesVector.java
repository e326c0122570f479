package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The present values of one column per group, each group's values sorted: the state of exact
 * medians and quantiles, and, trimmed to the largest or smallest few, of top-n per group.
 * Immutable.
 *
 * <p>Values are kept as order-preserving {@code long} codes (int64 as itself, float64 by its bits
 * arranged to sort as numbers), so int64 values beyond 2^53 come back exactly. Groups are stored
 * one after another ({@code offsets[g]..offsets[g+1]}), made by a counting sort on group number
 * and a sort of each group's slice.
 */
final class ValuesVector implements GroupState {
  private static final long serialVersionUID = 1L;

  private final int[] offsets;
  private final long[] codes;
  private final boolean integral;
  private final int keep;
  /** Per group, how many values are missing (kept for top-n only: pandas fills with them). */
  private final long[] missing;

  private ValuesVector(int[] offsets, long[] codes, boolean integral, int keep, long[] missing) {
    this.offsets = offsets;
    this.codes = codes;
    this.integral = integral;
    this.keep = keep;
    this.missing = missing;
  }

  /** The present values of {@code column} per group; see {@link GroupState#values}. */
  static ValuesVector of(int[] groupOf, int groups, ColumnData column, int keep) {
    boolean integral = column instanceof ColumnData.Longs;
    if (!integral && !(column instanceof ColumnData.Doubles)) {
      throw new IllegalArgumentException("cannot take values of a " + column.type() + " column");
    }
    long[] rowCodes = integral ? ((ColumnData.Longs) column).values() : sortable(column);
    BitSet missing = column.missing();
    int[] sizes = new int[groups];
    long[] missingCounts = keep == 0 ? null : new long[groups];
    for (int row = 0; row < groupOf.length; row++) {
      if (groupOf[row] >= 0) {
        if (missing == null || !missing.get(row)) {
          sizes[groupOf[row]]++;
        } else if (missingCounts != null) {
          missingCounts[groupOf[row]]++;
        }
      }
    }
    int[] offsets = offsets(sizes);
    int[] at = Arrays.copyOf(offsets, groups);
    long[] codes = new long[offsets[groups]];
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g >= 0 && (missing == null || !missing.get(row))) {
        codes[at[g]++] = rowCodes[row];
      }
    }
    return new ValuesVector(offsets, codes, integral, keep, missingCounts).sortedAndTrimmed();
  }

  private static long[] sortable(ColumnData column) {
    double[] values = ((ColumnData.Doubles) column).values();
    long[] codes = new long[column.size()];
    for (int i = 0; i < codes.length; i++) {
      long bits = Double.doubleToRawLongBits(values[i]);
      codes[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
    return codes;
  }

  private double decode(long code) {
    if (integral) {
      return code;
    }
    return Double.longBitsToDouble(code ^ ((code >> 63) & Long.MAX_VALUE));
  }

  private static int[] offsets(int[] sizes) {
    int[] offsets = new int[sizes.length + 1];
    for (int g = 0; g < sizes.length; g++) {
      offsets[g + 1] = offsets[g] + sizes[g];
    }
    return offsets;
  }

  /** Each group's slice sorted, then cut to the kept largest or smallest. */
  private ValuesVector sortedAndTrimmed() {
    int groups = offsets.length - 1;
    for (int g = 0; g < groups; g++) {
      Arrays.sort(codes, offsets[g], offsets[g + 1]);
    }
    if (keep == 0) {
      return this;
    }
    int limit = Math.abs(keep);
    int[] sizes = new int[groups];
    for (int g = 0; g < groups; g++) {
      sizes[g] = Math.min(limit, offsets[g + 1] - offsets[g]);
    }
    int[] trimmedOffsets = offsets(sizes);
    long[] trimmed = new long[trimmedOffsets[groups]];
    for (int g = 0; g < groups; g++) {
      int from = keep > 0 ? offsets[g + 1] - sizes[g] : offsets[g];
      System.arraycopy(codes, from, trimmed, trimmedOffsets[g], sizes[g]);
    }
    return new ValuesVector(trimmedOffsets, trimmed, integral, keep, missing);
  }

  /** The same values as float64 codes (when a partition's column was float64 and this int64). */
  private ValuesVector asFloat() {
    if (!integral) {
      return this;
    }
    long[] floats = new long[codes.length];
    for (int i = 0; i < codes.length; i++) {
      long bits = Double.doubleToRawLongBits((double) codes[i]);
      floats[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
    return new ValuesVector(offsets, floats, false, keep, missing);
  }

  @Override
  public GroupState merge(GroupState[] states, int[][] targets, int groups) {
    ValuesVector[] parts = new ValuesVector[states.length];
    boolean allIntegral = true;
    for (int p = 0; p < parts.length; p++) {
      parts[p] = (ValuesVector) states[p];
      allIntegral &= parts[p].integral;
    }
    if (!allIntegral) {
      for (int p = 0; p < parts.length; p++) {
        parts[p] = parts[p].asFloat();
      }
    }
    int[] sizes = new int[groups];
    for (int p = 0; p < parts.length; p++) {
      for (int g = 0; g < targets[p].length; g++) {
        sizes[targets[p][g]] += parts[p].offsets[g + 1] - parts[p].offsets[g];
      }
    }
    int[] merged = offsets(sizes);
    int[] at = Arrays.copyOf(merged, groups);
    long[] codes = new long[merged[groups]];
    long[] missingCounts = missing == null ? null : new long[groups];
    for (int p = 0; p < parts.length; p++) {
      ValuesVector part = parts[p];
      int[] to = targets[p];
      for (int g = 0; g < to.length; g++) {
        int size = part.offsets[g + 1] - part.offsets[g];
        System.arraycopy(part.codes, part.offsets[g], codes, at[to[g]], size);
        at[to[g]] += size;
        if (missingCounts != null) {
          missingCounts[to[g]] += part.missing[g];
        }
      }
    }
    return new ValuesVector(merged, codes, allIntegral, keep, missingCounts).sortedAndTrimmed();
  }

  @Override
  public GroupState take(int[] groups) {
    int[] sizes = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      sizes[i] = offsets[groups[i] + 1] - offsets[groups[i]];
    }
    int[] taken = offsets(sizes);
    long[] values = new long[taken[groups.length]];
    long[] missingCounts = missing == null ? null : new long[groups.length];
    for (int i = 0; i < groups.length; i++) {
      System.arraycopy(codes, offsets[groups[i]], values, taken[i], sizes[i]);
      if (missingCounts != null) {
        missingCounts[i] = missing[groups[i]];
      }
    }
    return new ValuesVector(taken, values, integral, keep, missingCounts);
  }

  /** {@link Aggregation#MEDIAN} per group: float64, missing for a group without values. */
  @Override
  public ColumnData column(Aggregation aggregation, int[] order) {
    if (aggregation != Aggregation.MEDIAN) {
      throw new IllegalArgumentException(aggregation + " is not read from values");
    }
    double[] values = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      values[i] = quantile(order[i], 0.5);
    }
    return GroupState.doubles(values);
  }

  /**
   * The {@code q} quantile of group {@code g}, interpolated linearly between the two nearest
   * values as pandas' default; NaN without values.
   */
  double quantile(int g, double q) {
    int n = offsets[g + 1] - offsets[g];
    if (n == 0) {
      return Double.NaN;
    }
    double position = q * (n - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, n - 1);
    double low = decode(codes[offsets[g] + below]);
    double high = decode(codes[offsets[g] + above]);
    return interpolate(low, high, position - below);
  }

  /**
   * Between {@code low} and {@code high} at {@code fraction}: an infinite end wins (opposite
   * infinities give NaN), and a difference too large for a double is avoided.
   */
  static double interpolate(double low, double high, double fraction) {
    if (fraction == 0 || low == high) {
      return low;
    }
    if (Double.isInfinite(low) || Double.isInfinite(high)) {
      return Double.isInfinite(low) && Double.isInfinite(high) ? Double.NaN
          : Double.isInfinite(low) ? low : high;
    }
    double difference = high - low;
    return Double.isInfinite(difference) ? low * (1 - fraction) + high * fraction
        : low + difference * fraction;
  }

  /**
   * The kept values of the groups in {@code order}, group after group — largest first when the
   * largest were kept, smallest first otherwise — then, as pandas does, missing values up to the
   * limit where a group has too few present ones; for each row its group's position in {@code
   * order}.
   */
  ColumnData top(int[] order, IntArrayList positionOf) {
    int limit = Math.abs(keep);
    int total = 0;
    for (int g : order) {
      total += Math.min(limit, offsets[g + 1] - offsets[g] + missing[g]);
    }
    long[] longs = new long[total];
    double[] doubles = new double[total];
    BitSet absent = null;
    int at = 0;
    for (int i = 0; i < order.length; i++) {
      int g = order[i];
      int present = offsets[g + 1] - offsets[g];
      int rows = (int) Math.min(limit, present + missing[g]);
      for (int k = 0; k < rows; k++) {
        if (k >= present) {
          absent = absent == null ? new BitSet() : absent;
          absent.set(at);
          doubles[at] = Double.NaN;
        } else {
          long code = keep > 0 ? codes[offsets[g + 1] - 1 - k] : codes[offsets[g] + k];
          longs[at] = code;
          doubles[at] = decode(code);
        }
        positionOf.add(i);
        at++;
      }
    }
    return integral ? new ColumnData.Longs(longs, total, absent)
        : new ColumnData.Doubles(doubles, total, absent);
  }


}
