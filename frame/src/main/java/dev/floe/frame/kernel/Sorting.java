package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;

/** Sorting a chunk's rows by one column: stable, missing values last, as pandas sorts. */
public final class Sorting {
  private Sorting() {}

  /** The rows of {@code chunk} ordered by {@code column}. */
  public static Chunk sortBy(Chunk chunk, String column, boolean ascending) {
    int[] order = Order.of(chunk.column(column), ascending);
    boolean sorted = true;
    for (int i = 0; i < order.length && sorted; i++) {
      sorted = order[i] == i;
    }
    return sorted ? chunk : Rows.take(chunk, order, order.length);
  }
}
