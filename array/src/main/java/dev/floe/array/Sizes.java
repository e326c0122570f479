package dev.floe.array;

/** Byte counts for people: {@code 2.98 GiB}. */
final class Sizes {
  private Sizes() {}

  static String bytes(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.2f %s", value,
        units[unit]);
  }
}
