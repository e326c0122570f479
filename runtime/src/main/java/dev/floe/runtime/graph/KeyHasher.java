package dev.floe.runtime.graph;

import java.util.Arrays;

/**
 * A streaming 128-bit hash for task keys: MurmurHash3 x64/128 over the bytes fed to it.
 *
 * <p>Bytes are buffered and hashed once in {@link #finish}; the inputs of a key are small (a name,
 * a few parameters and dependency hashes), so buffering costs less than incremental mixing. Each
 * {@code put} writes a type tag first, so {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 */
final class KeyHasher {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final int INITIAL_CAPACITY = 64;

  private byte[] buffer = new byte[INITIAL_CAPACITY];
  private int length;

  void putTag(int tag) {
    ensure(1);
    buffer[length++] = (byte) tag;
  }

  void putInt(int value) {
    ensure(4);
    for (int shift = 0; shift < 32; shift += 8) {
      buffer[length++] = (byte) (value >>> shift);
    }
  }

  void putLong(long value) {
    ensure(8);
    for (int shift = 0; shift < 64; shift += 8) {
      buffer[length++] = (byte) (value >>> shift);
    }
  }

  /** Writes the string's length and its UTF-16 code units: stable and cheap. */
  void putString(String value) {
    putInt(value.length());
    ensure(value.length() * 2);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      buffer[length++] = (byte) c;
      buffer[length++] = (byte) (c >>> 8);
    }
  }

  void putBytes(byte[] bytes) {
    putInt(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  TaskKey finish(String name) {
    long[] hash = murmur3(buffer, length);
    return new TaskKey(name, hash[0], hash[1]);
  }

  private void ensure(int extra) {
    if (length + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
    }
  }

  /** MurmurHash3_x64_128 with seed 0, as published by Austin Appleby. */
  static long[] murmur3(byte[] data, int length) {
    long h1 = 0;
    long h2 = 0;
    int blocks = length / 16;
    for (int i = 0; i < blocks; i++) {
      long k1 = littleEndianLong(data, i * 16);
      long k2 = littleEndianLong(data, i * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 16;
    for (int i = length - tail - 1; i >= 8; i--) {
      k2 ^= (data[tail + i] & 0xffL) << ((i - 8) * 8);
    }
    for (int i = Math.min(length - tail, 8) - 1; i >= 0; i--) {
      k1 ^= (data[tail + i] & 0xffL) << (i * 8);
    }
    h1 ^= mixK1(k1);
    h2 ^= mixK2(k2);
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    return new long[] {h1, h2};
  }

  private static long littleEndianLong(byte[] data, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (data[offset + i] & 0xffL);
    }
    return value;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
