package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.util.Arrays;
import java.util.BitSet;

/** Filling missing values and converting column types, as pandas' fillna and astype do. */
public final class Conversions {
  private Conversions() {}

  /** The column with its missing values replaced by {@code value}. */
  public static ColumnData fill(ColumnData column, Object value, String name) {
    boolean widens = column instanceof ColumnData.Longs && value instanceof Number
        && !isIntegral(value); // int64 filled with a decimal is float64, values or not
    if (column.missingCount() == 0 && !widens) {
      return column;
    }
    int rows = column.size();
    if (column instanceof ColumnData.Longs longs && isIntegral(value)) {
      long[] values = Arrays.copyOf(longs.values(), rows);
      long fill = ((Number) value).longValue();
      forMissing(column, i -> values[i] = fill);
      return new ColumnData.Longs(values, rows, null);
    }
    if (column.type().isNumeric() && value instanceof Number number) {
      double[] values = new double[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = column.isMissing(i) ? number.doubleValue() : Evaluator.number(column, i);
      }
      return new ColumnData.Doubles(values, rows, null);
    }
    if (column instanceof ColumnData.Strings strings && value instanceof String text) {
      // reuse the value's code when it is there already (so a distinct dictionary stays so)
      String[] dictionary = strings.dictionary();
      int code = Arrays.asList(dictionary).indexOf(text);
      if (code < 0) {
        dictionary = Arrays.copyOf(dictionary, dictionary.length + 1);
        code = dictionary.length - 1;
        dictionary[code] = text;
      }
      int[] codes = Arrays.copyOf(strings.codes(), rows);
      int fillCode = code;
      forMissing(column, i -> codes[i] = fillCode);
      return new ColumnData.Strings(codes, rows, dictionary, strings.distinct());
    }
    if (column instanceof ColumnData.Booleans booleans && value instanceof Boolean b) {
      boolean[] values = Arrays.copyOf(booleans.values(), rows);
      forMissing(column, i -> values[i] = b);
      return new ColumnData.Booleans(values, rows, null);
    }
    if (column instanceof ColumnData.Dates dates && value instanceof java.time.LocalDate date) {
      int[] values = Arrays.copyOf(dates.epochDays(), rows);
      int day = (int) date.toEpochDay();
      forMissing(column, i -> values[i] = day);
      return new ColumnData.Dates(values, rows, null);
    }
    if (column instanceof ColumnData.DateTimes times
        && value instanceof java.time.LocalDateTime time) {
      long[] values = Arrays.copyOf(times.epochMicros(), rows);
      long micros = (Long) Labels.toKey(time, dev.floe.core.DType.DATETIME);
      forMissing(column, i -> values[i] = micros);
      return new ColumnData.DateTimes(values, rows, null);
    }
    throw new IllegalArgumentException("cannot fill missing values of column '" + name + "' ("
        + column.type() + ") with " + value + " (" + value.getClass().getSimpleName() + ")");
  }

  /** The column converted to {@code type}; missing values stay missing. */
  public static ColumnData convert(ColumnData column, DType type, String name) {
    if (column.type() == type) {
      return column;
    }
    int rows = column.size();
    BitSet missing = column.missing();
    switch (type) {
      case FLOAT64 -> {
        if (column.type().isNumeric()) {
          double[] values = new double[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = column.isMissing(i) ? Double.NaN : Evaluator.number(column, i);
          }
          return new ColumnData.Doubles(values, rows, missing);
        }
      }
      case INT64 -> {
        if (column instanceof ColumnData.Doubles doubles) {
          long[] values = new long[rows];
          for (int i = 0; i < rows; i++) {
            if (column.isMissing(i)) {
              continue;
            }
            double v = doubles.values()[i];
            if (!Double.isFinite(v)) {
              throw new IllegalArgumentException("cannot convert column '" + name + "' to int64:"
                  + " row " + i + " of its partition holds " + v + " (fill or drop it first)");
            }
            values[i] = (long) v;
          }
          return new ColumnData.Longs(values, rows, missing);
        }
        if (column instanceof ColumnData.Booleans booleans) {
          long[] values = new long[rows];
          for (int i = 0; i < rows; i++) {
            values[i] = booleans.values()[i] ? 1 : 0;
          }
          return new ColumnData.Longs(values, rows, missing);
        }
      }
      case STRING -> {
        String[] texts = new String[rows];
        for (int i = 0; i < rows; i++) {
          texts[i] = column.format(i);
        }
        return ColumnData.Strings.of(texts);
      }
      default -> { }
    }
    throw new IllegalArgumentException(
        "cannot convert column '" + name + "' from " + column.type() + " to " + type);
  }

  /** Whether {@code value} is a whole-number box (Long, Integer, Short, Byte): an int64 value. */
  static boolean isIntegral(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte;
  }

  private static void forMissing(ColumnData column, java.util.function.IntConsumer action) {
    BitSet missing = column.missing();
    for (int i = missing.nextSetBit(0); i >= 0 && i < column.size(); i = missing.nextSetBit(i + 1)) {
      action.accept(i);
    }
  }
}
