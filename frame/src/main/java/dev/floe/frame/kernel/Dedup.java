package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Dropping repeated rows: the first row of each key is kept, in order, as pandas keeps it. */
public final class Dedup {
  private Dedup() {}

  /** The rows of {@code chunk} whose values over {@code subset} were not seen in an earlier row. */
  public static Chunk keepFirst(Chunk chunk, List<String> subset) {
    List<ColumnData> columns = new ArrayList<>();
    for (String name : subset) {
      columns.add(chunk.column(name));
    }
    Set<Object> seen = new HashSet<>();
    boolean[] keep = new boolean[chunk.rows()];
    for (int row = 0; row < keep.length; row++) {
      keep[row] = seen.add(Keys.keyAt(columns, row));
    }
    return Rows.select(chunk, keep);
  }
}
