package dev.floe.io.chunk;

/** The column types Floe reads and computes with, named as pandas names them. */
public enum DType {
  /** 64-bit signed integers; missing values are kept in a mask, never turned into zeros. */
  INT64("int64"),
  /** 64-bit floating point. */
  FLOAT64("float64"),
  /** true / false. */
  BOOL("bool"),
  /** Text, dictionary-encoded. */
  STRING("string"),
  /** A calendar date without time. */
  DATE("date"),
  /** A date and time of day without a zone, to the microsecond. */
  DATETIME("datetime");

  private final String pandasName;

  DType(String pandasName) {
    this.pandasName = pandasName;
  }

  /** Whether values of this type are numbers (int64 or float64). */
  public boolean isNumeric() {
    return this == INT64 || this == FLOAT64;
  }

  /** The pandas-style name: {@code int64}, {@code float64}, {@code bool}, … */
  @Override
  public String toString() {
    return pandasName;
  }
}
