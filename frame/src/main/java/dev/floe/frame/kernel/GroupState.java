package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.frame.Aggregation;
import java.io.Serializable;
import java.util.List;

/**
 * What a group-by keeps per group of value columns, as parallel arrays indexed by group number:
 * gathered from a partition's rows, merged with another partition's, and read out as a result
 * column. Immutable.
 */
public interface GroupState extends Serializable {
  /**
   * Folds the groups of {@code parts} (this first, all from the same {@link Spec}), part by part,
   * into a state of {@code groups} groups: group {@code g} of part {@code p} goes to {@code
   * targets[p][g]}.
   */
  GroupState merge(GroupState[] parts, int[][] targets, int groups);

  /** The state of the groups {@code groups}, in that order. */
  GroupState take(int[] groups);

  /** The result column of {@code aggregation} for the groups in {@code order}. */
  ColumnData column(Aggregation aggregation, int[] order);

  /** How a state is gathered from a partition. */
  interface Spec extends Serializable {
    /** The state of {@code chunk}'s rows, row {@code r} in group {@code groupOf[r]} (-1: none). */
    GroupState gather(Chunk chunk, int[] groupOf, int groups);
  }

  /**
   * Mergeable statistics of {@code column} for {@code aggregations} (sums, means, counts,
   * extremes, spread, ends); a null column counts rows only.
   */
  static Spec statistics(String column, List<Aggregation> aggregations) {
    StatsVector.Needs needs = StatsVector.Needs.of(aggregations);
    return (chunk, groupOf, groups) -> StatsVector.of(groupOf, groups,
        column == null ? null : chunk.column(column), needs);
  }

  /**
   * Every present value of {@code column} per group, sorted, for exact medians and quantiles;
   * with {@code keep} > 0 only the {@code keep} largest, with {@code keep} < 0 the {@code -keep}
   * smallest (top-n per group).
   */
  static Spec values(String column, int keep) {
    return (chunk, groupOf, groups) -> ValuesVector.of(groupOf, groups, chunk.column(column), keep);
  }

  /**
   * The co-moments of {@code x} and {@code y} over rows where both are present, for their
   * correlation ({@code correlation}) or covariance.
   */
  static Spec coMoments(String x, String y, boolean correlation) {
    return (chunk, groupOf, groups) -> CoMoments.of(groupOf, groups, chunk.column(x),
        chunk.column(y), correlation);
  }

  /** A float64 result column: NaN is missing. */
  static ColumnData doubles(double[] values) {
    java.util.BitSet missing = null;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        if (missing == null) {
          missing = new java.util.BitSet();
        }
        missing.set(i);
      }
    }
    return new ColumnData.Doubles(values, values.length, missing);
  }
}
