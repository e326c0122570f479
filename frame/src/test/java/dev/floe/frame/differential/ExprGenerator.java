package dev.floe.frame.differential;

import dev.floe.core.DType;
import dev.floe.core.Expr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-typed expressions over a {@link Shape}: numbers (columns, constants, arithmetic
 * bounded so int64 never overflows), conditions (every comparison, isin, null tests, text tests,
 * bool columns, {@code & | ~}) and date parts. Constants are often taken from the data, so that
 * equality and isin match rows.
 */
final class ExprGenerator {
  private static final long OVERFLOW_BOUND = 1L << 62;

  private final Random random;
  private final Values values;

  /** Where constants come from: a value of a column (null when none), or a random one. */
  interface Values {
    Object sample(Shape.Col column, Random random);
  }

  ExprGenerator(Random random, Values values) {
    this.random = random;
    this.values = values;
  }

  static Ex column(Shape.Col col) {
    return new Ex(Expr.col(col.name()), quote(col.name()), "col(\"" + col.name() + "\")",
        col.type(), col.missing(), col.nonFinite(), col.bound());
  }

  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static Ex literal(Object value) {
    DType type = value instanceof Long ? DType.INT64 : value instanceof Double ? DType.FLOAT64
        : value instanceof Boolean ? DType.BOOL : value instanceof LocalDate ? DType.DATE
        : DType.STRING;
    long bound = value instanceof Long l ? Math.abs(l)
        : value instanceof Double d && !d.isInfinite() ? (long) Math.ceil(Math.abs(d)) : 0;
    return new Ex(Expr.lit(value), Data.sqlLiteral(value), "lit(" + Data.javaLiteral(value) + ")",
        type, false,
        value instanceof Double d && d.isInfinite(), bound);
  }

  /** A number: a column, a constant or arithmetic, up to {@code depth} operators deep. */
  Ex number(Shape shape, int depth) {
    List<Shape.Col> numeric = shape.numeric();
    int pick = random.nextInt(10);
    if (depth > 0 && pick < 4) {
      Ex left = number(shape, depth - 1);
      Ex right = number(shape, depth - 1);
      Expr.Op op = Expr.Op.values()[random.nextInt(4)];
      return arithmetic(op, left, right);
    }
    if (!numeric.isEmpty() && pick < 8) {
      return column(numeric.get(random.nextInt(numeric.size())));
    }
    return literal(random.nextBoolean() ? (Object) (long) (random.nextInt(41) - 20)
        : (Object) (random.nextInt(401) / 4.0 - 50));
  }

  private Ex arithmetic(Expr.Op op, Ex left, Ex right) {
    boolean integer = left.type() == DType.INT64 && right.type() == DType.INT64
        && op != Expr.Op.DIVIDE;
    // The greatest magnitude the result may reach (a divisor from the data is at least 0.01).
    long bound = switch (op) {
      case MULTIPLY -> left.bound() == 0 || right.bound() == 0 ? 0
          : left.bound() > OVERFLOW_BOUND / right.bound() ? OVERFLOW_BOUND
          : left.bound() * right.bound();
      case DIVIDE -> Math.min(OVERFLOW_BOUND, left.bound() * 100);
      default -> Math.min(OVERFLOW_BOUND, left.bound() + right.bound());
    };
    if (integer && bound >= OVERFLOW_BOUND) {
      op = Expr.Op.DIVIDE; // int64 would overflow (Java wraps, SQL fails): divide instead
      integer = false;
    }
    Expr expr = new Expr.Binary(op, left.expr(), right.expr());
    String java = left.java() + "." + switch (op) {
      case ADD -> "plus";
      case SUBTRACT -> "minus";
      case MULTIPLY -> "times";
      default -> "div";
    } + "(" + right.java() + ")";
    String sql = "(" + left.sql() + " " + op + " " + right.sql() + ")";
    if (op == Expr.Op.DIVIDE) {
      sql = "(CAST(" + left.sql() + " AS DOUBLE) / " + right.sql() + ")";
    }
    boolean missing = left.missing() || right.missing() || !integer;
    return new Ex(expr, integer ? sql : "nn(" + sql + ")", java,
        integer ? DType.INT64 : DType.FLOAT64, missing, !integer, bound);
  }

  /** A true/false condition, up to {@code depth} logical operators deep. */
  Ex condition(Shape shape, int depth) {
    int pick = random.nextInt(12);
    if (depth > 0 && pick < 3) {
      Ex left = condition(shape, depth - 1);
      if (pick == 0) {
        return new Ex(left.expr().not(), "(NOT " + left.mask() + ")", left.java() + ".not()",
            DType.BOOL, false, false, 0);
      }
      Ex right = condition(shape, depth - 1);
      boolean and = pick == 1;
      return new Ex(and ? left.expr().and(right.expr()) : left.expr().or(right.expr()),
          "(" + left.mask() + (and ? " AND " : " OR ") + right.mask() + ")",
          left.java() + (and ? ".and(" : ".or(") + right.java() + ")", DType.BOOL, false, false,
          0);
    }
    Shape.Col col = shape.columns().get(random.nextInt(shape.columns().size()));
    Ex operand = column(col);
    return switch (pick % 6) {
      case 0 -> nullTest(operand);
      case 1 -> col.type() == DType.STRING ? textTest(operand, col)
          : col.type() == DType.BOOL ? operand : comparison(shape, operand, col);
      case 2 -> isIn(operand, col);
      default -> comparison(shape, operand, col);
    };
  }

  private Ex nullTest(Ex operand) {
    boolean isNull = random.nextBoolean();
    return new Ex(isNull ? operand.expr().isNull() : operand.expr().notNull(),
        "(" + operand.sql() + (isNull ? " IS NULL)" : " IS NOT NULL)"),
        operand.java() + (isNull ? ".isNull()" : ".notNull()"), DType.BOOL, false, false, 0);
  }

  private Ex textTest(Ex operand, Shape.Col col) {
    Object sample = values.sample(col, random);
    String text = sample instanceof String s && !s.isEmpty()
        ? s.substring(0, Math.min(s.length(), random.nextInt(3))) : "a";
    if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      text = text.substring(0, text.length() - 1); // a whole code point, never half
    }
    boolean contains = random.nextBoolean();
    String sql = (contains ? "contains(" : "starts_with(") + operand.sql() + ", "
        + Data.sqlLiteral(text) + ")";
    return new Ex(contains ? operand.expr().contains(text) : operand.expr().startsWith(text),
        "COALESCE(" + sql + ", false)", operand.java() + (contains ? ".contains(" : ".startsWith(")
        + Data.javaLiteral(text) + ")", DType.BOOL, false, false, 0);
  }

  private Ex isIn(Ex operand, Shape.Col col) {
    if (!(col.type().isNumeric() || col.type() == DType.STRING)) {
      return nullTest(operand); // isin is defined on numbers and strings only
    }
    List<Object> set = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      Object value = constantFor(col);
      if (value != null) {
        set.add(value);
      }
    }
    if (set.isEmpty()) {
      return new Ex(operand.expr().isin(), "false", operand.java() + ".isin()", DType.BOOL, false,
          false, 0);
    }
    List<String> sql = set.stream().map(Data::sqlLiteral).toList();
    List<String> java = set.stream().map(Data::javaLiteral).toList();
    return new Ex(operand.expr().isin(set.toArray()),
        "COALESCE(" + operand.sql() + " IN (" + String.join(", ", sql) + "), false)",
        operand.java() + ".isin(" + String.join(", ", java) + ")", DType.BOOL, false, false, 0);
  }

  private Ex comparison(Shape shape, Ex operand, Shape.Col col) {
    Ex other;
    if (col.type().isNumeric()) {
      other = random.nextInt(3) == 0 ? number(shape, 1) : literal(constantFor(col));
    } else if (random.nextInt(4) == 0) {
      List<Shape.Col> same = shape.ofType(col.type());
      other = column(same.get(random.nextInt(same.size())));
    } else {
      Object value = constantFor(col);
      other = literal(value);
      if (col.type() == DType.DATE && random.nextBoolean()) { // a date written as text
        other = new Ex(Expr.lit(value.toString()), Data.sqlLiteral(value),
            Data.javaLiteral(value.toString()), DType.DATE, false, false, 0);
      }
    }
    Expr.Op op = Expr.Op.values()[Expr.Op.EQ.ordinal() + random.nextInt(6)];
    String method = switch (op) {
      case EQ -> "eq";
      case NE -> "ne";
      case LT -> "lt";
      case LE -> "le";
      case GT -> "gt";
      default -> "ge";
    };
    String sqlOp = op == Expr.Op.EQ ? "=" : op == Expr.Op.NE ? "<>" : op.toString();
    return new Ex(new Expr.Binary(op, operand.expr(), other.expr()),
        "COALESCE(" + operand.sql() + " " + sqlOp + " " + other.sql() + ", "
            + (op == Expr.Op.NE) + ")",
        operand.java() + "." + method + "(" + other.java() + ")", DType.BOOL, false, false, 0);
  }

  /** A constant of the column's type, usually one of its values. */
  Object constantFor(Shape.Col col) {
    Object sample = random.nextInt(4) == 0 ? null : values.sample(col, random);
    if (sample != null) {
      return sample;
    }
    return switch (col.type()) {
      case INT64 -> (long) (random.nextInt(41) - 20);
      case FLOAT64 -> random.nextInt(401) / 4.0 - 50;
      case BOOL -> random.nextBoolean();
      case DATE -> LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3000));
      default -> List.of("a", "b", "zz", "é", "日本").get(random.nextInt(5));
    };
  }

  /** A value for a new column: a number, a condition, a date part or a copy of a column. */
  Ex value(Shape shape) {
    List<Shape.Col> dates = shape.ofType(DType.DATE);
    int pick = random.nextInt(10);
    if (pick < 2 && !dates.isEmpty()) {
      Ex date = column(dates.get(random.nextInt(dates.size())));
      String[][] parts = {{"year", "year"}, {"month", "month"}, {"day", "day"},
          {"dayOfWeek", "isodow"}};
      String[] part = parts[random.nextInt(parts.length)];
      Expr expr = switch (part[0]) {
        case "year" -> date.expr().year();
        case "month" -> date.expr().month();
        case "day" -> date.expr().day();
        default -> date.expr().dayOfWeek();
      };
      String sql = part[1] + "(" + date.sql() + ")" + (part[0].equals("dayOfWeek") ? " - 1" : "");
      return new Ex(expr, "(" + sql + ")", date.java() + "." + part[0] + "()", DType.INT64,
          date.missing(), false, 10_000);
    }
    if (pick < 5) {
      return condition(shape, 1);
    }
    if (pick < 6) {
      return column(shape.columns().get(random.nextInt(shape.columns().size())));
    }
    return number(shape, 2);
  }
}
