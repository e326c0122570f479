package dev.floe.core;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A column expression: a column, a literal, or an operation on expressions. Expressions are
 * immutable values (records), so equal expressions hash to equal task keys.
 *
 * <pre>{@code
 * import static dev.floe.core.Expr.col;
 * col("Cancelled").eq(0).and(col("DepDelay").gt(15))
 * }</pre>
 */
public sealed interface Expr extends Serializable
    permits Expr.Column, Expr.Literal, Expr.Binary, Expr.Not, Expr.IsNull, Expr.IsIn,
        Expr.Function {

  /** A column by name. */
  static Expr col(String name) {
    return new Column(name);
  }

  /** A constant: a number, a string, a boolean, a date… */
  static Expr lit(Object value) {
    return new Literal(value);
  }

  /** The operators of binary expressions. */
  enum Op {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("&"), OR("|");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** Whether the operator compares its sides and yields a boolean. */
    public boolean isComparison() {
      return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
    }

    /** Whether the operator is arithmetic. */
    public boolean isArithmetic() {
      return ordinal() <= DIVIDE.ordinal();
    }

    @Override
    public String toString() {
      return symbol;
    }
  }

  /** A column reference. */
  record Column(String name) implements Expr {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A constant value. */
  record Literal(Object value) implements Expr {
    @Override
    public String toString() {
      return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
  }

  /** {@code left op right}. */
  record Binary(Op op, Expr left, Expr right) implements Expr {
    @Override
    public String toString() {
      return "(" + left + " " + op + " " + right + ")";
    }
  }

  /** Logical negation. */
  record Not(Expr operand) implements Expr {
    @Override
    public String toString() {
      return "~" + operand;
    }
  }

  /** Whether the operand is missing. */
  record IsNull(Expr operand) implements Expr {
    @Override
    public String toString() {
      return operand + ".isnull()";
    }
  }

  /** Whether the operand is one of the values. */
  record IsIn(Expr operand, List<Object> values) implements Expr {
    /** Copies the values. */
    public IsIn {
      values = List.copyOf(values);
    }

    @Override
    public String toString() {
      return operand + ".isin(" + values + ")";
    }
  }

  /** Functions of one value (and constant arguments), with pandas' names and meanings. */
  enum Fn {
    /** Text: whether it contains the argument. */
    CONTAINS,
    /** Text: whether it starts with the argument. */
    STARTS_WITH,
    /** Date or date-time: the year. */
    YEAR,
    /** Date or date-time: the month, 1–12. */
    MONTH,
    /** Date or date-time: the day of the month, 1–31. */
    DAY,
    /** Date or date-time: the day of the week, Monday 0 to Sunday 6 (pandas' dayofweek). */
    DAY_OF_WEEK,
    /** Date-time: the hour, 0–23. */
    HOUR
  }

  /** {@code function(operand, arguments…)}. */
  record Function(Fn function, Expr operand, List<Object> arguments) implements Expr {
    /** Copies the arguments. */
    public Function {
      arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
      return operand + "." + function.name().toLowerCase(java.util.Locale.ROOT) + arguments;
    }
  }

  /** Text: whether the value contains {@code text}. */
  default Expr contains(String text) {
    return new Function(Fn.CONTAINS, this, List.of(text));
  }

  /** Text: whether the value starts with {@code prefix}. */
  default Expr startsWith(String prefix) {
    return new Function(Fn.STARTS_WITH, this, List.of(prefix));
  }

  /** Dates: the year. */
  default Expr year() {
    return new Function(Fn.YEAR, this, List.of());
  }

  /** Dates: the month, 1–12. */
  default Expr month() {
    return new Function(Fn.MONTH, this, List.of());
  }

  /** Dates: the day of the month. */
  default Expr day() {
    return new Function(Fn.DAY, this, List.of());
  }

  /** Dates: the day of the week, Monday 0 to Sunday 6, as pandas' {@code dt.dayofweek}. */
  default Expr dayOfWeek() {
    return new Function(Fn.DAY_OF_WEEK, this, List.of());
  }

  /** Date-times: the hour of the day. */
  default Expr hour() {
    return new Function(Fn.HOUR, this, List.of());
  }

  private static Expr wrap(Object value) {
    return value instanceof Expr expr ? expr : lit(value);
  }

  /** {@code this == other}; {@code other} is an expression or a constant. */
  default Expr eq(Object other) {
    return new Binary(Op.EQ, this, wrap(other));
  }

  /** {@code this != other}. */
  default Expr ne(Object other) {
    return new Binary(Op.NE, this, wrap(other));
  }

  /** {@code this < other}. */
  default Expr lt(Object other) {
    return new Binary(Op.LT, this, wrap(other));
  }

  /** {@code this <= other}. */
  default Expr le(Object other) {
    return new Binary(Op.LE, this, wrap(other));
  }

  /** {@code this > other}. */
  default Expr gt(Object other) {
    return new Binary(Op.GT, this, wrap(other));
  }

  /** {@code this >= other}. */
  default Expr ge(Object other) {
    return new Binary(Op.GE, this, wrap(other));
  }

  /** {@code this + other}. */
  default Expr plus(Object other) {
    return new Binary(Op.ADD, this, wrap(other));
  }

  /** {@code this - other}. */
  default Expr minus(Object other) {
    return new Binary(Op.SUBTRACT, this, wrap(other));
  }

  /** {@code this * other}. */
  default Expr times(Object other) {
    return new Binary(Op.MULTIPLY, this, wrap(other));
  }

  /** {@code this / other} (true division, as in pandas). */
  default Expr div(Object other) {
    return new Binary(Op.DIVIDE, this, wrap(other));
  }

  /** Both are true. */
  default Expr and(Expr other) {
    return new Binary(Op.AND, this, other);
  }

  /** Either is true. */
  default Expr or(Expr other) {
    return new Binary(Op.OR, this, other);
  }

  /** Not true. */
  default Expr not() {
    return new Not(this);
  }

  /** Whether the value is missing. */
  default Expr isNull() {
    return new IsNull(this);
  }

  /** Whether the value is present. */
  default Expr notNull() {
    return new Not(new IsNull(this));
  }

  /** Whether the value is one of {@code values}. */
  default Expr isin(Object... values) {
    return new IsIn(this, Arrays.asList(values));
  }

  /** The columns this expression reads, in the order they first appear. */
  default Set<String> columns() {
    Set<String> names = new LinkedHashSet<>();
    collectColumns(this, names);
    return names;
  }

  private static void collectColumns(Expr expr, Set<String> names) {
    if (expr instanceof Column column) {
      names.add(column.name());
    } else if (expr instanceof Binary binary) {
      collectColumns(binary.left(), names);
      collectColumns(binary.right(), names);
    } else if (expr instanceof Not not) {
      collectColumns(not.operand(), names);
    } else if (expr instanceof IsNull isNull) {
      collectColumns(isNull.operand(), names);
    } else if (expr instanceof IsIn isIn) {
      collectColumns(isIn.operand(), names);
    } else if (expr instanceof Function function) {
      collectColumns(function.operand(), names);
    }
  }
}
