package dev.floe.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The UTF-8 byte-order mark some tools write first: skipped, never part of the first name. */
final class Bom {
  private Bom() {}

  /** How many bytes of a byte-order mark {@code bytes} starts with (0 or 3). */
  static int length(byte[] bytes, int end, Charset encoding) {
    return encoding.equals(StandardCharsets.UTF_8) && end >= 3 && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
  }
}
