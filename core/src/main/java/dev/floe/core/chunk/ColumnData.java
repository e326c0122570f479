package dev.floe.core.chunk;

import dev.floe.core.DType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;

/**
 * One column of a chunk: its values as a primitive array and which rows are missing.
 *
 * <p>A missing row's slot in the value array holds an unspecified value; read {@link
 * #isMissing(int)} first. The types are closed: kernels switch over them.
 */
public sealed interface ColumnData extends java.io.Serializable
    permits ColumnData.Longs, ColumnData.Doubles, ColumnData.Booleans, ColumnData.Strings,
        ColumnData.Dates, ColumnData.DateTimes {

  /** The column's type. */
  DType type();

  /** The number of rows. */
  int size();

  /** The rows whose value is missing, or null when none is. */
  BitSet missing();

  /** Whether the value at {@code row} is missing. */
  default boolean isMissing(int row) {
    BitSet missing = missing();
    return missing != null && missing.get(row);
  }

  /**
   * The value at {@code row} as text, as pandas writes it: numbers in their shortest exact form,
   * {@code True}/{@code False}, ISO dates, date-times as {@code yyyy-MM-dd HH:mm:ss[.ffffff]};
   * null when missing.
   */
  default String format(int row) {
    if (isMissing(row)) {
      return null;
    }
    if (this instanceof Longs c) {
      return Long.toString(c.values()[row]);
    }
    if (this instanceof Doubles c) {
      return Double.toString(c.values()[row]);
    }
    if (this instanceof Booleans c) {
      return c.values()[row] ? "True" : "False";
    }
    if (this instanceof Strings c) {
      return c.get(row);
    }
    if (this instanceof Dates c) {
      return LocalDate.ofEpochDay(c.epochDays()[row]).toString();
    }
    return DateTimes.toLocalDateTime(((DateTimes) this).epochMicros()[row]).format(DATE_TIME);
  }

  /** How date-times are written. */
  DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  /** How many rows are missing. */
  default int missingCount() {
    BitSet missing = missing();
    return missing == null ? 0 : missing.cardinality();
  }

  /** int64 values. {@code missing} is null when no value is missing. */
  record Longs(long[] values, int size, BitSet missing) implements ColumnData {
    @Override
    public DType type() {
      return DType.INT64;
    }
  }

  /** float64 values. {@code missing} is null when no value is missing. */
  record Doubles(double[] values, int size, BitSet missing) implements ColumnData {
    @Override
    public DType type() {
      return DType.FLOAT64;
    }
  }

  /** bool values. {@code missing} is null when no value is missing. */
  record Booleans(boolean[] values, int size, BitSet missing) implements ColumnData {
    @Override
    public DType type() {
      return DType.BOOL;
    }
  }

  /**
   * Dictionary-encoded strings: row i is {@code dictionary[codes[i]]}, or missing when the code
   * is -1. Entries are not null; entries no row uses may remain (after a filter). When {@code
   * distinct} holds, entries are distinct, so equal codes are equal values and kernels group,
   * match and count by code. A concatenation of many partitions' large dictionaries is made
   * without merging them ({@code distinct} false: the same text may sit under several codes);
   * a kernel that groups, numbers or ranks by code asks {@link #withDistinctDictionary()} first,
   * one that looks at each entry's text (a filter, a hash, a format) needs not. Build columns
   * from plain values with {@link #of}, which makes distinct entries.
   */
  record Strings(int[] codes, int size, String[] dictionary, boolean distinct)
      implements ColumnData {
    /** The code of a missing value. */
    public static final int MISSING = -1;

    /** A column whose dictionary entries are distinct. */
    public Strings(int[] codes, int size, String[] dictionary) {
      this(codes, size, dictionary, true);
    }

    /** Encodes {@code values} (null for missing), numbering distinct values as they first appear. */
    public static Strings of(String[] values) {
      java.util.Map<String, Integer> codeOf = new java.util.HashMap<>();
      java.util.List<String> dictionary = new java.util.ArrayList<>();
      int[] codes = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        String value = values[i];
        if (value == null) {
          codes[i] = MISSING;
          continue;
        }
        Integer code = codeOf.get(value);
        if (code == null) {
          code = dictionary.size();
          codeOf.put(value, code);
          dictionary.add(value);
        }
        codes[i] = code;
      }
      return new Strings(codes, values.length, dictionary.toArray(new String[0]));
    }

    /**
     * This column, or when its dictionary may repeat a text, the same rows over a dictionary of
     * distinct entries (the first of each repeated text kept, in order). Hashes each entry once.
     */
    public Strings withDistinctDictionary() {
      if (distinct) {
        return this;
      }
      int capacity = Integer.highestOneBit(Math.max(4, dictionary.length * 2 - 1)) << 1;
      int shift = Integer.numberOfLeadingZeros(capacity - 1); // top bits of a multiplicative hash
      int[] slots = new int[capacity]; // merged code + 1; 0 is an empty slot
      int[] merged = new int[dictionary.length];
      String[] texts = new String[dictionary.length];
      int count = 0;
      for (int entry = 0; entry < dictionary.length; entry++) {
        String text = dictionary[entry];
        int slot = (text.hashCode() * 0x9E3779B9) >>> shift;
        while (slots[slot] != 0 && !texts[slots[slot] - 1].equals(text)) {
          slot = (slot + 1) & (capacity - 1);
        }
        if (slots[slot] == 0) {
          texts[count] = text;
          slots[slot] = ++count;
        }
        merged[entry] = slots[slot] - 1;
      }
      int[] remapped = new int[size];
      for (int row = 0; row < size; row++) {
        remapped[row] = codes[row] == MISSING ? MISSING : merged[codes[row]];
      }
      return new Strings(remapped, size, java.util.Arrays.copyOf(texts, count));
    }

    @Override
    public DType type() {
      return DType.STRING;
    }

    /** The rows whose code is {@link #MISSING}, or null when none is. */
    @Override
    public BitSet missing() {
      BitSet missing = null;
      for (int i = 0; i < size; i++) {
        if (codes[i] == MISSING) {
          if (missing == null) {
            missing = new BitSet();
          }
          missing.set(i);
        }
      }
      return missing;
    }

    @Override
    public boolean isMissing(int row) {
      return codes[row] == MISSING;
    }

    @Override
    public int missingCount() {
      int count = 0;
      for (int i = 0; i < size; i++) {
        count += codes[i] == MISSING ? 1 : 0;
      }
      return count;
    }

    /** The value at {@code row}, or null when missing. */
    public String get(int row) {
      int code = codes[row];
      return code == MISSING ? null : dictionary[code];
    }
  }

  /** Dates as days since 1970-01-01. {@code missing} is null when no value is missing. */
  record Dates(int[] epochDays, int size, BitSet missing) implements ColumnData {
    @Override
    public DType type() {
      return DType.DATE;
    }
  }

  /**
   * Date-times as microseconds since 1970-01-01T00:00, without a zone. {@code missing} is null
   * when no value is missing.
   */
  record DateTimes(long[] epochMicros, int size, BitSet missing) implements ColumnData {
    private static final long MICROS_PER_SECOND = 1_000_000;

    /** A value of this column as a {@link LocalDateTime}. */
    public static LocalDateTime toLocalDateTime(long epochMicros) {
      return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMicros, MICROS_PER_SECOND),
          (int) Math.floorMod(epochMicros, MICROS_PER_SECOND) * 1000, ZoneOffset.UTC);
    }

    @Override
    public DType type() {
      return DType.DATETIME;
    }
  }
}
