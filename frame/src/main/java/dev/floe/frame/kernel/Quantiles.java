package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A weighted summary of one column's values for choosing partition bounds: from each partition
 * up to {@link #POINTS_PER_PARTITION} evenly spaced order statistics, each standing for its share
 * of the partition's rows, plus the exact least and greatest value. Summaries merge; {@link
 * #divisions} cuts the merged weights into equal parts. Values are in {@link Keys} form; missing
 * values are left out. Immutable.
 */
public final class Quantiles implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Order statistics kept per partition. */
  public static final int POINTS_PER_PARTITION = 1000;

  private final List<Object> values;
  private final List<Double> weights;
  private final Object min;
  private final Object max;
  private final long count;

  private Quantiles(List<Object> values, List<Double> weights, Object min, Object max, long count) {
    this.values = values;
    this.weights = weights;
    this.min = min;
    this.max = max;
    this.count = count;
  }

  /** The summary of one partition's column. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Quantiles of(ColumnData column) {
    List<Object> present = new ArrayList<>();
    for (int row = 0; row < column.size(); row++) {
      Object value = Keys.valueAt(column, row);
      if (value != null) {
        present.add(value);
      }
    }
    present.sort((Comparator) Comparator.naturalOrder());
    int n = present.size();
    int points = Math.min(n, POINTS_PER_PARTITION);
    List<Object> values = new ArrayList<>(points);
    List<Double> weights = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      values.add(present.get((int) ((2L * i + 1) * n / (2L * points))));
      weights.add((double) n / points);
    }
    return new Quantiles(values, weights, n == 0 ? null : present.get(0),
        n == 0 ? null : present.get(n - 1), n);
  }

  /** This summary and {@code other}'s together. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Quantiles merge(Quantiles other) {
    List<Object> mergedValues = new ArrayList<>(values);
    mergedValues.addAll(other.values);
    List<Double> mergedWeights = new ArrayList<>(weights);
    mergedWeights.addAll(other.weights);
    Object least = min == null ? other.min : other.min == null ? min
        : Keys.compare(min, other.min) <= 0 ? min : other.min;
    Object greatest = max == null ? other.max : other.max == null ? max
        : Keys.compare(max, other.max) >= 0 ? max : other.max;
    return new Quantiles(mergedValues, mergedWeights, least, greatest, count + other.count);
  }

  /** How many values (not missing) were summarized. */
  public long count() {
    return count;
  }

  /**
   * Bounds for up to {@code parts} partitions holding about equal numbers of rows: the least
   * value, the cut points, the greatest value; repeated cut points are dropped, so there may be
   * fewer parts. Empty when no value was seen.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<Object> divisions(int parts) {
    if (count == 0) {
      return List.of();
    }
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Keys.compare(values.get(a), values.get(b)));
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    List<Object> divisions = new ArrayList<>();
    divisions.add(min);
    double seen = 0;
    int next = 1;
    for (int i = 0; i < order.length && next < parts; i++) {
      seen += weights.get(order[i]);
      while (next < parts && seen >= total * next / parts) {
        Object cut = values.get(order[i]);
        if (Keys.compare(cut, divisions.get(divisions.size() - 1)) > 0
            && Keys.compare(cut, max) < 0) {
          divisions.add(cut);
        }
        next++;
      }
    }
    divisions.add(max);
    return divisions;
  }
}
