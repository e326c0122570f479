package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.List;

/**
 * Which output partition each row of a chunk goes to, and the chunk cut into those pieces: by
 * range of one column against sorted division values, or by hash of key columns.
 */
public final class Partitioning {
  private Partitioning() {}

  /**
   * For each row, the partition {@code i} with {@code divisions[i] <= value < divisions[i + 1]}
   * (the last partition also takes {@code divisions[n]}; values below or above the divisions go
   * to the first or last partition; missing values go last). Division values are in {@link Keys}
   * form, sorted ascending.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int[] byRange(ColumnData column, List<Object> divisions) {
    int parts = divisions.size() - 1;
    int[] targets = new int[column.size()];
    for (int row = 0; row < targets.length; row++) {
      Object value = Keys.valueAt(column, row);
      if (value == null) {
        targets[row] = parts - 1;
        continue;
      }
      int low = 0;
      int high = parts - 1; // find the last i in [0, parts) with divisions[i] <= value
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (Keys.compare(divisions.get(middle), value) <= 0) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      targets[row] = low;
    }
    return targets;
  }

  /**
   * For each row, the hash of its key over {@code keys} modulo {@code parts}: the same for equal
   * keys in any partition and any JVM (text by {@link String#hashCode}, which is specified,
   * computed once per dictionary entry; anything else by its {@link KeyCodes#forGrouping} code),
   * on primitive arrays.
   */
  public static int[] byHash(Chunk chunk, List<String> keys, int parts) {
    int rows = chunk.rows();
    int[] hashes = new int[rows];
    java.util.Arrays.fill(hashes, 1);
    for (String key : keys) {
      ColumnData column = chunk.column(key);
      if (column instanceof ColumnData.Strings strings) {
        String[] dictionary = strings.dictionary();
        int[] entryHash = new int[dictionary.length];
        for (int code = 0; code < entryHash.length; code++) {
          entryHash[code] = mix(dictionary[code].hashCode());
        }
        int[] codes = strings.codes();
        for (int row = 0; row < rows; row++) {
          hashes[row] = 31 * hashes[row] + (codes[row] < 0 ? 0 : entryHash[codes[row]]);
        }
      } else {
        long[] codes = KeyCodes.forGrouping(column);
        java.util.BitSet missing = column.missing();
        for (int row = 0; row < rows; row++) {
          boolean absent = missing != null && missing.get(row);
          hashes[row] = 31 * hashes[row] + (absent ? 0 : mix(Long.hashCode(codes[row])));
        }
      }
    }
    int[] targets = new int[rows];
    for (int row = 0; row < rows; row++) {
      targets[row] = Math.floorMod(mix(hashes[row]), parts);
    }
    return targets;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h * 0x9E3779B9);
  }

  /** The rows of {@code chunk} cut by target: piece {@code p} has the rows whose target is p. */
  public static List<Chunk> split(Chunk chunk, int[] targets, int parts) {
    int[][] rows = byTarget(targets, parts);
    List<Chunk> pieces = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      pieces.add(rows[p].length == chunk.rows() ? chunk : Rows.take(chunk, rows[p], rows[p].length));
    }
    return pieces;
  }

  /** For each target {@code 0..parts-1}, the positions whose target it is, in order. */
  static int[][] byTarget(int[] targets, int parts) {
    int[] counts = new int[parts];
    for (int target : targets) {
      counts[target]++;
    }
    int[][] positions = new int[parts][];
    for (int p = 0; p < parts; p++) {
      positions[p] = new int[counts[p]];
    }
    int[] filled = new int[parts];
    for (int i = 0; i < targets.length; i++) {
      int p = targets[i];
      positions[p][filled[p]++] = i;
    }
    return positions;
  }
}
