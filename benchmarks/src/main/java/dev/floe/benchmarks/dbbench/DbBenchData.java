package dev.floe.benchmarks.dbbench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * db-benchmark's data, generated with the columns and distributions of its {@code
 * groupby-datagen.R} and {@code join-datagen.R} (not R's random numbers, so not the same rows):
 *
 * <ul>
 *   <li>group-by {@code G1_<N>_1e2_<nas>_0.csv}: {@code id1}, {@code id2} one of K texts
 *       {@code id001…}; {@code id3} one of N/K texts {@code id0000000001…}; {@code id4}, {@code id5}
 *       integers 1..K; {@code id6} 1..N/K; {@code v1} 1..5; {@code v2} 1..15; {@code v3} uniform
 *       [0, 100) rounded to 6 digits. With {@code nas} percent missing: that share of each id
 *       column's distinct values becomes missing in every row holding it, and that share of the
 *       rows of each value column.
 *   <li>join {@code J1_<N>_NA_0_0.csv} (x, N rows) and the right sides {@code small} (N/1e6 rows),
 *       {@code medium} (N/1e3) and {@code big} (N): integer keys {@code id1..id3} drawn so that 90 %
 *       of each key's values occur on both sides and 10 % on one side only, text keys {@code
 *       id4..id6} = {@code "id" + id1..id3}, values {@code v1} (x) and {@code v2} (right sides).
 * </ul>
 *
 * Files are written to a temporary name and renamed, so a file that exists is complete.
 */
final class DbBenchData {
  static final int K = 100;
  private static final long SEED = 108;

  private DbBenchData() {}

  /** The group-by file for {@code rows} rows and {@code nas} percent missing, made if absent. */
  static Path groupBy(Path folder, int rows, int nas) throws IOException {
    Path file = folder.resolve("G1_" + scientific(rows) + "_1e2_" + nas + "_0.csv");
    if (Files.exists(file)) {
      return file;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int[][] ids = new int[6][rows];
    int[] cardinality = {K, K, rows / K, K, K, rows / K};
    for (int c = 0; c < 6; c++) {
      for (int r = 0; r < rows; r++) {
        ids[c][r] = 1 + random.nextInt(cardinality[c]);
      }
    }
    boolean[][] missingValue = new boolean[3][rows];
    boolean[][] missingId = new boolean[6][];
    if (nas > 0) {
      for (int c = 0; c < 6; c++) {
        // a share of the distinct values becomes missing wherever it occurs
        missingId[c] = new boolean[cardinality[c] + 1];
        int[] chosen = choose(random, cardinality[c], (int) ((long) cardinality[c] * nas / 100));
        for (int value : chosen) {
          missingId[c][value + 1] = true;
        }
      }
      for (int v = 0; v < 3; v++) {
        for (int row : choose(random, rows, (int) ((long) rows * nas / 100))) {
          missingValue[v][row] = true;
        }
      }
    }
    String[] small = new String[K + 1];
    for (int id = 1; id <= K; id++) {
      small[id] = String.format(Locale.ROOT, "id%03d", id);
    }
    String[] large = new String[rows / K + 1];
    for (int id = 1; id <= rows / K; id++) {
      large[id] = String.format(Locale.ROOT, "id%010d", id);
    }
    write(file, out -> {
      out.write("id1,id2,id3,id4,id5,id6,v1,v2,v3\n");
      StringBuilder line = new StringBuilder(96);
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        for (int c = 0; c < 6; c++) {
          int id = ids[c][r];
          if (nas == 0 || !missingId[c][id]) {
            if (c < 3) {
              line.append(c == 2 ? large[id] : small[id]);
            } else {
              line.append(id);
            }
          }
          line.append(',');
        }
        int v1 = 1 + random.nextInt(5);
        int v2 = 1 + random.nextInt(15);
        double v3 = Math.round(random.nextDouble() * 100 * 1e6) / 1e6;
        if (!missingValue[0][r]) {
          line.append(v1);
        }
        line.append(',');
        if (!missingValue[1][r]) {
          line.append(v2);
        }
        line.append(',');
        if (!missingValue[2][r]) {
          line.append(v3);
        }
        line.append('\n');
        out.append(line);
      }
    });
    return file;
  }

  /** The four join files for {@code rows} rows: x, small, medium, big; made if absent. */
  static Path[] join(Path folder, int rows) throws IOException {
    if (rows < 10_000_000 || rows % 10_000_000 != 0) {
      throw new IllegalArgumentException("the join data needs --rows of a multiple of 1e7 (its"
          + " small table has rows/1e6 rows, split 90/10/10), not " + rows);
    }
    String n = scientific(rows);
    Path x = folder.resolve("J1_" + n + "_NA_0_0.csv");
    Path small = folder.resolve("J1_" + n + "_" + scientific(rows / 1_000_000) + "_0_0.csv");
    Path medium = folder.resolve("J1_" + n + "_" + scientific(rows / 1_000) + "_0_0.csv");
    Path big = folder.resolve("J1_" + n + "_" + n + "_0_0.csv");
    Path[] files = {x, small, medium, big};
    boolean all = true;
    for (Path file : files) {
      all &= Files.exists(file);
    }
    if (all) {
      return files;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int[][] keys = {split(random, rows / 1_000_000), split(random, rows / 1_000),
        split(random, rows)};
    int[] lhs1 = sampleAll(random, keys[0], 0, rows);
    int[] lhs2 = sampleAll(random, keys[1], 0, rows);
    int[] lhs3 = sampleAll(random, keys[2], 0, rows);
    writeJoin(x, random, new int[][] {lhs1, lhs2, lhs3}, "v1");
    writeJoin(small, random, new int[][] {sampleAll(random, keys[0], 1, rows / 1_000_000)}, "v2");
    writeJoin(medium, random, new int[][] {sampleAll(random, keys[0], 1, rows / 1_000),
        sampleAll(random, keys[1], 1, rows / 1_000)}, "v2");
    writeJoin(big, random, new int[][] {sampleAll(random, keys[0], 1, rows),
        sampleAll(random, keys[1], 1, rows), sampleAll(random, keys[2], 1, rows)}, "v2");
    return files;
  }

  /**
   * A random permutation of 1..1.1n: the first 0.9n are keys on both sides, the next 0.1n on the
   * left only, the last 0.1n on the right only.
   */
  private static int[] split(SplittableRandom random, int n) {
    int[] keys = new int[n + n / 10];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i + 1;
    }
    shuffle(random, keys);
    return keys;
  }

  /**
   * {@code size} keys of one side (side 0: common and left-only; 1: common and right-only), each
   * of them at least once, the rest drawn with replacement, in random order.
   */
  private static int[] sampleAll(SplittableRandom random, int[] split, int side, int size) {
    int n = split.length * 10 / 11;
    int common = n * 9 / 10;
    int[] pool = new int[n];
    System.arraycopy(split, 0, pool, 0, common);
    System.arraycopy(split, side == 0 ? common : n, pool, common, n - common);
    int[] sample = new int[size];
    System.arraycopy(pool, 0, sample, 0, Math.min(n, size));
    for (int i = n; i < size; i++) {
      sample[i] = pool[random.nextInt(n)];
    }
    shuffle(random, sample);
    return sample;
  }

  private static void writeJoin(Path file, SplittableRandom random, int[][] ids, String value)
      throws IOException {
    int k = ids.length;
    write(file, out -> {
      StringBuilder header = new StringBuilder();
      for (int c = 1; c <= 2 * k; c++) {
        header.append("id").append(c <= k ? c : c + 3 - k).append(',');
      }
      out.write(header.append(value).append('\n').toString());
      StringBuilder line = new StringBuilder(96);
      for (int r = 0; r < ids[0].length; r++) {
        line.setLength(0);
        for (int[] id : ids) {
          line.append(id[r]).append(',');
        }
        for (int[] id : ids) {
          line.append("id").append(id[r]).append(',');
        }
        line.append(Math.round(random.nextDouble() * 100 * 1e6) / 1e6).append('\n');
        out.append(line);
      }
    });
  }

  /** {@code count} distinct numbers from 0..n-1. */
  private static int[] choose(SplittableRandom random, int n, int count) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, count);
  }

  private static void shuffle(SplittableRandom random, int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  /** 10000000 as {@code 1e7}, as db-benchmark names its files. */
  static String scientific(int n) {
    int exponent = 0;
    int mantissa = n;
    while (mantissa >= 10 && mantissa % 10 == 0) {
      mantissa /= 10;
      exponent++;
    }
    return mantissa + "e" + exponent;
  }

  private interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      body.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
