package dev.floe.frame.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GroupIndex} numbers rows as a map from boxed keys would, in first-appearance order. */
class GroupIndexTest {
  @Test
  void numbersRowsAsBoxedKeysWould() {
    Random random = new Random(11);
    for (int trial = 0; trial < 600; trial++) {
      int rows = random.nextInt(trial < 300 ? 40 : 3000);
      int width = 1 + random.nextInt(4);
      List<ColumnData> keys = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        keys.add(KernelColumns.column(random, rows, random.nextInt(5)));
      }
      if (rows == 0) {
        continue;
      }
      boolean dropMissing = random.nextBoolean();
      GroupIndex index = GroupIndex.of(keys, dropMissing);
      Map<List<Object>, Integer> expected = new LinkedHashMap<>();
      for (int row = 0; row < rows; row++) {
        List<Object> key = new ArrayList<>();
        boolean drop = false;
        for (ColumnData column : keys) {
          Object value = Keys.valueAt(column, row);
          drop |= value == null && dropMissing;
          key.add(value);
        }
        int want = drop ? -1 : expected.computeIfAbsent(key, k -> expected.size());
        assertThat(index.groupOf()[row]).as("trial %d row %d key %s", trial, row, key)
            .isEqualTo(want);
      }
      assertThat(index.groups()).isEqualTo(expected.size());
    }
  }

  @Test
  void manyColumnsOfManyValuesFoldBeyondSixtyTwoBits() {
    int rows = 5000;
    Random random = new Random(3);
    List<ColumnData> keys = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      long[] values = new long[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = random.nextInt(rows) * 1_000_003L;
      }
      keys.add(new ColumnData.Longs(values, rows, null));
    }
    // the first row again at the end: its group, not a new one
    for (ColumnData key : keys) {
      long[] values = ((ColumnData.Longs) key).values();
      values[rows - 1] = values[0];
    }
    GroupIndex index = GroupIndex.of(keys, true);
    assertThat(index.groups()).isEqualTo(rows - 1);
    assertThat(index.groupOf()[rows - 1]).isZero();
  }
}
