package dev.floe.frame.plan;

import dev.floe.frame.kernel.Dedup;
import dev.floe.frame.kernel.Sorting;
import dev.floe.core.chunk.Chunk;
import java.io.Serializable;
import java.util.List;

/** What a shuffle does to each output partition once its rows are together. */
public sealed interface Finish extends Serializable
    permits Finish.Keep, Finish.SortBy, Finish.DropDuplicates {
  /** The finished partition. */
  Chunk apply(Chunk rows);

  /** The columns it reads. */
  List<String> columns();

  /** A few words for {@code explain()}. */
  String describe();

  /** Rows as they came: in input partition order, each input's rows in order. */
  record Keep() implements Finish {
    @Override
    public Chunk apply(Chunk rows) {
      return rows;
    }

    @Override
    public String describe() {
      return "in order";
    }

    @Override
    public List<String> columns() {
      return List.of();
    }
  }

  /** Rows sorted by one column (stable, missing last). */
  record SortBy(String column, boolean ascending) implements Finish {
    @Override
    public Chunk apply(Chunk rows) {
      return Sorting.sortBy(rows, column, ascending);
    }

    @Override
    public String describe() {
      return "sorted by " + column + (ascending ? "" : " descending");
    }

    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /** The first row of each key over {@code subset}. */
  record DropDuplicates(List<String> subset) implements Finish {
    /** Copies the subset. */
    public DropDuplicates {
      subset = List.copyOf(subset);
    }

    @Override
    public Chunk apply(Chunk rows) {
      return Dedup.keepFirst(rows, subset);
    }

    @Override
    public String describe() {
      return "first of each " + subset;
    }

    @Override
    public List<String> columns() {
      return subset;
    }
  }
}
