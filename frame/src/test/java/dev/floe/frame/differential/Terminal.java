package dev.floe.frame.differential;

import dev.floe.core.DType;
import static dev.floe.frame.differential.ExprGenerator.quote;

import dev.floe.frame.DataFrame;
import dev.floe.frame.GroupBy;
import dev.floe.frame.Aggregation;
import dev.floe.runtime.lazy.Lazy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The result a generated pipeline asks for, in Floe, in SQL and in Java. */
sealed interface Terminal {
  /** Throws {@link Shape.Invalid} when the result cannot be asked of this shape. */
  void check(Shape in);

  /** Computes the result on Floe: a Tablesaw table or a number. */
  default Object run(DataFrame frame) {
    return lazy(frame).compute();
  }

  /** The result as a lazy value, to compute with others; null for results computed at once. */
  default Lazy<?> lazy(DataFrame frame) {
    return null;
  }

  /** The SQL giving the same rows. */
  String sql(String from, Shape in);

  /** Whether the rows come in a defined order (compared in order, else as multisets). */
  default boolean ordered(Shape in) {
    return true;
  }

  /** The result's column names, or null for a number. */
  default List<String> names(Shape in) {
    return null;
  }

  /** The Java call, starting with the dot. */
  String java();

  /** {@code compute()}: every row. */
  record Compute() implements Terminal {
    @Override
    public void check(Shape in) {}

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      return frame.toLazy();
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT " + in.names().stream().map(ExprGenerator::quote)
          .collect(Collectors.joining(", ")) + " FROM (" + from + ") q ORDER BY rid";
    }

    @Override
    public boolean ordered(Shape in) {
      return in.ordered();
    }

    @Override
    public List<String> names(Shape in) {
      return in.names();
    }

    @Override
    public String java() {
      return ".compute()";
    }
  }

  /** {@code head(n)}: the first rows of an ordered frame. */
  record Head(int n) implements Terminal {
    @Override
    public void check(Shape in) {
      if (!in.ordered()) {
        throw new Shape.Invalid("head of unordered rows");
      }
    }

    @Override
    public Object run(DataFrame frame) {
      return frame.head(n);
    }

    @Override
    public String sql(String from, Shape in) {
      return new Compute().sql(from, in) + " LIMIT " + n;
    }

    @Override
    public List<String> names(Shape in) {
      return in.names();
    }

    @Override
    public String java() {
      return ".head(" + n + ")";
    }
  }

  /** {@code length()}. */
  record Length() implements Terminal {
    @Override
    public void check(Shape in) {}

    @Override
    public Object run(DataFrame frame) {
      return frame.length();
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT count(*) FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".length()";
    }
  }

  /** The SQL of an aggregation of {@code value} (ordered by {@code rid} for first and last). */
  static String aggregateSql(Aggregation aggregation, String value) {
    String v = quote(value);
    return switch (aggregation) {
      case MEAN -> "nn(avg(" + v + "))";
      case SUM -> "COALESCE(nn(sum(" + v + ")), CASE WHEN count(" + v + ") = 0 THEN 0 END)";
      case COUNT -> "count(" + v + ")";
      case SIZE -> "count(*)";
      case MIN -> "min(" + v + ")";
      case MAX -> "max(" + v + ")";
      case STD -> "nn(stddev_samp(" + v + "))";
      case VAR -> "nn(var_samp(" + v + "))";
      case FIRST -> "arg_min(" + v + ", rid) FILTER (WHERE " + v + " IS NOT NULL)";
      case LAST -> "arg_max(" + v + ", rid) FILTER (WHERE " + v + " IS NOT NULL)";
      case MEDIAN -> "quantile_cont(" + v + ", 0.5)";
    };
  }

  /**
   * Whether an aggregation of {@code col} can be compared: not when its values may reach 2^40 and
   * the answer depends on the order of rounding — var and std of int64 (pandas converts to
   * float64 first, DuckDB rounds at each step of its update), and also sum and mean of float64
   * (their rounding depends on the order of the additions, so values near 2^53 that cancel leave
   * different remainders in each engine).
   */
  static boolean roundingComparable(Shape.Col col, Aggregation aggregation) {
    boolean spread = aggregation == Aggregation.VAR || aggregation == Aggregation.STD
        || aggregation == Aggregation.MEDIAN; // interpolated in float64 or in the input type
    boolean total = aggregation == Aggregation.SUM || aggregation == Aggregation.MEAN;
    return col.bound() < (1L << 40)
        || !(spread || total && col.type() == dev.floe.core.DType.FLOAT64);
  }

  /** {@code col(c).mean()} and the other reductions of one column. */
  record Reduce(String column, Aggregation aggregation) implements Terminal {
    @Override
    public void check(Shape in) {
      if (!in.col(column).type().isNumeric()
          || !roundingComparable(in.col(column), aggregation)) {
        throw new Shape.Invalid("reduce " + column);
      }
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      var series = frame.column(column);
      return switch (aggregation) {
        case MEAN -> series.mean();
        case SUM -> series.sum();
        case MIN -> series.min();
        case MAX -> series.max();
        case STD -> series.std();
        case VAR -> series.var();
        default -> series.count();
      };
    }

    @Override
    public String sql(String from, Shape in) {
      return "SELECT " + aggregateSql(aggregation, column) + " FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".column(\"" + column + "\")." + aggregation + "().compute()";
    }
  }

  /**
   * {@code groupBy(keys).dropna(d).column(v).agg(...)} or {@code .size()}: groups sorted by key,
   * missing keys last.
   */
  record GroupAgg(List<String> keys, boolean dropna, boolean sort, String value,
      List<Aggregation> aggregations, String second) implements Grouped {
    @Override
    public void check(Shape in) {
      keys.forEach(in::col);
      if (value != null && (!in.col(value).type().isNumeric() || keys.contains(value))) {
        throw new Shape.Invalid("aggregate " + value);
      }
      if (value != null
          && !aggregations.stream().allMatch(a -> roundingComparable(in.col(value), a))) {
        throw new Shape.Invalid("spread of values near 2^53");
      }
      if (second != null && (!in.col(second).type().isNumeric() || keys.contains(second)
          || second.equals(value)
          || !aggregations.stream().allMatch(a -> roundingComparable(in.col(second), a)))) {
        throw new Shape.Invalid("aggregate " + second + " too");
      }
      if (!in.ordered() && aggregations.stream()
          .anyMatch(a -> a == Aggregation.FIRST || a == Aggregation.LAST)) {
        throw new Shape.Invalid("first/last of unordered rows");
      }
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      GroupBy groups = frame.groupBy(keys.toArray(new String[0])).dropna(dropna).sort(sort);
      if (second != null) {
        Map<String, List<Aggregation>> both = new LinkedHashMap<>();
        both.put(value, aggregations);
        both.put(second, aggregations);
        return groups.agg(both);
      }
      return value == null ? groups.size()
          : groups.column(value).agg(aggregations.toArray(new Aggregation[0]));
    }

    @Override
    public String sql(String from, Shape in) {
      String keyList = keys.stream().map(ExprGenerator::quote).collect(Collectors.joining(", "));
      List<String> values = new ArrayList<>();
      if (value == null) {
        values.add("count(*)");
      } else {
        aggregations.forEach(a -> values.add(aggregateSql(a, value)));
        if (second != null) {
          aggregations.forEach(a -> values.add(aggregateSql(a, second)));
        }
      }
      return "SELECT " + keyList + ", " + String.join(", ", values) + " FROM "
          + groupedFrom(keys, dropna, from, null) + " GROUP BY " + keyList + " ORDER BY "
          + keyOrder(keys);
    }

    @Override
    public List<String> names(Shape in) {
      List<String> names = new ArrayList<>(keys);
      if (value == null) {
        names.add("size");
      } else {
        for (String column : second == null ? List.of(value) : List.of(value, second)) {
          if (aggregations.size() == 1) {
            names.add(column);
          } else {
            aggregations.forEach(a -> names.add(column + "_" + a));
          }
        }
      }
      return names;
    }

    @Override
    public String java() {
      String groups = groupsJava(keys, dropna, sort);
      String list = aggregations.stream().map(a -> "Aggregation." + a.name())
          .collect(Collectors.joining(", "));
      if (second != null) {
        return groups + ".agg(new java.util.LinkedHashMap<>() {{ put(\"" + value
            + "\", List.of(" + list + ")); put(\"" + second + "\", List.of(" + list
            + ")); }}).compute()";
      }
      return groups + (value == null ? ".size()" : ".column(\"" + value + "\").agg(" + list
          + ")") + ".compute()";
    }
  }

  /** A group-by terminal: sorted groups compare in order, unsorted ones (first appearance) as a multiset. */
  sealed interface Grouped extends Terminal permits GroupAgg, GroupCoMoments, GroupTop {
    boolean sort();

    @Override
    default boolean ordered(Shape in) {
      return sort();
    }
  }

  /** The SQL grouping of the group terminals: keys, missing keys left out when asked. */
  static String groupedFrom(List<String> keys, boolean dropna, String from, String also) {
    String where = (dropna ? keys.stream().map(k -> quote(k) + " IS NOT NULL") : Stream.<String>of())
        .collect(Collectors.joining(" AND "));
    if (also != null) {
      where = where.isEmpty() ? also : where + " AND " + also;
    }
    return "(" + from + ") q" + (where.isEmpty() ? "" : " WHERE " + where);
  }

  static String keyOrder(List<String> keys) {
    return keys.stream().map(k -> quote(k) + " ASC NULLS LAST").collect(Collectors.joining(", "));
  }

  static String groupsJava(List<String> keys, boolean dropna, boolean sort) {
    return ".groupBy(" + keys.stream().map(k -> "\"" + k + "\"")
        .collect(Collectors.joining(", ")) + ")" + (dropna ? "" : ".dropna(false)")
        + (sort ? "" : ".sort(false)");
  }

  /** {@code groupBy(keys).corr(x, y)} or {@code .cov(x, y)}. */
  record GroupCoMoments(List<String> keys, boolean dropna, boolean sort, String x, String y,
      boolean correlation) implements Grouped {
    @Override
    public void check(Shape in) {
      keys.forEach(in::col);
      for (String c : List.of(x, y)) {
        // a covariance near zero is the rounding of products of deviations: comparable to the
        // checker's absolute 1e-6 only while those products stay small; a correlation divides
        // that rounding by the spreads, so it only needs values clear of 2^53
        long bound = correlation ? 1L << 40 : 1L << 12;
        if (!in.col(c).type().isNumeric() || keys.contains(c) || in.col(c).bound() >= bound) {
          throw new Shape.Invalid("co-moments of " + c);
        }
      }
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      GroupBy groups = frame.groupBy(keys.toArray(new String[0])).dropna(dropna).sort(sort);
      return correlation ? groups.corr(x, y) : groups.cov(x, y);
    }

    @Override
    public String sql(String from, Shape in) {
      String keyList = keys.stream().map(ExprGenerator::quote).collect(Collectors.joining(", "));
      // pandas (and Floe) take deviations from the mean, so an infinite value gives NaN where
      // DuckDB's running update may give an infinity: both are missing here
      String both = quote(x) + " IS NOT NULL AND " + quote(y) + " IS NOT NULL";
      String infinite = "bool_or(isinf(" + quote(x) + "::DOUBLE) OR isinf(" + quote(y)
          + "::DOUBLE)) FILTER (WHERE " + both + ")";
      String value = correlation
          ? "CASE WHEN count(*) FILTER (WHERE " + both + ") < 2 OR " + infinite + " OR var_pop("
              + quote(x) + ") FILTER (WHERE " + quote(y) + " IS NOT NULL) = 0 OR var_pop("
              + quote(y) + ") FILTER (WHERE " + quote(x) + " IS NOT NULL) = 0 THEN NULL ELSE nn(corr("
              + quote(x) + ", " + quote(y) + ")) END"
          : "CASE WHEN " + infinite + " THEN NULL ELSE nn(covar_samp(" + quote(x) + ", "
              + quote(y) + ")) END";
      return "SELECT " + keyList + ", " + value + " FROM " + groupedFrom(keys, dropna, from, null)
          + " GROUP BY " + keyList + " ORDER BY " + keyOrder(keys);
    }

    @Override
    public List<String> names(Shape in) {
      List<String> names = new ArrayList<>(keys);
      names.add(correlation ? "corr" : "cov");
      return names;
    }

    @Override
    public String java() {
      return groupsJava(keys, dropna, sort) + (correlation ? ".corr(\"" : ".cov(\"") + x
          + "\", \"" + y + "\").compute()";
    }
  }

  /** {@code groupBy(keys).column(v).nlargest(n)} ({@code keep} > 0) or {@code nsmallest(-keep)}. */
  record GroupTop(List<String> keys, boolean dropna, boolean sort, String value, int keep)
      implements Grouped {
    @Override
    public void check(Shape in) {
      keys.forEach(in::col);
      if (!in.col(value).type().isNumeric() || keys.contains(value)) {
        throw new Shape.Invalid("top of " + value);
      }
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      GroupBy.SeriesGroupBy column = frame.groupBy(keys.toArray(new String[0])).dropna(dropna)
          .sort(sort).column(value);
      return keep > 0 ? column.nlargest(keep) : column.nsmallest(-keep);
    }

    @Override
    public String sql(String from, Shape in) {
      String keyList = keys.stream().map(ExprGenerator::quote).collect(Collectors.joining(", "));
      String direction = keep > 0 ? " DESC NULLS LAST" : " ASC NULLS LAST";
      return "SELECT " + keyList + ", " + quote(value) + " FROM (SELECT " + keyList + ", "
          + quote(value) + ", row_number() OVER (PARTITION BY " + keyList + " ORDER BY "
          + quote(value) + direction + ") AS top_rank FROM "
          + groupedFrom(keys, dropna, from, null)
          + ") t WHERE top_rank <= " + Math.abs(keep) + " ORDER BY " + keyOrder(keys) + ", "
          + quote(value) + direction;
    }

    @Override
    public List<String> names(Shape in) {
      List<String> names = new ArrayList<>(keys);
      names.add(value);
      return names;
    }

    @Override
    public String java() {
      return groupsJava(keys, dropna, sort) + ".column(\"" + value + "\")"
          + (keep > 0 ? ".nlargest(" + keep : ".nsmallest(" + -keep) + ").compute()";
    }
  }

  /** {@code col(c).valueCounts(dropna)}: most frequent first, ties by value, missing last. */
  record ValueCounts(String column, boolean dropna) implements Terminal {
    @Override
    public void check(Shape in) {
      in.col(column);
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      return frame.column(column).valueCounts(dropna);
    }

    @Override
    public String sql(String from, Shape in) {
      String c = quote(column);
      return "SELECT " + c + ", count(*) AS n FROM (" + from + ") q"
          + (dropna ? " WHERE " + c + " IS NOT NULL" : "") + " GROUP BY " + c
          + " ORDER BY n DESC, " + c + " ASC NULLS LAST";
    }

    @Override
    public List<String> names(Shape in) {
      return List.of(column, "count");
    }

    @Override
    public String java() {
      return ".column(\"" + column + "\").valueCounts(" + dropna + ").compute()";
    }
  }

  /** {@code col(c).nunique(dropna)}. */
  record Nunique(String column, boolean dropna) implements Terminal {
    @Override
    public void check(Shape in) {
      in.col(column);
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      return frame.column(column).nunique(dropna);
    }

    @Override
    public String sql(String from, Shape in) {
      String c = quote(column);
      return "SELECT count(DISTINCT " + c + ")" + (dropna ? "" : " + CASE WHEN count(*) FILTER"
          + " (WHERE " + c + " IS NULL) > 0 THEN 1 ELSE 0 END") + " FROM (" + from + ") q";
    }

    @Override
    public String java() {
      return ".column(\"" + column + "\").nunique(" + dropna + ").compute()";
    }
  }

  /** {@code mean()} and the like over every numeric column: a (column, value) table. */
  record FrameAggregate(Aggregation aggregation) implements Terminal {
    @Override
    public void check(Shape in) {
      if (in.numeric().isEmpty()
          || !in.numeric().stream().allMatch(c -> roundingComparable(c, aggregation))) {
        throw new Shape.Invalid("no numeric column, or values near 2^53");
      }
    }

    @Override
    public Lazy<?> lazy(DataFrame frame) {
      return frame.aggregate(aggregation);
    }

    @Override
    public String sql(String from, Shape in) {
      List<String> parts = new ArrayList<>();
      List<Shape.Col> numeric = in.numeric();
      for (int i = 0; i < numeric.size(); i++) {
        parts.add("SELECT " + i + " AS o, " + Data.sqlLiteral(numeric.get(i).name())
            + " AS name, CAST(" + aggregateSql(aggregation, numeric.get(i).name())
            + " AS DOUBLE) AS v FROM (" + from + ") q");
      }
      return "SELECT name, v FROM (" + String.join(" UNION ALL ", parts) + ") ORDER BY o";
    }

    @Override
    public List<String> names(Shape in) {
      return List.of("column", aggregation.toString());
    }

    @Override
    public String java() {
      return ".aggregate(Aggregation." + aggregation.name() + ").compute()";
    }
  }
}
