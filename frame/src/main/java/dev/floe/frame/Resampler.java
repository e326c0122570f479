package dev.floe.frame;

import dev.floe.frame.kernel.Frequency;
import dev.floe.frame.kernel.Keys;
import dev.floe.frame.kernel.Rows;
import dev.floe.frame.plan.Step;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows grouped by period of a datetime index, as pandas' {@code df.resample(freq)}: {@code
 * resample("M").column("DepDelay").mean()} is one row per month, labelled as pandas labels it,
 * including months without rows (their mean is missing, their count and sum 0).
 */
public final class Resampler {
  private final GroupBy groups;

  Resampler(DataFrame frame, Frequency frequency) {
    String index = frame.index().get();
    DType type = frame.dtypeOf(index);
    DataFrame labelled = frame.with(new Step.Period(index, frequency));
    this.groups = new GroupBy(labelled, List.of(index),
        (grouped, aggregations) -> fillGaps(grouped, aggregations, frequency, type));
  }

  /** One column's values per period. */
  public GroupBy.SeriesGroupBy column(String column) {
    return groups.column(column);
  }

  /** How many rows each period has. */
  public dev.floe.runtime.lazy.Lazy<tech.tablesaw.api.Table> size() {
    return groups.size();
  }

  /** Every label from the first to the last; new rows are 0 for counts and sums, else missing. */
  private static Chunk fillGaps(Chunk grouped, List<Aggregation> aggregations, Frequency frequency,
      DType type) {
    if (grouped.rows() == 0) {
      return grouped;
    }
    ColumnData keys = grouped.columns().get(0);
    Object first = Keys.valueAt(keys, 0);
    Object last = Keys.valueAt(keys, grouped.rows() - 1);
    Map<Object, Integer> rowOf = new HashMap<>();
    for (int row = 0; row < grouped.rows(); row++) {
      rowOf.put(Keys.valueAt(keys, row), row);
    }
    List<Object> labels = new ArrayList<>();
    for (Object label = first; ; label = frequency.next(label, type)) {
      labels.add(label);
      if (label.equals(last) || labels.size() > grouped.rows() * 1000 + 1_000_000) {
        break;
      }
    }
    if (labels.size() == grouped.rows()) {
      return grouped;
    }
    int n = labels.size();
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = rowOf.getOrDefault(labels.get(i), -1);
    }
    Chunk taken = Rows.take(grouped, rows.clone(), n);
    List<ColumnData> columns = new ArrayList<>();
    columns.add(labelColumn(labels, type));
    for (int c = 1; c < grouped.columns().size(); c++) {
      Aggregation aggregation = aggregations.get(c - 1);
      ColumnData column = taken.columns().get(c);
      if (aggregation.isCount() || aggregation == Aggregation.SUM) {
        column = zeroWhereAbsent(column, rows);
      }
      columns.add(column);
    }
    return new Chunk(grouped.names(), columns, n);
  }

  private static ColumnData labelColumn(List<Object> labels, DType type) {
    int n = labels.size();
    if (type == DType.DATE) {
      int[] days = new int[n];
      for (int i = 0; i < n; i++) {
        days[i] = (Integer) labels.get(i);
      }
      return new ColumnData.Dates(days, n, null);
    }
    long[] micros = new long[n];
    for (int i = 0; i < n; i++) {
      micros[i] = (Long) labels.get(i);
    }
    return new ColumnData.DateTimes(micros, n, null);
  }

  private static ColumnData zeroWhereAbsent(ColumnData column, int[] rows) {
    BitSet missing = column.missing();
    BitSet kept = null;
    if (missing != null) {
      kept = new BitSet();
      for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
        if (rows[i] >= 0) {
          kept.set(i);
        }
      }
    }
    if (column instanceof ColumnData.Longs c) {
      long[] values = c.values().clone();
      for (int i = 0; i < rows.length; i++) {
        values[i] = rows[i] < 0 ? 0 : values[i];
      }
      return new ColumnData.Longs(values, values.length, kept);
    }
    ColumnData.Doubles c = (ColumnData.Doubles) column;
    double[] values = c.values().clone();
    for (int i = 0; i < rows.length; i++) {
      values[i] = rows[i] < 0 ? 0.0 : values[i];
    }
    return new ColumnData.Doubles(values, values.length, kept);
  }
}
