package dev.floe.io.csv;

import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Appends parsed values of one column of one block to a primitive array.
 *
 * <p>A value the column's type cannot take throws {@link Numbers.NotParsable}, and the caller
 * names file, line, column and value. Nothing is promoted silently: a column that the sample
 * showed as int64 and that holds {@code 1.5} or {@code 99999999999999999999} further on is an
 * error with the option that reads it, never a float64 column that {@code dtypes()} still calls
 * int64 (nor an integer beyond 2^53 rounded to a double).
 */
abstract class ColumnBuilder {
  private static final int INITIAL_CAPACITY = 1024;

  int size;
  BitSet missing;

  /** Appends a parsed value. */
  abstract void add(byte[] bytes, int start, int end) throws Numbers.NotParsable;

  /** Appends a missing value. */
  final void addMissing() {
    if (missing == null) {
      missing = new BitSet();
    }
    missing.set(size);
    grow();
    size++;
  }

  /** Forgets the rows from {@code rows} on (a bad line being skipped). */
  final void truncate(int rows) {
    size = rows;
    if (missing != null) {
      missing.clear(rows, Integer.MAX_VALUE);
    }
  }

  /** The column type the builder produces now. */
  abstract DType type();

  /** Makes room for one more value at {@code size}. */
  abstract void grow();

  /** The finished column; the builder must not be used afterwards. */
  abstract ColumnData build();

  static ColumnBuilder of(DType type, TextDecoder decoder) {
    return switch (type) {
      case INT64 -> new Longs();
      case FLOAT64 -> new Doubles();
      case BOOL -> new Booleans();
      case STRING -> new Strings(decoder);
      case DATE -> new Dates();
      case DATETIME -> new DateTimes();
      case INT32, FLOAT32 -> throw type.notAFrameType("a CSV column");
    };
  }

  static int grown(int length) {
    return Math.max(INITIAL_CAPACITY, length + (length >> 1));
  }

  static final class Longs extends ColumnBuilder {
    private long[] values = new long[INITIAL_CAPACITY];

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      long value = Numbers.parseLong(bytes, start, end);
      grow();
      values[size++] = value;
    }

    @Override
    DType type() {
      return DType.INT64;
    }

    @Override
    void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grown(values.length));
      }
    }

    @Override
    ColumnData build() {
      return new ColumnData.Longs(values, size, missing);
    }
  }

  static final class Doubles extends ColumnBuilder {
    private double[] values;

    Doubles() {
      values = new double[INITIAL_CAPACITY];
    }

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      double value = Numbers.parseDouble(bytes, start, end);
      if (Double.isNaN(value)) { // "nan" and its spellings: a float64 NaN is a missing value
        addMissing();
        return;
      }
      grow();
      values[size++] = value;
    }

    @Override
    DType type() {
      return DType.FLOAT64;
    }

    @Override
    void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grown(values.length));
      }
    }

    @Override
    ColumnData build() {
      return new ColumnData.Doubles(values, size, missing);
    }
  }

  static final class Booleans extends ColumnBuilder {
    private boolean[] values = new boolean[INITIAL_CAPACITY];

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      boolean value = Numbers.parseBoolean(bytes, start, end);
      grow();
      values[size++] = value;
    }

    @Override
    DType type() {
      return DType.BOOL;
    }

    @Override
    void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grown(values.length));
      }
    }

    @Override
    ColumnData build() {
      return new ColumnData.Booleans(values, size, missing);
    }
  }

  static final class Dates extends ColumnBuilder {
    private int[] values = new int[INITIAL_CAPACITY];

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      int value = Numbers.parseDate(bytes, start, end);
      grow();
      values[size++] = value;
    }

    @Override
    DType type() {
      return DType.DATE;
    }

    @Override
    void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grown(values.length));
      }
    }

    @Override
    ColumnData build() {
      return new ColumnData.Dates(values, size, missing);
    }
  }

  static final class DateTimes extends ColumnBuilder {
    private long[] values = new long[INITIAL_CAPACITY];

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      long value = Numbers.parseDateTime(bytes, start, end);
      grow();
      values[size++] = value;
    }

    @Override
    DType type() {
      return DType.DATETIME;
    }

    @Override
    void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grown(values.length));
      }
    }

    @Override
    ColumnData build() {
      return new ColumnData.DateTimes(values, size, missing);
    }
  }

  /** Strings, dictionary-encoded while parsing: each distinct byte sequence is decoded once. */
  static final class Strings extends ColumnBuilder {
    private final ByteDictionary dictionary;
    private int[] codes = new int[INITIAL_CAPACITY];

    Strings(TextDecoder decoder) {
      dictionary = new ByteDictionary(decoder);
    }

    @Override
    void add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
      grow();
      codes[size++] = dictionary.code(bytes, start, end);
    }

    @Override
    DType type() {
      return DType.STRING;
    }

    @Override
    void grow() {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, grown(codes.length));
      }
    }

    @Override
    ColumnData build() {
      if (missing != null) {
        for (int row = missing.nextSetBit(0); row >= 0 && row < size;
            row = missing.nextSetBit(row + 1)) {
          codes[row] = ColumnData.Strings.MISSING;
        }
      }
      return new ColumnData.Strings(codes, size, dictionary.values());
    }
  }
}
