package dev.floe.frame.differential;

import dev.floe.core.DType;
import dev.floe.core.Expr;

/**
 * A generated expression in three forms — Floe's {@link Expr}, the DuckDB SQL that means the same
 * under Floe's (pandas') rules, and the Java that writes it — with what its values may be.
 *
 * <p>The SQL follows Floe's documented semantics, which are pandas': a float64 NaN is missing
 * (NaN results of arithmetic become NULL through the {@code nn} macro); a comparison with a
 * missing side is false, except {@code !=}, which is true; a missing bool in a filter, {@code &},
 * {@code |} or {@code ~} counts as false.
 *
 * @param sql the SQL value; for BOOL it may be NULL only when {@code missing}
 */
record Ex(Expr expr, String sql, String java, DType type, boolean missing, boolean nonFinite,
    long bound) {

  /** The SQL of this bool expression as a mask: never NULL (missing is false). */
  String mask() {
    return "COALESCE(" + sql + ", false)"; // always: shrinking may make a clean column missing

  }

  /** This expression's values as a column of {@code name}. */
  Shape.Col asColumn(String name) {
    return new Shape.Col(name, type, missing, nonFinite, bound);
  }
}
