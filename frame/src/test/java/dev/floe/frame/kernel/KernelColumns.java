package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import java.util.BitSet;
import java.util.Random;

/** Random key and value columns for the kernels' properties: few or many values, ranges wide or narrow, missing values, -0.0. */
final class KernelColumns {
  private KernelColumns() {}

  static ColumnData column(Random random, int rows, int kind) {
    int distinct = 1 + random.nextInt(random.nextBoolean() ? 5 : Math.max(1, rows));
    BitSet missing = null;
    if (random.nextInt(3) == 0) {
      missing = new BitSet();
      for (int i = 0; i < rows; i++) {
        if (random.nextInt(4) == 0) {
          missing.set(i);
        }
      }
    }
    switch (kind % 5) {
      case 0 -> {
        long[] values = new long[rows];
        long spread = random.nextBoolean() ? 1 : Long.MAX_VALUE / distinct;
        for (int i = 0; i < rows; i++) {
          values[i] = (random.nextInt(distinct) - distinct / 2) * spread;
        }
        return new ColumnData.Longs(values, rows, missing);
      }
      case 1 -> {
        double[] values = new double[rows];
        double[] pool = {0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 7};
        for (int i = 0; i < rows; i++) {
          values[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)]
              : random.nextInt(distinct) / 4.0;
        }
        return new ColumnData.Doubles(values, rows, missing);
      }
      case 2 -> {
        String[] texts = new String[rows];
        String[] pool = {"b", "a", "\uD835\uDD18", "\uFB00", "", "ab"};
        for (int i = 0; i < rows; i++) {
          texts[i] = missing != null && missing.get(i) ? null
              : random.nextBoolean() ? pool[random.nextInt(pool.length)]
              : "t" + random.nextInt(distinct);
        }
        return ColumnData.Strings.of(texts);
      }
      case 3 -> {
        boolean[] values = new boolean[rows];
        for (int i = 0; i < rows; i++) {
          values[i] = random.nextBoolean();
        }
        return new ColumnData.Booleans(values, rows, missing);
      }
      default -> {
        int[] days = new int[rows];
        for (int i = 0; i < rows; i++) {
          days[i] = random.nextInt(distinct) * (random.nextBoolean() ? 1 : -1000);
        }
        return new ColumnData.Dates(days, rows, missing);
      }
    }
  }
}
