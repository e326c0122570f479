package dev.floe.frame;

import dev.floe.frame.kernel.Sorting;
import dev.floe.frame.kernel.Stats;
import dev.floe.frame.kernel.Tables;
import dev.floe.frame.plan.FramePlanner;
import dev.floe.frame.plan.Reduce;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.DType;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Planner;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One column of a DataFrame, itself lazy: {@code compute()} gives the column as a table (with the
 * index, if any). Reductions are {@link Lazy} values: {@code compute()} one, or compute
 * several at once with {@link dev.floe.Floe#compute} — reductions of the same column share their
 * per-partition statistics, and results over the same files share the reading of each block.
 */
public final class Series implements Lazy<Table> {
  private final DataFrame frame;
  private final String name;
  private final DType dtype;

  Series(DataFrame frame, String name, DType dtype) {
    this.frame = frame;
    this.name = name;
    this.dtype = dtype;
  }

  /** Series are planned as frames are. */
  @Override
  public Planner planner() {
    return table().planner();
  }

  /** The plan of the column as a table of one column (and the index before it, if any). */
  @Override
  public Object plan() {
    return table().plan();
  }

  private Lazy<Table> table() {
    return frame.select(name).toLazy();
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
  public Lazy<Double> mean() {
    return reduce(Aggregation.MEAN);
  }

  /** The sum of the non-missing values. */
  public Lazy<Double> sum() {
    return reduce(Aggregation.SUM);
  }

  /** The least value. */
  public Lazy<Double> min() {
    return reduce(Aggregation.MIN);
  }

  /** The greatest value. */
  public Lazy<Double> max() {
    return reduce(Aggregation.MAX);
  }

  /** The sample standard deviation (ddof 1, as pandas). */
  public Lazy<Double> std() {
    return reduce(Aggregation.STD);
  }

  /** The sample variance (ddof 1, as pandas). */
  public Lazy<Double> var() {
    return reduce(Aggregation.VAR);
  }

  /** How many values are not missing. */
  public Lazy<Long> count() {
    return reduce(Aggregation.COUNT);
  }

  /**
   * How often each distinct value occurs: a table of the values and a {@code count} column, most
   * frequent first (ties by value), missing values left out — as pandas' value_counts.
   */
  public Lazy<Table> valueCounts() {
    return valueCounts(true);
  }

  /**
   * {@link #valueCounts()}, with missing values counted as a value of their own when {@code
   * dropna} is false (pandas' {@code value_counts(dropna=False)}).
   */
  public Lazy<Table> valueCounts(boolean dropna) {
    String column = name;
    Reduce sizes = new GroupBy(frame, List.of(name)).dropna(dropna)
        .plan(null, "size", List.of(Aggregation.SIZE));
    return FramePlanner.lazy(sizes.then("value-counts", column, grouped -> {
      Table table = (Table) grouped;
      // Groups come sorted by value (missing last); a stable sort by count keeps that for ties.
      Chunk sorted = Sorting.sortBy(Tables.toChunk(table), "size", false);
      List<String> names = List.of(column, "count");
      return Tables.toTable("value_counts", names, List.of(Tables.dtypes(table).get(0),
          DType.INT64), List.of(new Chunk(names, sorted.columns(), sorted.rows())));
    }));
  }

  /** How many distinct values there are, missing values left out. */
  public Lazy<Long> nunique() {
    return nunique(true);
  }

  /** {@link #nunique()}, counting missing as a value when {@code dropna} is false. */
  public Lazy<Long> nunique(boolean dropna) {
    Reduce sizes = new GroupBy(frame, List.of(name)).dropna(dropna)
        .plan(null, "size", List.of(Aggregation.SIZE));
    return FramePlanner.lazy(sizes.then("nunique", null,
        grouped -> (long) ((Table) grouped).rowCount()));
  }

  private <T> Lazy<T> reduce(Aggregation aggregation) {
    if (!dtype.isNumeric()) {
      throw new IllegalArgumentException("cannot take the " + aggregation + " of column '" + name
          + "' of type " + dtype + "; reductions need int64 or float64");
    }
    String column = name;
    Reduce stats = new Reduce(frame.logicalPlan(), List.of(column), "column-stats", column,
        chunk -> Stats.of(chunk.column(column)),
        new Reduce.Merge("merge-stats", (left, right) -> ((Stats) left).merge((Stats) right)),
        List.of());
    return FramePlanner.lazy(stats.then(aggregation.toString(), null, merged -> {
      double value = ((Stats) merged).value(aggregation);
      return aggregation.isCount() ? (Object) (long) value : (Object) value;
    }));
  }

  @Override
  public String toString() {
    return "Series(" + name + ": " + dtype + ", npartitions=" + frame.npartitions() + ")";
  }
}
