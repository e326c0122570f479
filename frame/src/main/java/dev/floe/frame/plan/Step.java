package dev.floe.frame.plan;

import dev.floe.frame.kernel.Evaluator;
import dev.floe.frame.kernel.Rows;
import dev.floe.io.chunk.Chunk;
import dev.floe.planner.expr.Expr;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A row-wise step applied to every partition: a filter, a column selection, a new column. */
public sealed interface Step extends Serializable permits Step.Filter, Step.Select, Step.WithColumn {
  /** Applies the step to one partition. */
  Chunk apply(Chunk chunk);

  /** The input columns the step needs so that its output has {@code downstream}. */
  Set<String> required(Set<String> downstream);

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
  }
}
