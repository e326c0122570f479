package dev.floe.frame;

import dev.floe.frame.kernel.Aggregation;
import dev.floe.frame.kernel.Sorting;
import dev.floe.frame.kernel.Stats;
import dev.floe.frame.kernel.Tables;
import dev.floe.io.chunk.Chunk;
import dev.floe.frame.plan.Lowering;
import dev.floe.io.chunk.DType;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * One column of a DataFrame. Reductions are lazy {@link Delayed} values: {@code compute()} one, or
 * compute several at once with {@link Delayed#computeAll} — reductions of the same column share
 * their per-partition statistics, so the data is read once.
 */
public final class Series {
  private final DataFrame frame;
  private final String name;
  private final DType dtype;

  Series(DataFrame frame, String name, DType dtype) {
    this.frame = frame;
    this.name = name;
    this.dtype = dtype;
  }

  /** The column's name. */
  public String name() {
    return name;
  }

  /** The column's type. */
  public DType dtype() {
    return dtype;
  }

  /** The mean of the non-missing values. */
  public Delayed<Double> mean() {
    return reduce(Aggregation.MEAN);
  }

  /** The sum of the non-missing values. */
  public Delayed<Double> sum() {
    return reduce(Aggregation.SUM);
  }

  /** The least value. */
  public Delayed<Double> min() {
    return reduce(Aggregation.MIN);
  }

  /** The greatest value. */
  public Delayed<Double> max() {
    return reduce(Aggregation.MAX);
  }

  /** The sample standard deviation (ddof 1, as pandas). */
  public Delayed<Double> std() {
    return reduce(Aggregation.STD);
  }

  /** The sample variance (ddof 1, as pandas). */
  public Delayed<Double> var() {
    return reduce(Aggregation.VAR);
  }

  /** How many values are not missing. */
  public Delayed<Long> count() {
    return reduce(Aggregation.COUNT);
  }

  /**
   * How often each distinct value occurs: a table of the values and a {@code count} column, most
   * frequent first (ties by value), missing values left out — as pandas' value_counts.
   */
  public Delayed<Table> valueCounts() {
    return valueCounts(true);
  }

  /**
   * {@link #valueCounts()}, with missing values counted as a value of their own when {@code
   * dropna} is false (pandas' {@code value_counts(dropna=False)}).
   */
  public Delayed<Table> valueCounts(boolean dropna) {
    String column = name;
    return new GroupBy(frame, List.of(name)).dropna(dropna).size().then(table -> {
      // Groups come sorted by value (missing last); a stable sort by count keeps that for ties.
      Chunk sorted = Sorting.sortBy(Tables.toChunk(table), "size", false);
      List<String> names = List.of(column, "count");
      return Tables.toTable("value_counts", names, List.of(Tables.dtypes(table).get(0),
          DType.INT64), List.of(new Chunk(names, sorted.columns(), sorted.rows())));
    });
  }

  /** How many distinct values there are, missing values left out. */
  public Delayed<Long> nunique() {
    return nunique(true);
  }

  /** {@link #nunique()}, counting missing as a value when {@code dropna} is false. */
  public Delayed<Long> nunique(boolean dropna) {
    return new GroupBy(frame, List.of(name)).dropna(dropna).size()
        .then(table -> (long) table.rowCount());
  }

  @SuppressWarnings("unchecked")
  private <T> Delayed<T> reduce(Aggregation aggregation) {
    if (!dtype.isNumeric()) {
      throw new IllegalArgumentException("cannot take the " + aggregation + " of column '" + name
          + "' of type " + dtype + "; reductions need int64 or float64");
    }
    TaskGraph.Builder graph = TaskGraph.builder();
    String column = name;
    List<TaskKey> partials = Lowering.partitionTasks(frame.source(), frame.steps(),
        Set.of(column), "column-stats", column, chunk -> Stats.of(chunk.column(column)), graph);
    TaskKey merged = TreeReduce.reduce(partials, "merge-stats",
        (left, right) -> ((Stats) left).merge((Stats) right), graph);
    Task result = new Task(TaskKey.of(aggregation.toString(), merged), aggregation.toString(),
        List.of(merged), inputs -> {
          double value = ((Stats) inputs[0]).value(aggregation);
          return aggregation.isCount() ? (Object) (long) value : (Object) value;
        });
    graph.add(result);
    return (Delayed<T>) Plans.delayed(graph, result.key());
  }

  @Override
  public String toString() {
    return "Series(" + name + ": " + dtype + ", npartitions=" + frame.npartitions() + ")";
  }
}
