package dev.floe.frame.kernel;

import dev.floe.frame.JoinKind;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins two chunks on key columns, as pandas' {@code merge}: a hash table over the right rows,
 * probed by each left row in order. Missing keys match each other (pandas does so). Output rows
 * are the left rows in order, each followed by its matches in right order; an outer join then
 * adds the right rows nobody matched, in order.
 *
 * <p>Columns: the left's, then the right's except keys that share a name with a left key. Other
 * names present on both sides get {@code _x} and {@code _y}. Where a key column is shared, rows
 * only the right side has take the key from the right.
 */
public final class HashJoin {
  private HashJoin() {}

  /** The output column names for these inputs (see the class comment). */
  public static List<String> outputNames(List<String> left, List<String> right,
      List<String> leftOn, List<String> rightOn) {
    List<String> names = new ArrayList<>();
    List<String> rightKept = rightKept(right, leftOn, rightOn);
    for (String name : left) {
      names.add(rightKept.contains(name) && !sharedKey(name, leftOn, rightOn) ? name + "_x" : name);
    }
    for (String name : rightKept) {
      names.add(left.contains(name) ? name + "_y" : name);
    }
    return names;
  }

  /** Joins {@code left} and {@code right}. */
  public static Chunk join(Chunk left, Chunk right, List<String> leftOn, List<String> rightOn,
      JoinKind kind) {
    List<ColumnData> leftKeys = columns(left, leftOn);
    List<ColumnData> rightKeys = columns(right, rightOn);
    Map<Object, int[]> table = new HashMap<>();
    for (int row = 0; row < right.rows(); row++) {
      table.merge(Keys.keyAt(rightKeys, row), new int[] {1, row}, HashJoin::append);
    }
    boolean keepLeft = kind == JoinKind.LEFT || kind == JoinKind.OUTER;
    boolean keepRight = kind == JoinKind.RIGHT || kind == JoinKind.OUTER;
    int[] leftRows = new int[Math.max(16, left.rows())];
    int[] rightRows = new int[leftRows.length];
    int count = 0;
    boolean[] matched = new boolean[right.rows()];
    for (int row = 0; row < left.rows(); row++) {
      int[] matches = table.get(Keys.keyAt(leftKeys, row));
      if (matches == null) {
        if (keepLeft) {
          if (count == leftRows.length) {
            leftRows = Arrays.copyOf(leftRows, count * 2);
            rightRows = Arrays.copyOf(rightRows, count * 2);
          }
          leftRows[count] = row;
          rightRows[count++] = -1;
        }
        continue;
      }
      int n = matches[0];
      if (count + n > leftRows.length) {
        int size = Math.max(count + n, leftRows.length * 2);
        leftRows = Arrays.copyOf(leftRows, size);
        rightRows = Arrays.copyOf(rightRows, size);
      }
      for (int m = 1; m <= n; m++) {
        leftRows[count] = row;
        rightRows[count++] = matches[m];
        matched[matches[m]] = true;
      }
    }
    if (keepRight) {
      for (int row = 0; row < right.rows(); row++) {
        if (!matched[row]) {
          if (count == leftRows.length) {
            leftRows = Arrays.copyOf(leftRows, count * 2);
            rightRows = Arrays.copyOf(rightRows, count * 2);
          }
          leftRows[count] = -1;
          rightRows[count++] = row;
        }
      }
    }
    return assemble(left, right, leftOn, rightOn, leftRows, rightRows, count);
  }

  /** Right side rows matching a key: {@code [count, row, row, …]}, grown as needed. */
  private static int[] append(int[] rows, int[] one) {
    int count = rows[0];
    int[] grown = count + 1 < rows.length ? rows : Arrays.copyOf(rows, rows.length * 2);
    grown[count + 1] = one[1];
    grown[0] = count + 1;
    return grown;
  }

  private static Chunk assemble(Chunk left, Chunk right, List<String> leftOn, List<String> rightOn,
      int[] leftRows, int[] rightRows, int count) {
    List<String> rightKept = rightKept(right.names(), leftOn, rightOn);
    Chunk leftPart = Rows.take(left, leftRows.clone(), count);
    Chunk rightPart = Rows.take(right, rightRows.clone(), count);
    List<String> names = outputNames(left.names(), right.names(), leftOn, rightOn);
    List<ColumnData> columns = new ArrayList<>();
    for (String name : left.names()) {
      ColumnData column = leftPart.column(name);
      int key = leftOn.indexOf(name);
      if (key >= 0 && rightOn.get(key).equals(name)) {
        column = coalesce(column, rightPart.column(name), leftRows, count);
      }
      columns.add(column);
    }
    for (String name : rightKept) {
      columns.add(rightPart.column(name));
    }
    return new Chunk(names, columns, count);
  }

  /** The shared key column: the left's value, or the right's where there is no left row. */
  private static ColumnData coalesce(ColumnData left, ColumnData right, int[] leftRows, int count) {
    boolean any = false;
    for (int i = 0; i < count && !any; i++) {
      any = leftRows[i] < 0;
    }
    if (!any) {
      return left;
    }
    int[] pick = new int[count]; // 0: left, 1: right
    for (int i = 0; i < count; i++) {
      pick[i] = leftRows[i] < 0 ? 1 : 0;
    }
    return Chunks.choose(left, right, pick);
  }

  private static List<String> rightKept(List<String> right, List<String> leftOn,
      List<String> rightOn) {
    List<String> kept = new ArrayList<>();
    for (String name : right) {
      int key = rightOn.indexOf(name);
      if (key < 0 || !leftOn.get(key).equals(name)) {
        kept.add(name);
      }
    }
    return kept;
  }

  private static boolean sharedKey(String name, List<String> leftOn, List<String> rightOn) {
    int key = leftOn.indexOf(name);
    return key >= 0 && rightOn.get(key).equals(name);
  }

  private static List<ColumnData> columns(Chunk chunk, List<String> names) {
    List<ColumnData> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(chunk.column(name));
    }
    return columns;
  }
}
