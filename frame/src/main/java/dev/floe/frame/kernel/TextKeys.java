package dev.floe.frame.kernel;

import it.unimi.dsi.fastutil.ints.AbstractInt2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.AbstractObjectSet;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A Tablesaw text dictionary's key-to-text map over an array: the keys Floe hands Tablesaw are
 * 0..n-1, so the text of key k is {@code texts[k]} — no hashing of millions of keys when a result
 * with a text column of millions of distinct values becomes a table. Keys outside the array
 * (Tablesaw's missing-value key, keys of texts appended later beyond its end) live in a small
 * hash map. Used by one column, as Tablesaw's own maps are: not thread-safe.
 */
final class TextKeys extends AbstractInt2ObjectMap<String> {
  private static final long serialVersionUID = 1L;

  private String[] texts;
  private final Int2ObjectOpenHashMap<String> others = new Int2ObjectOpenHashMap<>();
  private int size;

  /** The texts of keys {@code 0..count-1} (none null). */
  TextKeys(String[] texts, int count) {
    this.texts = texts;
    this.size = count;
  }

  @Override
  public String get(int key) {
    if (key >= 0 && key < texts.length) {
      return texts[key];
    }
    return others.get(key);
  }

  @Override
  public boolean containsKey(int key) {
    return get(key) != null;
  }

  @Override
  public String put(int key, String text) {
    if (key >= 0 && key < texts.length + texts.length / 2 + 16) {
      if (key >= texts.length) {
        texts = Arrays.copyOf(texts, Math.max(key + 1, texts.length + texts.length / 2 + 16));
      }
      String old = texts[key];
      texts[key] = text;
      size += old == null ? 1 : 0;
      return old;
    }
    String old = others.put(key, text);
    size += old == null ? 1 : 0;
    return old;
  }

  @Override
  public String remove(int key) {
    String old;
    if (key >= 0 && key < texts.length) {
      old = texts[key];
      texts[key] = null;
    } else {
      old = others.remove(key);
    }
    size -= old == null ? 0 : 1;
    return old;
  }

  @Override
  public void clear() {
    Arrays.fill(texts, null);
    others.clear();
    size = 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ObjectSet<Int2ObjectMap.Entry<String>> int2ObjectEntrySet() {
    return new AbstractObjectSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public ObjectIterator<Int2ObjectMap.Entry<String>> iterator() {
        ObjectIterator<Int2ObjectMap.Entry<String>> rest = others.int2ObjectEntrySet().iterator();
        return new ObjectIterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int at = from;
            while (at < texts.length && texts[at] == null) {
              at++;
            }
            return at;
          }

          @Override
          public boolean hasNext() {
            return next < texts.length || rest.hasNext();
          }

          @Override
          public Int2ObjectMap.Entry<String> next() {
            if (next < texts.length) {
              Int2ObjectMap.Entry<String> entry = new BasicEntry<>(next, texts[next]);
              next = advance(next + 1);
              return entry;
            }
            if (!rest.hasNext()) {
              throw new NoSuchElementException();
            }
            return rest.next();
          }
        };
      }
    };
  }
}
