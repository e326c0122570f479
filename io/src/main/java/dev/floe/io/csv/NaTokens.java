package dev.floe.io.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a field's bytes are one of the missing-value tokens ({@code NA}, {@code null}, …). Asked
 * for every field, so most answers come from one table lookup: a field whose first byte starts no
 * token is not one, and a field of up to 8 bytes is packed into a {@code long} and found in a
 * small open-addressing table; only tokens longer than 8 bytes are compared byte by byte.
 */
final class NaTokens {
  private static final int PACKED_MAX_BYTES = 8;
  private static final int SLOTS = 128;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final boolean[] startsToken = new boolean[256];
  private final long[] packed = new long[SLOTS];
  private final int[] lengths = new int[SLOTS]; // token length + 1; 0 marks an empty slot
  private final List<byte[]> longTokens = new ArrayList<>();
  private final boolean empty;
  private final int longest;

  NaTokens(Set<String> tokens, Charset encoding) {
    boolean emptyToken = false;
    int max = 0;
    for (String token : tokens) {
      byte[] bytes = token.getBytes(encoding);
      max = Math.max(max, bytes.length);
      if (bytes.length == 0) {
        emptyToken = true;
        continue;
      }
      startsToken[bytes[0] & 0xFF] = true;
      if (bytes.length > PACKED_MAX_BYTES) {
        longTokens.add(bytes);
        continue;
      }
      long key = pack(bytes, 0, bytes.length);
      int slot = slot(key, bytes.length);
      while (lengths[slot] != 0 && !(lengths[slot] == bytes.length + 1 && packed[slot] == key)) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      packed[slot] = key;
      lengths[slot] = bytes.length + 1;
    }
    if (tokens.size() > SLOTS / 2) {
      throw new IllegalArgumentException("at most " + SLOTS / 2 + " missing-value tokens");
    }
    this.empty = emptyToken;
    this.longest = max;
  }

  /** Whether {@code bytes[start, end)} is a token. */
  boolean matches(byte[] bytes, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return empty;
    }
    if (length > longest || !startsToken[bytes[start] & 0xFF]) {
      return false;
    }
    if (length <= PACKED_MAX_BYTES) {
      long key = pack(bytes, start, end);
      for (int slot = slot(key, length); lengths[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
        if (lengths[slot] == length + 1 && packed[slot] == key) {
          return true;
        }
      }
      return false;
    }
    for (byte[] token : longTokens) {
      if (token.length == length && java.util.Arrays.equals(token, 0, length, bytes, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static long pack(byte[] bytes, int start, int end) {
    long key = 0;
    for (int i = start; i < end; i++) {
      key = (key << 8) | (bytes[i] & 0xFF);
    }
    return key;
  }

  private static int slot(long key, int length) {
    return (int) (((key + length) * GOLDEN) >>> 57) & (SLOTS - 1);
  }
}
