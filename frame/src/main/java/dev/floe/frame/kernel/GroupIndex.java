package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The group number of every row by the values of key columns: groups numbered {@code 0..groups-1}
 * in the order they first appear, rows left out numbered -1. Immutable once made.
 *
 * <p>Implementation overview. Each key column is first reduced on its own to dense numbers (a
 * text column's dictionary codes, anything else through {@link KeyCodes#forGrouping}). Dense
 * numbers of several columns are then packed into one {@code long} per row — {@code n1 * count2
 * + n2}, and so on while the product of the counts fits in 62 bits; columns beyond that are
 * folded in by densifying the packed key again — so every grouping is a grouping of one primitive
 * key. A key whose values span a small range (at most {@link #DIRECT_MAX_SLOTS} and a few times
 * the rows) is numbered by direct addressing into an {@code int} table; any other by an
 * open-addressing table with linear probing over the keys themselves, holding group numbers,
 * doubled when half full. Numbers are handed out row by row, which gives first-appearance
 * order. Nothing is boxed per row; the state is local to one call, so there is nothing to share
 * between threads.
 */
public final class GroupIndex {
  /** The largest key range numbered by direct addressing (4 M slots, 16 MiB). */
  static final int DIRECT_MAX_SLOTS = 1 << 22;
  private static final long PACKED_MAX = 1L << 62;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int[] groupOf;
  private final int groups;

  private GroupIndex(int[] groupOf, int groups) {
    this.groupOf = groupOf;
    this.groups = groups;
  }

  /**
   * Groups the rows of {@code keys} (columns of equal length). {@code dropMissing} numbers rows
   * with a missing key part -1; otherwise a missing part is a value like any other.
   */
  public static GroupIndex of(List<ColumnData> keys, boolean dropMissing) {
    int rows = keys.get(0).size();
    Dense packed = null;
    for (ColumnData column : keys) {
      Dense dense = dense(column, column.missing(), dropMissing);
      if (packed == null) {
        packed = dense;
      } else if ((double) packed.count * dense.count < PACKED_MAX) {
        packed = combine(packed, dense, rows);
      } else {
        packed = combine(renumber(packed, rows), dense, rows);
      }
    }
    Dense result = renumber(packed, rows);
    return new GroupIndex(result.intNumbers(), (int) result.count);
  }

  /** The group of each row, -1 for rows left out. */
  public int[] groupOf() {
    return groupOf;
  }

  /** How many groups there are. */
  public int groups() {
    return groups;
  }

  /** The first row of each group. */
  public int[] firstRows() {
    int[] first = new int[groups];
    Arrays.fill(first, -1);
    int found = 0;
    for (int row = 0; row < groupOf.length && found < groups; row++) {
      int g = groupOf[row];
      if (g >= 0 && first[g] < 0) {
        first[g] = row;
        found++;
      }
    }
    return first;
  }

  /**
   * Numbers per row, each in {@code 0..count-1} or -1 (left out); {@code ordered} when they are
   * dense and in first-appearance order, otherwise they are until {@link #renumber}ed.
   */
  private record Dense(long[] numbers, long count, boolean ordered) {
    int[] intNumbers() {
      int[] ints = new int[numbers.length];
      for (int i = 0; i < ints.length; i++) {
        ints[i] = (int) numbers[i];
      }
      return ints;
    }
  }

  /** One column's numbers: missing rows get their own number, or -1 when dropped. */
  private static Dense dense(ColumnData column, BitSet missing, boolean dropMissing) {
    int rows = column.size();
    long[] numbers;
    long count;
    if (column instanceof ColumnData.Strings text) {
      // over distinct dictionary entries, codes number the values already
      ColumnData.Strings strings = text.withDistinctDictionary();
      int[] codes = strings.codes();
      numbers = new long[rows];
      count = strings.dictionary().length + 1L;
      long missingNumber = dropMissing ? -1 : strings.dictionary().length;
      for (int row = 0; row < rows; row++) {
        numbers[row] = codes[row] < 0 ? missingNumber : codes[row];
      }
      return new Dense(numbers, count, false);
    }
    long[] codes = KeyCodes.forGrouping(column);
    return number(codes, missing, dropMissing, rows);
  }

  /** {@code a * b.count + b} per row; -1 where either is -1. */
  private static Dense combine(Dense a, Dense b, int rows) {
    long[] numbers = new long[rows];
    for (int row = 0; row < rows; row++) {
      long x = a.numbers[row];
      long y = b.numbers[row];
      numbers[row] = x < 0 || y < 0 ? -1 : x * b.count + y;
    }
    return new Dense(numbers, a.count * b.count, false);
  }

  /** Dense numbers in first-appearance order for numbers that may be sparse. */
  private static Dense renumber(Dense sparse, int rows) {
    if (sparse.ordered) {
      return sparse;
    }
    BitSet left = null;
    for (int row = 0; row < rows; row++) {
      if (sparse.numbers[row] < 0) {
        if (left == null) {
          left = new BitSet(rows);
        }
        left.set(row);
      }
    }
    return number(sparse.numbers, left, true, rows);
  }

  /**
   * Numbers {@code codes} in first-appearance order. Rows in {@code missing} share one number, or
   * get -1 when {@code dropMissing}.
   */
  private static Dense number(long[] codes, BitSet missing, boolean dropMissing, int rows) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int row = 0; row < rows; row++) {
      if (missing == null || !missing.get(row)) {
        min = Math.min(min, codes[row]);
        max = Math.max(max, codes[row]);
      }
    }
    long range = max - min + 1;
    boolean direct = min <= max && range > 0 && range <= DIRECT_MAX_SLOTS
        && range <= 4L * rows + 1024;
    long[] numbers = new long[rows];
    long next = 0;
    long missingNumber = -1;
    if (direct) {
      int[] slots = new int[(int) range];
      Arrays.fill(slots, -1);
      for (int row = 0; row < rows; row++) {
        if (missing != null && missing.get(row)) {
          if (!dropMissing && missingNumber < 0) {
            missingNumber = next++;
          }
          numbers[row] = missingNumber;
          continue;
        }
        int slot = (int) (codes[row] - min);
        if (slots[slot] < 0) {
          slots[slot] = (int) next++;
        }
        numbers[row] = slots[slot];
      }
      return new Dense(numbers, next, true);
    }
    // sized for every row a group: growing by doubling re-places every key, which costs more
    // than a table too large for a few groups (only the slots they use are touched)
    Table table = new Table(rows);
    for (int row = 0; row < rows; row++) {
      if (missing != null && missing.get(row)) {
        if (!dropMissing && missingNumber < 0) {
          missingNumber = table.skip();
        }
        numbers[row] = missingNumber;
        continue;
      }
      numbers[row] = table.numberOf(codes[row]);
    }
    return new Dense(numbers, table.size, true);
  }

  /**
   * Open addressing with linear probing: {@code slots} holds group number + 1 (0 is empty),
   * {@code keys} the key of each group number; the number taken by {@link #skip} has no key.
   */
  private static final class Table {
    private int[] slots;
    private long[] keys;
    private int size;
    private int shift;
    private int skipped = -1;

    Table(int expected) {
      allocate(Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1);
    }

    /** Takes a number for a group that has no key (the missing group). */
    int skip() {
      grow();
      skipped = size;
      return size++;
    }

    int numberOf(long key) {
      int mask = slots.length - 1;
      int slot = slot(key);
      while (true) {
        int entry = slots[slot];
        if (entry == 0) {
          if (grow()) {
            return numberOf(key);
          }
          slots[slot] = size + 1;
          keys[size] = key;
          return size++;
        }
        if (entry - 1 != skipped && keys[entry - 1] == key) {
          return entry - 1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private int slot(long key) {
      return (int) ((key * GOLDEN) >>> shift);
    }

    private void allocate(int capacity) {
      slots = new int[capacity];
      keys = keys == null ? new long[capacity / 2] : Arrays.copyOf(keys, capacity / 2);
      shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Doubles the table when it is half full, placing the keys again; whether it grew. */
    private boolean grow() {
      if (size < keys.length) {
        return false;
      }
      allocate(slots.length * 2);
      int mask = slots.length - 1;
      for (int number = 0; number < size; number++) {
        if (number == skipped) {
          continue;
        }
        int slot = slot(keys[number]);
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = number + 1;
      }
      return true;
    }
  }
}
