package dev.floe.frame.kernel;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Putting chunks together: the rows of several chunks, in order, as one. */
public final class Chunks {
  /** Text dictionaries up to this many entries in all are merged when stacked. */
  private static final int EAGER_MERGE_ENTRIES = 1 << 16;

  private Chunks() {}

  /**
   * The rows of {@code chunks} one after another, with the columns of the first. Text columns get
   * one dictionary; an int64 column that is float64 in some chunk becomes float64.
   */
  public static Chunk concat(List<Chunk> chunks) {
    if (chunks.size() == 1) {
      return chunks.get(0);
    }
    Chunk first = chunks.get(0);
    int rows = chunks.stream().mapToInt(Chunk::rows).sum();
    List<ColumnData> columns = new ArrayList<>();
    for (String name : first.names()) {
      List<ColumnData> parts = new ArrayList<>();
      for (Chunk chunk : chunks) {
        parts.add(chunk.column(name));
      }
      columns.add(concatColumn(name, parts, rows));
    }
    return new Chunk(first.names(), columns, rows);
  }

  /** Row by row, {@code first}'s value where {@code pick} is 0 and {@code second}'s where 1. */
  public static ColumnData choose(ColumnData first, ColumnData second, int[] pick) {
    int rows = pick.length;
    ColumnData both = concatColumn("choice", List.of(first, second), rows * 2);
    int[] take = new int[rows];
    for (int i = 0; i < rows; i++) {
      take[i] = pick[i] == 0 ? i : rows + i;
    }
    return Rows.take(new Chunk(List.of("choice"), List.of(both), rows * 2), take, rows)
        .columns().get(0);
  }

  /** The values of {@code parts}, one after another, as one column of {@code rows} rows. */
  static ColumnData concatColumn(String name, List<ColumnData> parts, int rows) {
    DType type = parts.get(0).type();
    for (ColumnData part : parts) {
      if (part.type() != type) {
        if (part.type().isNumeric() && type.isNumeric()) {
          type = DType.FLOAT64;
        } else {
          throw new IllegalArgumentException("column '" + name + "' is " + type
              + " in one partition and " + part.type() + " in another");
        }
      }
    }
    BitSet missing = null;
    int at = 0;
    for (ColumnData part : parts) {
      BitSet partMissing = part.missing();
      if (partMissing != null) {
        if (missing == null) {
          missing = new BitSet(rows);
        }
        for (int i = partMissing.nextSetBit(0); i >= 0; i = partMissing.nextSetBit(i + 1)) {
          missing.set(at + i);
        }
      }
      at += part.size();
    }
    switch (type) {
      case INT64 -> {
        long[] values = new long[rows];
        at = 0;
        for (ColumnData part : parts) {
          System.arraycopy(((ColumnData.Longs) part).values(), 0, values, at, part.size());
          at += part.size();
        }
        return new ColumnData.Longs(values, rows, missing);
      }
      case FLOAT64 -> {
        double[] values = new double[rows];
        at = 0;
        for (ColumnData part : parts) {
          if (part instanceof ColumnData.Doubles d) {
            System.arraycopy(d.values(), 0, values, at, part.size());
          } else {
            long[] longs = ((ColumnData.Longs) part).values();
            for (int i = 0; i < part.size(); i++) {
              values[at + i] = longs[i];
            }
          }
          at += part.size();
        }
        return new ColumnData.Doubles(values, rows, missing);
      }
      case BOOL -> {
        boolean[] values = new boolean[rows];
        at = 0;
        for (ColumnData part : parts) {
          System.arraycopy(((ColumnData.Booleans) part).values(), 0, values, at, part.size());
          at += part.size();
        }
        return new ColumnData.Booleans(values, rows, missing);
      }
      case DATE -> {
        int[] values = new int[rows];
        at = 0;
        for (ColumnData part : parts) {
          System.arraycopy(((ColumnData.Dates) part).epochDays(), 0, values, at, part.size());
          at += part.size();
        }
        return new ColumnData.Dates(values, rows, missing);
      }
      case DATETIME -> {
        long[] values = new long[rows];
        at = 0;
        for (ColumnData part : parts) {
          System.arraycopy(((ColumnData.DateTimes) part).epochMicros(), 0, values, at, part.size());
          at += part.size();
        }
        return new ColumnData.DateTimes(values, rows, missing);
      }
      default -> {
        return concatStrings(parts, rows);
      }
    }
  }

  /**
   * Text parts end to end. Parts sharing one dictionary keep it. Otherwise small dictionaries are
   * merged at once (hashing a few thousand texts is cheap and keeps pieces small), while large
   * ones are laid end to end, codes shifted, and marked as possibly repeating texts: a shuffle's
   * output of ten million distinct texts would otherwise hash every one of them — one cache miss
   * per text — though most such columns are only carried along. Kernels that need one code per
   * text merge them when they need it ({@link ColumnData.Strings#withDistinctDictionary()}).
   */
  private static ColumnData concatStrings(List<ColumnData> parts, int rows) {
    ColumnData.Strings first = (ColumnData.Strings) parts.get(0);
    String[] shared = first.dictionary();
    if (parts.stream().allMatch(p -> ((ColumnData.Strings) p).dictionary() == shared)) {
      int[] out = new int[rows];
      int at = 0;
      for (ColumnData part : parts) {
        System.arraycopy(((ColumnData.Strings) part).codes(), 0, out, at, part.size());
        at += part.size();
      }
      return new ColumnData.Strings(out, rows, shared, first.distinct());
    }
    int entries = 0;
    for (ColumnData part : parts) {
      entries += ((ColumnData.Strings) part).dictionary().length;
    }
    String[] dictionary = new String[entries];
    int[] out = new int[rows];
    int offset = 0;
    int at = 0;
    for (ColumnData part : parts) {
      ColumnData.Strings strings = (ColumnData.Strings) part;
      String[] texts = strings.dictionary();
      System.arraycopy(texts, 0, dictionary, offset, texts.length);
      int[] codes = strings.codes();
      for (int i = 0; i < strings.size(); i++) {
        int code = codes[i];
        out[at++] = code == ColumnData.Strings.MISSING ? code : offset + code;
      }
      offset += texts.length;
    }
    ColumnData.Strings stacked = new ColumnData.Strings(out, rows, dictionary, false);
    return entries <= EAGER_MERGE_ENTRIES ? stacked.withDistinctDictionary() : stacked;
  }

}
