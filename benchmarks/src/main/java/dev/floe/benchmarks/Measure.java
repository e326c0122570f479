package dev.floe.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What every benchmark does around its timings: warm the page cache, take the median. */
public final class Measure {
  private Measure() {}

  /** Reads every file once, so each engine starts from the same warm page cache. */
  public static void warm(Iterable<Path> files) throws IOException {
    byte[] buffer = new byte[1 << 20];
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        while (in.read(buffer) >= 0) {
          // reading is the point: the page cache keeps the bytes
        }
      }
    }
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
