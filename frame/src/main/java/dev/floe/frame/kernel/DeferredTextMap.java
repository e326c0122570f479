package dev.floe.frame.kernel;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NoKeysAvailableException;
import tech.tablesaw.selection.Selection;

/**
 * A Tablesaw text dictionary over partitions' own dictionaries, merged only when first needed.
 *
 * <p>Implementation overview. A result's text column arrives as one dictionary per partition; the
 * same text may sit in several of them. Tablesaw's {@link IntDictionaryMap} needs one key per
 * distinct text, which means hashing every distinct text of every partition — for a column of ten
 * million distinct values, seconds and a map of ten million entries. Most results are only read
 * row by row (printed, written, summed over other columns), which needs no merged dictionary. So
 * this map starts <em>raw</em>: the partitions' dictionaries laid end to end ({@code texts}) and,
 * per row, the index of its text there ({@code rows}; {@link #MISSING_KEY} for missing). Reading
 * a row's text, its missingness, the size and the missing count are answered raw. Any other call —
 * keys, counts, equality, sorting, appending — first <em>settles</em> the map: texts are merged
 * by hashing each used entry once, and an {@link IntDictionaryMap} over the merged keys answers
 * from then on; the raw arrays are dropped.
 *
 * <p>Concurrency: the state is one volatile reference, to the immutable raw arrays or to the
 * settled map. Settling happens once under this object's lock, never writes the raw arrays, and
 * publishes the settled map by replacing the reference, so a concurrent reader sees either a
 * consistent raw state or the finished settled one. Mutations follow Tablesaw's own rule: one
 * thread at a time.
 */
final class DeferredTextMap implements DictionaryMap {
  /** The key Tablesaw's text dictionaries give the missing value (the empty string). */
  static final int MISSING_KEY = Integer.MAX_VALUE;

  /** The unmerged state: texts end to end, each row's index into them, the missing count. */
  private record Raw(String[] texts, int[] rows, int missing) {}

  /** A {@link Raw} until settled, then the {@link IntDictionaryMap}. */
  private volatile Object state;

  /**
   * A map over {@code rows}, each the index of its text in {@code texts} or {@link #MISSING_KEY};
   * no text may be empty (Tablesaw reads the empty string as missing). Takes both arrays.
   */
  DeferredTextMap(String[] texts, int[] rows, int missing) {
    this.state = new Raw(texts, rows, missing);
  }

  /** Whether the dictionary has been merged (for tests: reading rows must not merge it). */
  boolean isSettled() {
    return state instanceof IntDictionaryMap;
  }

  private IntDictionaryMap settled() {
    if (state instanceof IntDictionaryMap map) {
      return map;
    }
    synchronized (this) {
      if (state instanceof Raw raw) {
        state = settle(raw.texts(), raw.rows(), raw.missing());
      }
      return (IntDictionaryMap) state;
    }
  }

  private static IntDictionaryMap settle(String[] texts, int[] rows, int missing) {
    int[] keyOfText = new int[texts.length];
    Arrays.fill(keyOfText, -1);
    int used = 0;
    for (int row : rows) {
      if (row != MISSING_KEY && keyOfText[row] < 0) {
        keyOfText[row] = 0;
        used++;
      }
    }
    Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(used + 1);
    valueToKey.defaultReturnValue(Integer.MIN_VALUE); // as Tablesaw's own maps: "no key"
    String[] textOfKey = new String[used];
    int next = 0;
    for (int t = 0; t < texts.length; t++) {
      if (keyOfText[t] < 0) {
        continue;
      }
      int key = valueToKey.putIfAbsent(texts[t], next);
      if (key == Integer.MIN_VALUE) {
        key = next++;
        textOfKey[key] = texts[t];
      }
      keyOfText[t] = key;
    }
    int[] keys = new int[rows.length];
    int[] counts = new int[next];
    for (int i = 0; i < rows.length; i++) {
      int key = rows[i] == MISSING_KEY ? MISSING_KEY : keyOfText[rows[i]];
      keys[i] = key;
      if (key != MISSING_KEY) {
        counts[key]++;
      }
    }
    TextKeys keyToValue = new TextKeys(textOfKey, next);
    Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(next + 1);
    for (int key = 0; key < next; key++) {
      keyToCount.put(key, counts[key]);
    }
    if (missing > 0) {
      keyToValue.put(MISSING_KEY, "");
      valueToKey.put("", MISSING_KEY);
      keyToCount.put(MISSING_KEY, missing);
    }
    return new IntDictionaryMap.IntDictionaryBuilder()
        .setValues(keys)
        .setKeyToValue(keyToValue)
        .setValueToKey(valueToKey)
        .setKeyToCount(keyToCount)
        .setNextIndex(next)
        .build();
  }

  // answered raw until settled

  @Override
  public int size() {
    return state instanceof Raw raw ? raw.rows().length : ((IntDictionaryMap) state).size();
  }

  @Override
  public String getValueForIndex(int row) {
    if (state instanceof Raw raw) {
      int at = raw.rows()[row];
      return at == MISSING_KEY ? "" : raw.texts()[at];
    }
    return ((IntDictionaryMap) state).getValueForIndex(row);
  }

  @Override
  public boolean isMissing(int row) {
    return state instanceof Raw raw
        ? raw.rows()[row] == MISSING_KEY
        : ((IntDictionaryMap) state).isMissing(row);
  }

  @Override
  public int countMissing() {
    return state instanceof Raw raw ? raw.missing() : ((IntDictionaryMap) state).countMissing();
  }

  @Override
  public String[] asObjectArray() {
    if (!(state instanceof Raw raw)) {
      return ((IntDictionaryMap) state).asObjectArray();
    }
    String[] values = new String[raw.rows().length];
    for (int i = 0; i < values.length; i++) {
      int at = raw.rows()[i];
      values[i] = at == MISSING_KEY ? "" : raw.texts()[at];
    }
    return values;
  }

  @Override
  public Iterator<String> iterator() {
    if (!(state instanceof Raw)) {
      return ((IntDictionaryMap) state).iterator();
    }
    // reads through this map, so appends made while iterating are seen as Tablesaw's own are
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return getValueForIndex(next++);
      }
    };
  }

  // everything else needs one key per distinct text

  @Override
  public void sortDescending() {
    settled().sortDescending();
  }

  @Override
  public void sortAscending() {
    settled().sortAscending();
  }

  @Override
  public int getKeyAtIndex(int row) {
    return settled().getKeyAtIndex(row);
  }

  @Override
  public String getValueForKey(int key) {
    return settled().getValueForKey(key);
  }

  @Override
  public int countOccurrences(String value) {
    return settled().countOccurrences(value);
  }

  @Override
  public Set<String> asSet() {
    return settled().asSet();
  }

  @Override
  public int uniqueValuesAt(int row) {
    return settled().uniqueValuesAt(row);
  }

  @Override
  public int[] asIntArray() {
    return settled().asIntArray();
  }

  @Override
  public int getKeyForIndex(int row) {
    return settled().getKeyForIndex(row);
  }

  @Override
  public int firstIndexOf(String value) {
    return settled().firstIndexOf(value);
  }

  @Override
  public Selection selectIsIn(String... values) {
    return settled().selectIsIn(values);
  }

  @Override
  public Selection selectIsIn(Collection<String> values) {
    return settled().selectIsIn(values);
  }

  @Override
  public void append(String value) throws NoKeysAvailableException {
    settled().append(value);
  }

  @Override
  public void set(int row, String value) throws NoKeysAvailableException {
    settled().set(row, value);
  }

  @Override
  public void clear() {
    settled().clear();
  }

  @Override
  public int countUnique() {
    return settled().countUnique();
  }

  @Override
  public Table countByCategory(String columnName) {
    return settled().countByCategory(columnName);
  }

  @Override
  public Selection isEqualTo(String value) {
    return settled().isEqualTo(value);
  }

  @Override
  public Selection isNotEqualTo(String value) {
    return settled().isNotEqualTo(value);
  }

  @Override
  public List<BooleanColumn> getDummies() {
    return settled().getDummies();
  }

  @Override
  public byte[] asBytes(int row) {
    return settled().asBytes(row);
  }

  @Override
  public void appendMissing() {
    settled().appendMissing();
  }

  @Override
  public DictionaryMap promoteYourself() {
    return settled().promoteYourself();
  }

  @Override
  public int nextKeyWithoutIncrementing() {
    return settled().nextKeyWithoutIncrementing();
  }
}
