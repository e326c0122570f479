package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.List;

/** Dropping repeated rows: the first row of each key is kept, in order, as pandas keeps it. */
public final class Dedup {
  private Dedup() {}

  /**
   * The rows of {@code chunk} whose values over {@code subset} were not seen in an earlier row:
   * the first row of each group of a {@link GroupIndex} (missing values match each other).
   */
  public static Chunk keepFirst(Chunk chunk, List<String> subset) {
    if (chunk.rows() == 0) {
      return chunk;
    }
    List<ColumnData> columns = new ArrayList<>();
    for (String name : subset) {
      columns.add(chunk.column(name));
    }
    boolean[] keep = new boolean[chunk.rows()];
    for (int row : GroupIndex.of(columns, false).firstRows()) {
      keep[row] = true;
    }
    return Rows.select(chunk, keep);
  }
}
