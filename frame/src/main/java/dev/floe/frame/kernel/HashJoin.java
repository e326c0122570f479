package dev.floe.frame.kernel;

import dev.floe.frame.JoinKind;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins two chunks on key columns, as pandas' {@code merge}: the right rows grouped by key, probed
 * by each left row in order. Missing keys match each other (pandas does so). Output rows
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

  /**
   * Joins {@code left} and {@code right}. The keys of both sides are numbered together by one
   * {@link GroupIndex} over the right's key rows followed by the left's (so text keys match across
   * dictionaries and a missing key is a key like any other); the right rows are then listed by
   * key number with a counting sort, and each left row finds its matches by its number. Two
   * passes over the left rows — count, then fill — size the output exactly. Nothing is boxed.
   */
  public static Chunk join(Chunk left, Chunk right, List<String> leftOn, List<String> rightOn,
      JoinKind kind) {
    int rightCount = right.rows();
    int leftCount = left.rows();
    List<ColumnData> stacked = new ArrayList<>();
    for (int k = 0; k < leftOn.size(); k++) {
      ColumnData r = right.column(rightOn.get(k));
      ColumnData l = left.column(leftOn.get(k));
      stacked.add(Chunks.concatColumn(leftOn.get(k), List.of(r, l), rightCount + leftCount));
    }
    int[] keyOf = rightCount + leftCount == 0 ? new int[0]
        : GroupIndex.of(stacked, false).groupOf();
    int keys = 0;
    for (int number : keyOf) {
      keys = Math.max(keys, number + 1);
    }
    // the right rows of each key number, in row order
    int[] first = new int[keys + 1];
    for (int row = 0; row < rightCount; row++) {
      first[keyOf[row] + 1]++;
    }
    for (int k = 0; k < keys; k++) {
      first[k + 1] += first[k];
    }
    int[] rightByKey = new int[rightCount];
    int[] at = Arrays.copyOf(first, keys);
    for (int row = 0; row < rightCount; row++) {
      rightByKey[at[keyOf[row]]++] = row;
    }
    boolean keepLeft = kind == JoinKind.LEFT || kind == JoinKind.OUTER;
    boolean keepRight = kind == JoinKind.RIGHT || kind == JoinKind.OUTER;
    boolean[] matched = keepRight ? new boolean[rightCount] : null;
    long size = 0;
    for (int row = 0; row < leftCount; row++) {
      int key = keyOf[rightCount + row];
      int matches = first[key + 1] - first[key];
      size += matches == 0 ? (keepLeft ? 1 : 0) : matches;
      if (matched != null) {
        for (int m = first[key]; m < first[key + 1]; m++) {
          matched[rightByKey[m]] = true;
        }
      }
    }
    int unmatchedRight = 0;
    if (matched != null) {
      for (boolean m : matched) {
        unmatchedRight += m ? 0 : 1;
      }
    }
    size += unmatchedRight;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a join of " + leftCount + " and " + rightCount
          + " rows makes " + size + " rows in one partition, more than one partition holds;"
          + " repartition the inputs into more partitions");
    }
    int count = (int) size;
    int[] leftRows = new int[count];
    int[] rightRows = new int[count];
    int out = 0;
    for (int row = 0; row < leftCount; row++) {
      int key = keyOf[rightCount + row];
      if (first[key + 1] == first[key]) {
        if (keepLeft) {
          leftRows[out] = row;
          rightRows[out++] = -1;
        }
        continue;
      }
      for (int m = first[key]; m < first[key + 1]; m++) {
        leftRows[out] = row;
        rightRows[out++] = rightByKey[m];
      }
    }
    if (matched != null) {
      for (int row = 0; row < rightCount; row++) {
        if (!matched[row]) {
          leftRows[out] = -1;
          rightRows[out++] = row;
        }
      }
    }
    return assemble(left, right, leftOn, rightOn, leftRows, rightRows, count);
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

}
