package dev.floe.runtime.store;

import java.util.Locale;

/** Byte counts written for people ({@code 2.98 GiB}) and read from them ({@code 512m}). */
public final class Bytes {
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};
  private static final String SUFFIXES = "kmgt";

  private Bytes() {}

  /** {@code 1536} as {@code 1.50 KiB}; below 1 KiB as {@code 12 B}. */
  public static String format(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.2f %s", value, UNITS[unit]);
  }

  /**
   * Reads {@code 123}, {@code 64k}, {@code 512m}, {@code 1.5g} or {@code 1t} (binary units, an
   * optional trailing {@code b}) as a positive number of bytes.
   *
   * @param what what the size is for, named in the error
   * @throws IllegalArgumentException naming {@code what} and the text when it is not a size
   */
  public static long parse(String what, String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.endsWith("b")) {
      value = value.substring(0, value.length() - 1);
    }
    double unit = 1;
    int suffix = value.isEmpty() ? -1 : SUFFIXES.indexOf(value.charAt(value.length() - 1));
    if (suffix >= 0) {
      unit = Math.pow(1024, suffix + 1);
      value = value.substring(0, value.length() - 1);
    }
    try {
      double bytes = Double.parseDouble(value.trim()) * unit;
      if (bytes >= 1 && bytes < Long.MAX_VALUE) {
        return (long) bytes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        what + " must be a size such as 512m or 2g, not '" + text + "'");
  }
}
