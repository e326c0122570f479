package dev.floe.frame;

import java.util.Locale;

/** The aggregations of reductions and group-bys, with pandas' names and semantics. */
public enum Aggregation {
  /** The mean of the non-missing values. */
  MEAN,
  /** The sum of the non-missing values (0 when there are none). */
  SUM,
  /** How many values are not missing. */
  COUNT,
  /** How many rows, missing or not. */
  SIZE,
  /** The least value. */
  MIN,
  /** The greatest value. */
  MAX,
  /** The sample standard deviation (ddof 1). */
  STD,
  /** The sample variance (ddof 1). */
  VAR,
  /** The first non-missing value. */
  FIRST,
  /** The last non-missing value. */
  LAST,
  /**
   * The exact median of the non-missing values (the mean of the middle two for an even count);
   * it keeps every value of a group until the end, so it costs memory in proportion to the rows.
   */
  MEDIAN;

  /** Whether the result is a count (an int64 column), not a float64. */
  public boolean isCount() {
    return this == COUNT || this == SIZE;
  }

  /** The pandas name: {@code mean}, {@code sum}, … */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
