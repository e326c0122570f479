package dev.floe.frame.kernel;

import dev.floe.frame.Aggregation;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-group {@link Stats} of one value column, keyed by the values of the key columns — the
 * partial result of a group-by on one partition, mergeable with others'. Rows whose key is missing
 * are left out, as pandas does by default, or kept as groups of their own (pandas' {@code
 * dropna=False}, SQL's {@code GROUP BY}), where a missing key part is null and sorts last.
 * Immutable.
 *
 * <p>A partition is grouped in two passes over primitive arrays: rows are mapped to dense group
 * numbers (for a single text key the dictionary codes already are such numbers), then statistics
 * are accumulated per group number.
 */
public final class GroupedStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> keyNames;
  private final List<DType> keyTypes;
  private final Map<List<Object>, Stats> groups;

  private GroupedStats(List<String> keyNames, List<DType> keyTypes, Map<List<Object>, Stats> groups) {
    this.keyNames = List.copyOf(keyNames);
    this.keyTypes = List.copyOf(keyTypes);
    this.groups = groups;
  }

  /**
   * Groups {@code chunk} by {@code keys} and gathers statistics of {@code value} per group; with
   * a null {@code value}, only row counts.
   */
  public static GroupedStats of(Chunk chunk, List<String> keys, String value) {
    return of(chunk, keys, value, true);
  }

  /**
   * Groups {@code chunk} by {@code keys} and gathers statistics of {@code value} per group; with
   * a null {@code value}, only row counts. {@code dropMissing} leaves out rows with a missing key
   * part; otherwise they form groups with that part null.
   */
  public static GroupedStats of(Chunk chunk, List<String> keys, String value,
      boolean dropMissing) {
    List<ColumnData> keyColumns = new ArrayList<>();
    List<DType> keyTypes = new ArrayList<>();
    for (String key : keys) {
      keyColumns.add(chunk.column(key));
      keyTypes.add(chunk.column(key).type());
    }
    int rows = chunk.rows();
    int[] groupOf = new int[rows];
    List<List<Object>> groupKeys = new ArrayList<>();
    if (keyColumns.size() == 1 && keyColumns.get(0) instanceof ColumnData.Strings strings) {
      // Dictionary entries are distinct (ColumnData.Strings), so codes are group numbers.
      int missingGroup = dropMissing ? -1 : strings.dictionary().length;
      int[] codes = strings.codes();
      for (int row = 0; row < rows; row++) {
        groupOf[row] = codes[row] == ColumnData.Strings.MISSING ? missingGroup : codes[row];
      }
      for (String text : strings.dictionary()) {
        groupKeys.add(List.of(text));
      }
      if (!dropMissing) {
        groupKeys.add(Collections.singletonList(null));
      }
    } else {
      Map<List<Object>, Integer> numbers = new HashMap<>();
      for (int row = 0; row < rows; row++) {
        List<Object> key = keyAt(keyColumns, row, dropMissing);
        if (key == null) {
          groupOf[row] = -1;
          continue;
        }
        Integer number = numbers.get(key);
        if (number == null) {
          number = groupKeys.size();
          numbers.put(key, number);
          groupKeys.add(key);
        }
        groupOf[row] = number;
      }
    }
    Stats[] stats = accumulate(groupOf, groupKeys.size(), value == null ? null : chunk.column(value));
    Map<List<Object>, Stats> groups = new LinkedHashMap<>();
    for (int g = 0; g < stats.length; g++) {
      if (stats[g].rows() > 0) {
        groups.put(groupKeys.get(g), stats[g]);
      }
    }
    return new GroupedStats(keys, keyTypes, groups);
  }

  /** The key of {@code row}: null parts for missing values, or null when those drop the row. */
  private static List<Object> keyAt(List<ColumnData> columns, int row, boolean dropMissing) {
    Object[] key = new Object[columns.size()];
    for (int k = 0; k < key.length; k++) {
      key[k] = Keys.valueAt(columns.get(k), row);
      if (key[k] == null && dropMissing) {
        return null;
      }
    }
    return Arrays.asList(key);
  }

  /** Two passes per group: sums and counts, then squared deviations from the group mean. */
  private static Stats[] accumulate(int[] groupOf, int groupCount, ColumnData value) {
    long[] rows = new long[groupCount];
    long[] count = new long[groupCount];
    double[] sum = new double[groupCount];
    long[] integerSum = new long[groupCount];
    double[] shifted = new double[groupCount]; // sums of v - first (see Stats.of)
    boolean[] overflowed = new boolean[groupCount];
    double[] min = new double[groupCount];
    double[] max = new double[groupCount];
    double[] first = new double[groupCount];
    double[] last = new double[groupCount];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    Arrays.fill(first, Double.NaN);
    Arrays.fill(last, Double.NaN);
    BitSet missing = value == null ? null : value.missing();
    double[] doubles = value instanceof ColumnData.Doubles d ? d.values() : null;
    long[] longs = value instanceof ColumnData.Longs l ? l.values() : null;
    if (value != null && doubles == null && longs == null) {
      throw new IllegalArgumentException("cannot aggregate a " + value.type() + " column");
    }
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (g < 0) {
        continue;
      }
      rows[g]++;
      if (value == null || (missing != null && missing.get(row))) {
        continue;
      }
      double v = doubles != null ? doubles[row] : longs[row];
      if (count[g] == 0) {
        first[g] = v;
      }
      last[g] = v;
      count[g]++;
      sum[g] += v;
      shifted[g] += v - first[g];
      if (longs != null) {
        long next = integerSum[g] + longs[row];
        overflowed[g] |= ((integerSum[g] ^ next) & (longs[row] ^ next)) < 0;
        integerSum[g] = next;
      }
      min[g] = Math.min(min[g], v);
      max[g] = Math.max(max[g], v);
    }
    double[] m2 = new double[groupCount];
    double[] mean = new double[groupCount];
    if (value != null) {
      for (int g = 0; g < groupCount; g++) {
        mean[g] = count[g] == 0 ? 0 : first[g] + shifted[g] / count[g];
      }
      for (int row = 0; row < groupOf.length; row++) {
        int g = groupOf[row];
        if (g < 0 || (missing != null && missing.get(row))) {
          continue;
        }
        double d = (doubles != null ? doubles[row] : longs[row]) - mean[g];
        m2[g] += d * d;
      }
    }
    Stats[] stats = new Stats[groupCount];
    for (int g = 0; g < groupCount; g++) {
      stats[g] = count[g] == 0
          ? Stats.noValues(rows[g], longs != null)
          : new Stats(rows[g], count[g], sum[g], mean[g], m2[g], min[g], max[g],
              first[g], last[g], longs != null && !overflowed[g], integerSum[g]);
    }
    return stats;
  }

  /** These groups followed by {@code next}'s. */
  public GroupedStats merge(GroupedStats next) {
    Map<List<Object>, Stats> merged = new LinkedHashMap<>(groups);
    next.groups.forEach((key, stats) -> merged.merge(key, stats, Stats::merge));
    return new GroupedStats(keyNames, keyTypes, merged);
  }

  /**
   * The result table: the key columns, then one column per aggregation; groups sorted by key as
   * pandas sorts them when {@code sorted}, else in the order they first appear (partition by
   * partition, row by row, as pandas' {@code sort=False}). One aggregation is named after {@code
   * valueName}; several are named {@code valueName_aggregation}.
   */
  public Chunk toChunk(String valueName, List<Aggregation> aggregations, boolean sorted) {
    List<List<Object>> keys = new ArrayList<>(groups.keySet());
    if (sorted) {
      keys.sort(KEY_ORDER);
    }
    int n = keys.size();
    List<String> names = new ArrayList<>(keyNames);
    List<ColumnData> columns = new ArrayList<>();
    for (int k = 0; k < keyNames.size(); k++) {
      columns.add(keyColumn(keys, k, keyTypes.get(k)));
    }
    for (Aggregation aggregation : aggregations) {
      names.add(aggregations.size() == 1 ? valueName : valueName + "_" + aggregation);
      if (aggregation.isCount()) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          values[i] = (long) groups.get(keys.get(i)).value(aggregation);
        }
        columns.add(new ColumnData.Longs(values, n, null));
      } else {
        double[] values = new double[n];
        BitSet missing = null;
        for (int i = 0; i < n; i++) {
          values[i] = groups.get(keys.get(i)).value(aggregation);
          if (Double.isNaN(values[i])) {
            if (missing == null) {
              missing = new BitSet();
            }
            missing.set(i);
          }
        }
        columns.add(new ColumnData.Doubles(values, n, missing));
      }
    }
    return new Chunk(names, columns, n);
  }

  /** Keys part by part, each in its type's order ({@link Keys#compare}), missing parts last. */
  private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : Keys.compare(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  private static ColumnData keyColumn(List<List<Object>> keys, int k, DType type) {
    int n = keys.size();
    BitSet missing = null;
    for (int i = 0; i < n; i++) {
      if (keys.get(i).get(k) == null) {
        if (missing == null) {
          missing = new BitSet();
        }
        missing.set(i);
      }
    }
    BitSet absent = missing == null ? new BitSet() : missing;
    switch (type) {
      case STRING -> {
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
          texts[i] = (String) keys.get(i).get(k);
        }
        return ColumnData.Strings.of(texts);
      }
      case INT64 -> {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          values[i] = absent.get(i) ? 0 : (Long) keys.get(i).get(k);
        }
        return new ColumnData.Longs(values, n, missing);
      }
      case FLOAT64 -> {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = absent.get(i) ? Double.NaN : (Double) keys.get(i).get(k);
        }
        return new ColumnData.Doubles(values, n, missing);
      }
      case BOOL -> {
        boolean[] values = new boolean[n];
        for (int i = 0; i < n; i++) {
          values[i] = !absent.get(i) && (Boolean) keys.get(i).get(k);
        }
        return new ColumnData.Booleans(values, n, missing);
      }
      case DATE -> {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
          values[i] = absent.get(i) ? 0 : (Integer) keys.get(i).get(k);
        }
        return new ColumnData.Dates(values, n, missing);
      }
      default -> {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          values[i] = absent.get(i) ? 0 : (Long) keys.get(i).get(k);
        }
        return new ColumnData.DateTimes(values, n, missing);
      }
    }
  }
}
