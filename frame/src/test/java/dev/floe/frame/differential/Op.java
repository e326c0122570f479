package dev.floe.frame.differential;

import static dev.floe.frame.differential.ExprGenerator.quote;

import dev.floe.frame.DataFrame;
import dev.floe.frame.JoinKind;
import dev.floe.frame.plan.ExprTypes;
import dev.floe.core.DType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.NumericColumn;

/**
 * One frame-to-frame step of a generated pipeline, in its three forms: applied to a Floe
 * DataFrame, as SQL over the previous step's query, and as the Java a user writes. Every SQL query
 * carries a {@code rid} column: the row's place in the frame's order when that is defined.
 */
sealed interface Op {
  /** The shape after this step; throws {@link Shape.Invalid} when the step does not apply. */
  Shape shape(Shape in);

  /** The step on a Floe frame; {@code right} is the merge partner. */
  DataFrame apply(DataFrame frame, DataFrame right);

  /** The SQL of the step over the query {@code from}, whose shape is {@code in}. */
  String sql(String from, Shape in);

  /** The Java method call, starting with the dot. */
  String java();

  private static String columnsSql(Shape shape) {
    return shape.names().stream().map(ExprGenerator::quote).collect(Collectors.joining(", "));
  }

  private static void checkExpr(Ex ex, Shape in) {
    try {
      ExprTypes.typeOf(ex.expr(), name -> in.col(name).type());
    } catch (IllegalArgumentException e) {
      throw new Shape.Invalid(e.getMessage());
    }
  }

  /** {@code select(names...)}. */
  record Select(List<String> names) implements Op {
    @Override
    public Shape shape(Shape in) {
      return in.withColumns(names.stream().map(in::col).toList());
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.select(names.toArray(new String[0]));
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT rid, " + names.stream().map(ExprGenerator::quote)
          .collect(Collectors.joining(", ")) + " FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".select(" + names.stream().map(n -> "\"" + n + "\"")
          .collect(Collectors.joining(", ")) + ")";
    }
  }

  /** {@code filter(condition)}. */
  record Filter(Ex condition) implements Op {
    @Override
    public Shape shape(Shape in) {
      checkExpr(condition, in);
      return in;
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.filter(condition.expr());
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT * FROM (" + from + ") q WHERE " + condition.mask();
    }

    @Override
    public String java() {
      return ".filter(" + condition.java() + ")";
    }
  }

  /** {@code withColumn(name, value)}. */
  record WithColumn(String name, Ex value) implements Op {
    @Override
    public Shape shape(Shape in) {
      checkExpr(value, in);
      return in.with(value.asColumn(name));
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.withColumn(name, value.expr());
    }

    @Override
    public String sql(String from, Shape in) {
      return in.find(name).isPresent()
          ? "SELECT * REPLACE (" + value.sql() + " AS " + quote(name) + ") FROM (" + from + ") q"
          : "SELECT *, " + value.sql() + " AS " + quote(name) + " FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".withColumn(\"" + name + "\", " + value.java() + ")";
    }
  }

  /**
   * {@code astype(column, type)}: int64 → float64 or string, bool → int64 or string, float64 →
   * int64 where every value is finite and present (Floe refuses others, as pandas does), date →
   * string. float64 → string is left out: Floe writes floats as Java does (pandas as Python's
   * repr), and SQL has neither form to compare with.
   */
  record AsType(String column, DType type) implements Op {
    static boolean allowed(Shape.Col col, DType to) {
      return switch (col.type()) {
        case INT64 -> to == DType.FLOAT64 || to == DType.STRING;
        case BOOL -> to == DType.INT64 || to == DType.STRING;
        case FLOAT64 -> to == DType.INT64 && !col.missing() && !col.nonFinite();
        case DATE, STRING -> to == DType.STRING;
        default -> false;
      };
    }

    @Override
    public Shape shape(Shape in) {
      Shape.Col col = in.col(column);
      if (!allowed(col, type)) {
        throw new Shape.Invalid("astype " + col + " to " + type);
      }
      long bound = type == DType.INT64 && col.type() == DType.FLOAT64 ? Generator.FLOAT_BOUND
          : type == DType.STRING ? 0 : Math.max(1, col.bound());
      return in.with(new Shape.Col(column, type, col.missing(), false, bound));
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.astype(column, type);
    }

    @Override
    public String sql(String from, Shape in) {
      String c = quote(column);
      String value = switch (in.col(column).type()) {
        case INT64 -> type == DType.FLOAT64 ? "CAST(" + c + " AS DOUBLE)"
            : "CAST(" + c + " AS VARCHAR)";
        case BOOL -> type == DType.INT64 ? "CAST(" + c + " AS BIGINT)"
            : "CASE WHEN " + c + " THEN 'True' WHEN NOT " + c + " THEN 'False' END";
        case FLOAT64 -> "CAST(trunc(" + c + ") AS BIGINT)";
        case DATE -> "strftime(" + c + ", '%Y-%m-%d')";
        default -> c;
      };
      return "SELECT * REPLACE (" + value + " AS " + c + ") FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".astype(\"" + column + "\", DType." + type.name() + ")";
    }
  }

  /** {@code fillNa(column, value)}. */
  record FillNa(String column, Object value) implements Op {
    @Override
    public Shape shape(Shape in) {
      Shape.Col col = in.col(column);
      boolean fits = switch (col.type()) {
        case INT64, FLOAT64 -> value instanceof Long || value instanceof Double;
        case STRING -> value instanceof String;
        case BOOL -> value instanceof Boolean;
        case DATE -> value instanceof LocalDate;
        default -> false;
      };
      if (!fits) {
        throw new Shape.Invalid("fillNa " + col + " with " + value);
      }
      DType type = col.type() == DType.INT64 && value instanceof Double ? DType.FLOAT64
          : col.type();
      long bound = Math.max(col.bound(), value instanceof Long l ? Math.abs(l) : 0);
      return in.with(new Shape.Col(column, type, false, col.nonFinite(), bound));
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.fillNa(column, value);
    }

    @Override
    public String sql(String from, Shape in) {
      String c = quote(column);
      String filled = in.col(column).type() == DType.FLOAT64 || value instanceof Double
          ? "COALESCE(CAST(" + c + " AS DOUBLE), " + Data.sqlLiteral(value) + ")"
          : "COALESCE(" + c + ", " + Data.sqlLiteral(value) + ")";
      return "SELECT * REPLACE (" + filled + " AS " + c + ") FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".fillNa(\"" + column + "\", " + Data.javaLiteral(value) + ")";
    }
  }

  /** {@code dropNa(subset...)}; an empty subset means every column. */
  record DropNa(List<String> subset) implements Op {
    @Override
    public Shape shape(Shape in) {
      List<String> names = subset.isEmpty() ? in.names() : subset;
      List<Shape.Col> next = new ArrayList<>();
      for (Shape.Col col : in.columns()) {
        next.add(names.contains(col.name())
            ? new Shape.Col(col.name(), col.type(), false, col.nonFinite(), col.bound()) : col);
      }
      names.forEach(in::col);
      return in.withColumns(next);
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return subset.isEmpty() ? frame.dropNa() : frame.dropNa(subset.toArray(new String[0]));
    }

    @Override
    public String sql(String from, Shape in) {
      List<String> names = subset.isEmpty() ? in.names() : subset;
      return "SELECT * FROM (" + from + ") q WHERE " + names.stream()
          .map(n -> quote(n) + " IS NOT NULL").collect(Collectors.joining(" AND "));
    }

    @Override
    public String java() {
      return ".dropNa(" + subset.stream().map(n -> "\"" + n + "\"")
          .collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * {@code mapPartitions(function)} with three functions: the identity, a copy, and a copy with
   * a new float64 column {@code m} = twice a numeric column (Tablesaw's own arithmetic).
   */
  record MapPartitions(String kind, String column) implements Op {
    @Override
    public Shape shape(Shape in) {
      if (kind.equals("double")) {
        Shape.Col col = in.col(column);
        if (!col.type().isNumeric() || in.find("m").isPresent()) {
          throw new Shape.Invalid("double " + column);
        }
        return in.with(new Shape.Col("m", DType.FLOAT64, true, true, 2 * col.bound()));
      }
      return in;
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      String source = column;
      return switch (kind) {
        case "identity" -> frame.mapPartitions(t -> t);
        case "copy" -> frame.mapPartitions(t -> t.copy());
        default -> frame.mapPartitions(t -> t.copy().addColumns(
            ((NumericColumn<?>) t.column(source)).multiply(2).setName("m")));
      };
    }

    @Override
    public String sql(String from, Shape in) {
      return kind.equals("double")
          ? "SELECT *, nn(CAST(" + quote(column) + " AS DOUBLE) * 2) AS m FROM (" + from + ") q"
          : "SELECT * FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return switch (kind) {
        case "identity" -> ".mapPartitions(t -> t)";
        case "copy" -> ".mapPartitions(t -> t.copy())";
        default -> ".mapPartitions(t -> t.copy().addColumns(((NumericColumn<?>) t.column(\""
            + column + "\")).multiply(2).setName(\"m\")))";
      };
    }
  }

  /** {@code repartition(n)}: the same rows in the same order. */
  record Repartition(int partitions) implements Op {
    @Override
    public Shape shape(Shape in) {
      return in;
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.repartition(partitions);
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT * FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".repartition(" + partitions + ")";
    }
  }

  /**
   * {@code sortValues(column, ascending)}: stable, missing last. The order becomes defined when
   * it was before; over rows in no defined order, ties are in no defined order either.
   */
  record SortValues(String column, boolean ascending) implements Op {
    @Override
    public Shape shape(Shape in) {
      in.col(column);
      return in;
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return frame.sortValues(column, ascending);
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT * REPLACE (row_number() OVER (ORDER BY " + quote(column)
          + (ascending ? " ASC" : " DESC") + " NULLS LAST, rid) AS rid) FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".sortValues(\"" + column + "\", " + ascending + ")";
    }
  }

  /**
   * {@code dropDuplicates(subset...)}: the first row of each; the order is no longer defined.
   * Only over rows in a defined order, since otherwise which row is first is not defined.
   */
  record DropDuplicates(List<String> subset) implements Op {
    @Override
    public Shape shape(Shape in) {
      if (!in.ordered()) {
        throw new Shape.Invalid("first of each duplicate among unordered rows");
      }
      subset.forEach(in::col);
      return in.withOrdered(false);
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      return subset.isEmpty() ? frame.dropDuplicates()
          : frame.dropDuplicates(subset.toArray(new String[0]));
    }

    @Override
    public String sql(String from, Shape in) {
      List<String> names = subset.isEmpty() ? in.names() : subset;
      return "SELECT * FROM (" + from + ") q QUALIFY row_number() OVER (PARTITION BY "
          + names.stream().map(ExprGenerator::quote).collect(Collectors.joining(", "))
          + " ORDER BY rid) = 1";
    }

    @Override
    public String java() {
      return ".dropDuplicates(" + subset.stream().map(n -> "\"" + n + "\"")
          .collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * {@code merge(u, how, keys...)} with the second table {@code u}: missing keys match each
   * other (pandas), a key appears once, other shared names get {@code _x}/{@code _y}.
   */
  record Merge(List<Shape.Col> right, JoinKind how, List<String> keys) implements Op {
    @Override
    public Shape shape(Shape in) {
      if (in.merged()) {
        throw new Shape.Invalid("one merge per pipeline");
      }
      for (String key : keys) {
        DType rightType = right.stream().filter(c -> c.name().equals(key)).findFirst()
            .orElseThrow(() -> new Shape.Invalid("right has no " + key)).type();
        if (in.col(key).type() != rightType) {
          throw new Shape.Invalid("key types differ: " + key);
        }
      }
      List<Shape.Col> columns = new ArrayList<>();
      for (String[] output : outputs(in)) {
        Shape.Col left = in.find(output[1]).orElse(null);
        Shape.Col other = right.stream().filter(c -> c.name().equals(output[1])).findFirst()
            .orElse(null);
        Shape.Col source = output[0].equals("l") ? left : other;
        boolean key = output[0].equals("k"); // values from both sides
        columns.add(new Shape.Col(output[2], source.type(), true,
            source.nonFinite() || key && left.nonFinite(),
            key ? Math.max(left.bound(), other.bound()) : source.bound()));
      }
      return new Shape(columns, false, true);
    }

    /** Each output column: side ("l", "r" or "k" for a key), source name, output name. */
    private List<String[]> outputs(Shape in) {
      List<String> rightNames = right.stream().map(Shape.Col::name).toList();
      List<String[]> outputs = new ArrayList<>();
      for (String name : in.names()) {
        if (keys.contains(name)) {
          outputs.add(new String[] {"k", name, name});
        } else {
          outputs.add(new String[] {"l", name, rightNames.contains(name) ? name + "_x" : name});
        }
      }
      for (String name : rightNames) {
        if (!keys.contains(name)) {
          outputs.add(new String[] {"r", name, in.names().contains(name) ? name + "_y" : name});
        }
      }
      return outputs;
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame other) {
      return frame.merge(other, how, keys.toArray(new String[0]));
    }

    @Override
    public String sql(String from, Shape in) {
      List<String> select = new ArrayList<>();
      for (String[] output : outputs(in)) {
        String source = quote(output[1]);
        String value = switch (output[0]) {
          case "l" -> "l." + source;
          case "r" -> "r." + source;
          // pandas takes the left row's key where there is one (-0.0 matched with 0.0 stays
          // -0.0), the right's where there is none
          default -> "COALESCE(l." + source + ", r." + source + ")";
        };
        select.add(value + " AS " + quote(output[2]));
      }
      String join = switch (how) {
        case INNER -> "INNER";
        case LEFT -> "LEFT";
        case RIGHT -> "RIGHT";
        case OUTER -> "FULL OUTER";
      };
      return "SELECT row_number() OVER () AS rid, " + String.join(", ", select) + " FROM ("
          + from + ") l " + join + " JOIN (SELECT * FROM u) r ON " + keys.stream()
          .map(k -> "l." + quote(k) + " IS NOT DISTINCT FROM r." + quote(k))
          .collect(Collectors.joining(" AND "));
    }

    @Override
    public String java() {
      return ".merge(u, JoinKind." + how.name() + ", " + keys.stream().map(k -> "\"" + k + "\"")
          .collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * {@code setIndex(column).loc(label)} or {@code .loc(from, to)}, then {@code resetIndex()}: the
   * rows whose value matches, sorted by it, the column first.
   */
  record SetIndexLoc(String column, Object from, Object to, boolean single) implements Op {
    @Override
    public Shape shape(Shape in) {
      Shape.Col col = in.col(column);
      List<Shape.Col> next = new ArrayList<>();
      next.add(col);
      in.columns().stream().filter(c -> !c.name().equals(column)).forEach(next::add);
      return new Shape(next, in.ordered(), in.merged()); // ties keep an undefined order's
    }

    @Override
    public DataFrame apply(DataFrame frame, DataFrame right) {
      DataFrame indexed = frame.setIndex(column);
      return (single ? indexed.loc(from) : indexed.loc(from, to)).resetIndex();
    }

    @Override
    public String sql(String from, Shape in) {
      String c = quote(column);
      // A bound compares: missing values are outside any range with a bound, inside loc(null, null)
      String where = single ? c + " = " + Data.sqlLiteral(this.from)
          : this.from == null && to == null ? "true"
          : (this.from == null ? "true" : c + " >= " + Data.sqlLiteral(this.from)) + " AND "
              + (to == null ? "true" : c + " <= " + Data.sqlLiteral(to));
      List<String> rest = new ArrayList<>(in.names());
      rest.remove(column);
      return "SELECT row_number() OVER (ORDER BY " + c + " NULLS LAST, rid) AS rid, " + c
          + (rest.isEmpty() ? "" : ", " + rest.stream().map(ExprGenerator::quote)
              .collect(Collectors.joining(", "))) + " FROM (" + from + ") q WHERE " + where;
    }

    @Override
    public String java() {
      return ".setIndex(\"" + column + "\").loc(" + Data.javaLiteral(from)
          + (single ? "" : ", " + Data.javaLiteral(to)) + ").resetIndex()";
    }
  }
}
