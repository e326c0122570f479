package dev.floe.benchmarks.flights;

import dev.floe.frame.DataFrame;
import dev.floe.core.DType;
import dev.floe.core.Expr;

/** The flights files as a DataFrame, with the one column-type question the queries ask. */
record FlightsData(DataFrame frame) {
  /** {@code Cancelled == false} or {@code == 0}, whichever the column holds. */
  Expr notCancelled() {
    return frame.dtypes().get("Cancelled") == DType.BOOL
        ? Expr.col("Cancelled").eq(false)
        : Expr.col("Cancelled").eq(0);
  }
}
