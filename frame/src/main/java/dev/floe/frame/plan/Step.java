package dev.floe.frame.plan;

import dev.floe.core.Schema;
import dev.floe.frame.kernel.Conversions;
import dev.floe.frame.kernel.Evaluator;
import dev.floe.frame.kernel.Frequency;
import dev.floe.frame.kernel.Rows;
import dev.floe.frame.kernel.Tables;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.DType;
import dev.floe.core.Expr;
import dev.floe.core.function.Fn1;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/** A row-wise step applied to every partition: a filter, a column selection, a new column. */
public sealed interface Step extends Serializable
    permits Step.Filter, Step.Select, Step.WithColumn, Step.DropNa, Step.FillNa, Step.AsType,
        Step.MapPartitions, Step.Period {
  /** Applies the step to one partition. */
  Chunk apply(Chunk chunk);

  /** The input columns the step needs so that its output has {@code downstream}. */
  Set<String> required(Set<String> downstream);

  /** The columns of the output, given the input's. */
  Schema schema(Schema input);

  /**
   * Whether every row keeps its value of {@code column} and stays in its partition, so bounds by
   * that column still hold after the step.
   */
  boolean keepsValuesOf(String column);

  /** A few words for {@code explain()}. */
  String describe();

  /**
   * {@code downstream} and {@code column}: a step that rewrites a column reads it even when
   * nothing after it does, since it runs on every partition (and may fail on a value).
   */
  private static Set<String> withColumn(Set<String> downstream, String column) {
    Set<String> needed = new LinkedHashSet<>(downstream);
    needed.add(column);
    return needed;
  }

  /** Keeps the rows where {@code condition} is true. */
  record Filter(Expr condition) implements Step {
    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.select(chunk, Evaluator.mask(condition, chunk));
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      Set<String> needed = new LinkedHashSet<>(downstream);
      needed.addAll(condition.columns());
      return needed;
    }

    @Override
    public Schema schema(Schema input) {
      return input;
    }

    @Override
    public boolean keepsValuesOf(String column) {
      return true;
    }

    @Override
    public String describe() {
      return "filter " + condition;
    }
  }

  /** Keeps the named columns, in that order. */
  record Select(List<String> columns) implements Step {
    /** Copies the list. */
    public Select {
      columns = List.copyOf(columns);
    }

    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.columns(chunk, columns.stream().filter(chunk.names()::contains).toList());
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      Set<String> needed = new LinkedHashSet<>(downstream);
      needed.retainAll(columns);
      return needed;
    }

    @Override
    public Schema schema(Schema input) {
      return input.select(columns);
    }

    @Override
    public boolean keepsValuesOf(String column) {
      return columns.contains(column);
    }

    @Override
    public String describe() {
      return "select " + columns;
    }
  }

  /** Adds (or replaces) the column {@code name} with the value of {@code value}. */
  record WithColumn(String name, Expr value) implements Step {
    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.withColumn(chunk, name, Evaluator.evaluate(value, chunk));
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      Set<String> needed = new LinkedHashSet<>(downstream);
      needed.remove(name);
      needed.addAll(value.columns());
      return needed;
    }

    @Override
    public Schema schema(Schema input) {
      return input.with(name, ExprTypes.typeOf(value, input::dtypeOf));
    }

    @Override
    public boolean keepsValuesOf(String column) {
      return !column.equals(name);
    }

    @Override
    public String describe() {
      return name + " = " + value;
    }
  }

  /** Drops the rows where any of {@code columns} is missing. */
  record DropNa(List<String> columns) implements Step {
    /** Copies the list. */
    public DropNa {
      columns = List.copyOf(columns);
    }

    @Override
    public Chunk apply(Chunk chunk) {
      boolean[] keep = new boolean[chunk.rows()];
      Arrays.fill(keep, true);
      for (String name : columns) {
        var column = chunk.column(name);
        if (column.missingCount() > 0) {
          for (int i = 0; i < keep.length; i++) {
            keep[i] &= !column.isMissing(i);
          }
        }
      }
      return Rows.select(chunk, keep);
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      Set<String> needed = new LinkedHashSet<>(downstream);
      needed.addAll(columns);
      return needed;
    }

    @Override
    public Schema schema(Schema input) {
      return input;
    }

    @Override
    public boolean keepsValuesOf(String column) {
      return true;
    }

    @Override
    public String describe() {
      return "dropNa " + columns;
    }
  }

  /** Replaces missing values of {@code column} with {@code value}. */
  record FillNa(String column, Object value) implements Step {
    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.withColumn(chunk, column, Conversions.fill(chunk.column(column), value, column));
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      return withColumn(downstream, column);
    }

    @Override
    public Schema schema(Schema input) {
      DType type = input.dtypeOf(column);
      return input.with(column, type == DType.INT64 && value instanceof Number
          && !(value instanceof Long || value instanceof Integer) ? DType.FLOAT64 : type);
    }

    @Override
    public boolean keepsValuesOf(String other) {
      return !other.equals(column);
    }

    @Override
    public String describe() {
      return "fillNa " + column + " with " + value;
    }
  }

  /** Converts {@code column} to {@code type}. */
  record AsType(String column, DType type) implements Step {
    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.withColumn(chunk, column, Conversions.convert(chunk.column(column), type, column));
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      return withColumn(downstream, column);
    }

    @Override
    public Schema schema(Schema input) {
      return input.with(column, type);
    }

    @Override
    public boolean keepsValuesOf(String other) {
      return !other.equals(column);
    }

    @Override
    public String describe() {
      return column + " as " + type;
    }
  }

  /**
   * Hands each partition to a user function as a Tablesaw table and takes back the table it
   * returns. The function may read any input column, so all of them are read.
   */
  record MapPartitions(Fn1<Table, Table> function, List<String> inputColumns,
      List<DType> inputTypes, Schema output) implements Step {
    /** Copies the lists. */
    public MapPartitions {
      inputColumns = List.copyOf(inputColumns);
      inputTypes = List.copyOf(inputTypes);
    }

    @Override
    public Chunk apply(Chunk chunk) {
      Table table = Tables.toTable(
          "partition", inputColumns, inputTypes, List.of(Rows.columns(chunk, inputColumns)));
      try {
        return Tables.toChunk(function.apply(table));
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("the mapPartitions function failed: " + e, e);
      }
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      return new LinkedHashSet<>(inputColumns);
    }

    @Override
    public Schema schema(Schema input) {
      return output;
    }

    @Override
    public boolean keepsValuesOf(String column) {
      return output.has(column);
    }

    @Override
    public String describe() {
      return "mapPartitions to " + output.names();
    }
  }

  /** Replaces each value of a date or date-time column by the label of its resampling period. */
  record Period(String column, Frequency frequency) implements Step {
    @Override
    public Chunk apply(Chunk chunk) {
      return Rows.withColumn(chunk, column, frequency.label(chunk.column(column)));
    }

    @Override
    public Set<String> required(Set<String> downstream) {
      return withColumn(downstream, column);
    }

    @Override
    public Schema schema(Schema input) {
      return input;
    }

    @Override
    public boolean keepsValuesOf(String other) {
      return !other.equals(column);
    }

    @Override
    public String describe() {
      return column + " to periods of " + frequency.name();
    }
  }
}
