package dev.floe.io.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD within a register: tests eight bytes at once in a {@code long}, so hot CSV loops look for
 * delimiters, quotes and line breaks a word at a time instead of a byte at a time.
 */
final class Swar {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;

  private Swar() {}

  /** The byte repeated in all eight lanes. */
  static long broadcast(byte b) {
    return (b & 0xFFL) * ONES;
  }

  /** Eight bytes of {@code bytes} from {@code offset}, the first in the lowest lane. */
  static long read(byte[] bytes, int offset) {
    return (long) LONGS.get(bytes, offset);
  }

  /**
   * The high bit of every lane of {@code word} that equals the lane of {@code pattern}; exact (no
   * false positives), so it can be counted as well as searched.
   */
  static long equalLanes(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
  }

  /** The lane index (0–7) of the lowest lane flagged in a non-zero mask. */
  static int firstLane(long mask) {
    return Long.numberOfTrailingZeros(mask) >>> 3;
  }
}
