package dev.floe.io.csv;

import java.util.Arrays;

/**
 * Numbers distinct byte sequences in order of first appearance, decoding each to a String once.
 * An open-addressing hash table over a pool of the sequences' bytes; a low-cardinality column
 * (airport codes) costs a hash and a compare per row and no allocation.
 */
final class ByteDictionary {
  private static final int INITIAL_SLOTS = 64;

  private final TextDecoder decoder;
  private int[] slots = new int[INITIAL_SLOTS]; // code + 1; 0 marks an empty slot
  private int[] hashes = new int[INITIAL_SLOTS];
  private byte[] pool = new byte[1024];
  private int poolSize;
  private int[] offsets = new int[16];
  private int[] lengths = new int[16];
  private String[] values = new String[16];
  private int count;

  ByteDictionary(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * The code of {@code bytes[start, end)}, adding it when new.
   *
   * @throws Numbers.NotParsable when the bytes are not valid text in the encoding
   */
  int code(byte[] bytes, int start, int end) throws Numbers.NotParsable {
    int hash = hash(bytes, start, end);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        int code = add(bytes, start, end);
        slots[slot] = code + 1;
        hashes[slot] = hash;
        if (count * 2 > slots.length) {
          rehash();
        }
        return code;
      }
      int code = entry - 1;
      if (hashes[slot] == hash && equal(code, bytes, start, end)) {
        return code;
      }
    }
  }

  /** The distinct values, by code. */
  String[] values() {
    return Arrays.copyOf(values, count);
  }

  private int add(byte[] bytes, int start, int end) throws Numbers.NotParsable {
    int length = end - start;
    String value = decoder.decode(bytes, start, end);
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(bytes, start, pool, poolSize, length);
    if (count == values.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    offsets[count] = poolSize;
    lengths[count] = length;
    values[count] = value;
    poolSize += length;
    return count++;
  }

  private boolean equal(int code, byte[] bytes, int start, int end) {
    int length = end - start;
    if (lengths[code] != length) {
      return false;
    }
    int offset = offsets[code];
    for (int i = 0; i < length; i++) {
      if (pool[offset + i] != bytes[start + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private static int hash(byte[] bytes, int start, int end) {
    int hash = 0x9747b28c;
    for (int i = start; i < end; i++) {
      hash = (hash ^ bytes[i]) * 0x01000193;
    }
    return hash ^ (hash >>> 16);
  }
}
