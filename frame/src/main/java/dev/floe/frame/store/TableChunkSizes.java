package dev.floe.frame.store;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.runtime.store.SizeEstimator;
import java.util.BitSet;

/**
 * Measures a table chunk from its arrays: 8 bytes a value for int64, float64 and date-time
 * columns, 4 for dates and string codes, 1 for bools, plus missing-value masks and the strings
 * of a column's dictionary (counted in full by each chunk that shares it). A dictionary of more
 * than {@link #DICTIONARY_SAMPLE} strings is measured by that many evenly spaced ones: walking
 * ten million strings to size a chunk costs as much as making it.
 */
public final class TableChunkSizes implements SizeEstimator {
  private static final long ARRAY_HEADER_BYTES = 16;
  private static final long STRING_OVERHEAD_BYTES = 56; // String + its byte[] headers and fields
  private static final int DICTIONARY_SAMPLE = 4096;

  @Override
  public long estimateBytes(Object value) {
    if (!(value instanceof Chunk chunk)) {
      return -1;
    }
    long total = 0;
    for (ColumnData column : chunk.columns()) {
      total += bytes(column);
    }
    return total;
  }

  private static long bytes(ColumnData column) {
    if (column instanceof ColumnData.Strings strings) {
      String[] dictionary = strings.dictionary();
      int step = Math.max(1, dictionary.length / DICTIONARY_SAMPLE);
      long sampled = 0;
      int count = 0;
      for (int i = 0; i < dictionary.length; i += step) {
        sampled += STRING_OVERHEAD_BYTES + dictionary[i].length();
        count++;
      }
      long texts = count == 0 ? 0 : sampled * dictionary.length / count;
      return ARRAY_HEADER_BYTES + 4L * strings.codes().length + texts;
    }
    long values = 0;
    if (column instanceof ColumnData.Longs c) {
      values = 8L * c.values().length;
    } else if (column instanceof ColumnData.Doubles c) {
      values = 8L * c.values().length;
    } else if (column instanceof ColumnData.DateTimes c) {
      values = 8L * c.epochMicros().length;
    } else if (column instanceof ColumnData.Dates c) {
      values = 4L * c.epochDays().length;
    } else if (column instanceof ColumnData.Booleans c) {
      values = c.values().length;
    }
    BitSet missing = column.missing();
    return ARRAY_HEADER_BYTES + values + (missing == null ? 0 : missing.size() / 8);
  }
}
