package dev.floe.frame.kernel;

import dev.floe.frame.Aggregation;
import dev.floe.core.chunk.ColumnData;
import java.io.Serializable;
import java.util.BitSet;

/**
 * Mergeable statistics of a numeric column: rows, non-missing count, sum, mean and the sum of
 * squared deviations (for var/std), min, max, first and last. Partitions compute their own; {@link
 * #merge} combines two (Chan et al.'s parallel update for the deviations), and merging in a fixed
 * order gives the same bits for any thread count. Immutable.
 *
 * <p>An int64 column's sum is also kept exactly ({@code integerSum}): a double sum loses
 * integers beyond 2^53, so {@code 2^53 + 2} and {@code -(2^53 + 3)} would sum to -2 instead of
 * -1. A sum beyond the int64 range falls back to the float64 sum rather than wrapping around.
 *
 * @param integral whether every value was an int64 (then {@code integerSum} is the exact sum)
 */
public record Stats(long rows, long count, double sum, double mean, double m2, double min,
    double max, double first, double last, boolean integral, long integerSum)
    implements Serializable {

  /** No rows at all. */
  public static final Stats EMPTY =
      new Stats(0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, 0);

  /** Statistics of {@code rows} rows of which none has a value. */
  public static Stats noValues(long rows, boolean integral) {
    return new Stats(rows, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, integral,
        0);
  }

  /**
   * The statistics of a numeric column: two passes over its primitive array (the mean, then the
   * deviations from it).
   */
  public static Stats of(ColumnData column) {
    double[] doubles = column instanceof ColumnData.Doubles d ? d.values() : null;
    long[] longs = column instanceof ColumnData.Longs l ? l.values() : null;
    if (doubles == null && longs == null) {
      throw new IllegalArgumentException("cannot take statistics of a " + column.type() + " column");
    }
    BitSet missing = column.missing();
    int rows = column.size();
    long count = 0;
    double sum = 0;
    long integerSum = 0;
    double shifted = 0; // the sum of v - first: exact for equal values, so their spread is 0
    boolean overflowed = false;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double first = Double.NaN;
    double last = Double.NaN;
    for (int i = 0; i < rows; i++) {
      if (missing != null && missing.get(i)) {
        continue;
      }
      double v = doubles != null ? doubles[i] : longs[i];
      if (count == 0) {
        first = v;
      }
      last = v;
      count++;
      sum += v;
      shifted += v - first;
      if (longs != null) {
        long next = integerSum + longs[i];
        overflowed |= ((integerSum ^ next) & (longs[i] ^ next)) < 0;
        integerSum = next;
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    boolean integral = longs != null && !overflowed; // beyond int64: the float64 sum
    if (count == 0) {
      return noValues(rows, integral);
    }
    // Var and std of int64 are those of its float64 values, as in pandas.
    double mean = first + shifted / count;
    double m2 = 0;
    for (int i = 0; i < rows; i++) {
      if (missing == null || !missing.get(i)) {
        double d = (doubles != null ? doubles[i] : longs[i]) - mean;
        m2 += d * d;
      }
    }
    return new Stats(rows, count, sum, mean, m2, min, max, first, last, integral, integerSum);
  }

  /** These statistics followed by {@code next}'s (order matters for first and last only). */
  public Stats merge(Stats next) {
    long integers = integerSum + next.integerSum;
    boolean bothIntegral = integral && next.integral
        && ((integerSum ^ integers) & (next.integerSum ^ integers)) >= 0;
    if (next.count == 0) {
      return new Stats(rows + next.rows, count, sum, mean, m2, min, max, first, last,
          bothIntegral, integerSum);
    }
    if (count == 0) {
      return new Stats(rows + next.rows, next.count, next.sum, next.mean, next.m2, next.min,
          next.max, next.first, next.last, bothIntegral, next.integerSum);
    }
    long n = count + next.count;
    double delta = next.mean - mean;
    double mergedMean = mean + delta * next.count / n;
    double mergedM2 = m2 + next.m2 + delta * delta * ((double) count * next.count / n);
    return new Stats(rows + next.rows, n, sum + next.sum, mergedMean, mergedM2,
        Math.min(min, next.min), Math.max(max, next.max), first, next.last, bothIntegral,
        integers);
  }

  /** The sample variance with {@code ddof} delta degrees of freedom (pandas' default is 1). */
  public double variance(int ddof) {
    return count - ddof <= 0 ? Double.NaN : m2 / (count - ddof);
  }

  /** The value of an aggregation. */
  public double value(Aggregation aggregation) {
    return switch (aggregation) {
      case MEAN -> count == 0 ? Double.NaN : integral ? (double) integerSum / count : sum / count;
      case SUM -> integral ? integerSum : sum;
      case COUNT -> count;
      case SIZE -> rows;
      case MIN -> min;
      case MAX -> max;
      case VAR -> variance(1);
      case STD -> Math.sqrt(variance(1));
      case FIRST -> first;
      case LAST -> last;
      case MEDIAN -> throw new IllegalArgumentException("a median needs every value, not statistics");
    };
  }
}
