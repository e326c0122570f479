package dev.floe.frame.plan;

import dev.floe.frame.kernel.Labels;
import dev.floe.core.DType;
import dev.floe.core.Expr;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * The type of an expression over a frame's columns, worked out when the user writes it, so that
 * {@code col("Origin").gt(5)} fails at once with the columns and types in the message rather than
 * inside a worker thread at compute time. The rules are the evaluator's: arithmetic on numbers
 * (int64 unless a side is float64 or the operator divides), comparisons of numbers with numbers
 * or of a type with itself (dates also with date text), logic on bools.
 */
public final class ExprTypes {
  private ExprTypes() {}

  /**
   * The type of {@code expr}, given each column's type.
   *
   * @throws IllegalArgumentException naming the expression, its columns and their types, when the
   *     expression cannot be evaluated on such columns
   */
  public static DType typeOf(Expr expr, Function<String, DType> columns) {
    if (expr instanceof Expr.Column column) {
      return columns.apply(column.name());
    }
    if (expr instanceof Expr.Literal literal) {
      return literalType(literal.value(), expr);
    }
    if (expr instanceof Expr.Binary binary) {
      return binaryType(binary, columns);
    }
    if (expr instanceof Expr.Not not) {
      requireBool(not.operand(), columns, expr);
      return DType.BOOL;
    }
    if (expr instanceof Expr.IsNull isNull) {
      typeOf(isNull.operand(), columns);
      return DType.BOOL;
    }
    if (expr instanceof Expr.IsIn isIn) {
      DType operand = typeOf(isIn.operand(), columns);
      for (Object value : isIn.values()) {
        boolean fits = operand.isNumeric() ? value instanceof Number
            : operand == DType.STRING && value instanceof String;
        if (!fits) {
          throw error(expr, columns, "isin on a " + operand + " value cannot match " + value
              + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")")
              + (operand.isNumeric() || operand == DType.STRING ? ""
                  : "; isin works on numbers and strings"));
        }
      }
      return DType.BOOL;
    }
    Expr.Function function = (Expr.Function) expr;
    DType operand = typeOf(function.operand(), columns);
    switch (function.function()) {
      case CONTAINS, STARTS_WITH -> {
        if (operand != DType.STRING) {
          throw error(expr, columns, function.function().name().toLowerCase(java.util.Locale.ROOT)
              + " needs a string, not " + operand);
        }
        return DType.BOOL;
      }
      default -> {
        if (operand != DType.DATE && operand != DType.DATETIME) {
          throw error(expr, columns, "a date part needs a date or datetime, not " + operand);
        }
        return DType.INT64;
      }
    }
  }

  /** Checks that {@code condition} is a true/false expression, as a filter needs. */
  public static void requireCondition(Expr condition, Function<String, DType> columns) {
    requireBool(condition, columns, condition);
  }

  private static DType binaryType(Expr.Binary binary, Function<String, DType> columns) {
    Expr.Op op = binary.op();
    if (op == Expr.Op.AND || op == Expr.Op.OR) {
      requireBool(binary.left(), columns, binary);
      requireBool(binary.right(), columns, binary);
      return DType.BOOL;
    }
    DType left = typeOf(binary.left(), columns);
    DType right = typeOf(binary.right(), columns);
    if (op.isArithmetic()) {
      if (!left.isNumeric() || !right.isNumeric()) {
        throw error(binary, columns, "arithmetic needs numbers, not " + left + " " + op + " "
            + right);
      }
      return left == DType.INT64 && right == DType.INT64 && op != Expr.Op.DIVIDE
          ? DType.INT64 : DType.FLOAT64;
    }
    boolean comparable = left.isNumeric() && right.isNumeric() || left == right
        || dateWithText(left, binary.right());
    if (!comparable) {
      throw error(binary, columns, "cannot compare " + left + " with " + right);
    }
    return DType.BOOL;
  }

  /** A date column compared with a date written as text, as pandas allows; the text must parse. */
  private static boolean dateWithText(DType left, Expr right) {
    if ((left == DType.DATE || left == DType.DATETIME) && right instanceof Expr.Literal literal
        && literal.value() instanceof String text) {
      Labels.toLiteral(text, left); // throws naming the text when it is not a date
      return true;
    }
    return false;
  }

  private static void requireBool(Expr expr, Function<String, DType> columns, Expr whole) {
    DType type = typeOf(expr, columns);
    if (type != DType.BOOL) {
      throw error(whole, columns, expr + " is " + type + ", where a true/false value is needed");
    }
  }

  private static DType literalType(Object value, Expr expr) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return DType.INT64;
    }
    if (value instanceof Double || value instanceof Float) {
      return DType.FLOAT64;
    }
    if (value instanceof Boolean) {
      return DType.BOOL;
    }
    if (value instanceof String) {
      return DType.STRING;
    }
    if (value instanceof LocalDate) {
      return DType.DATE;
    }
    if (value instanceof LocalDateTime) {
      return DType.DATETIME;
    }
    throw new IllegalArgumentException("the constant " + value + " in " + expr + " has the type "
        + (value == null ? "null" : value.getClass().getName()) + "; constants are numbers"
        + " (long, int, double), strings, booleans, LocalDate or LocalDateTime");
  }

  private static IllegalArgumentException error(
      Expr expr, Function<String, DType> columns, String problem) {
    StringBuilder types = new StringBuilder();
    for (String name : expr.columns()) {
      types.append(types.isEmpty() ? "" : ", ").append(name).append(": ")
          .append(columns.apply(name));
    }
    return new IllegalArgumentException("cannot evaluate " + expr + ": " + problem
        + (types.isEmpty() ? "" : " (columns " + types + ")"));
  }
}
