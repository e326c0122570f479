package dev.floe.frame.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Order} sorts as a stable comparator sort over boxed values would. */
class OrderTest {
  private static Comparator<Integer> byValue(ColumnData column) {
    return (a, b) -> {
      Object x = Keys.valueAt(column, a);
      Object y = Keys.valueAt(column, b);
      return x == null ? (y == null ? 0 : 1) : y == null ? -1 : Keys.compare(x, y);
    };
  }

  @Test
  void oneColumnEitherDirectionStableMissingLast() {
    Random random = new Random(5);
    for (int trial = 0; trial < 400; trial++) {
      int rows = random.nextInt(trial < 200 ? 30 : 4000);
      ColumnData column = KernelColumns.column(random, rows, random.nextInt(5));
      boolean ascending = random.nextBoolean();
      Integer[] expected = new Integer[rows];
      for (int i = 0; i < rows; i++) {
        expected[i] = i;
      }
      Comparator<Integer> order = byValue(column);
      Comparator<Integer> directed = ascending ? order : (a, b) -> {
        boolean ma = column.isMissing(a);
        boolean mb = column.isMissing(b);
        return ma || mb ? Boolean.compare(ma, mb) : -order.compare(a, b);
      };
      Arrays.sort(expected, directed);
      assertThat(Order.of(column, ascending)).as("trial %d", trial)
          .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void severalColumnsPartByPart() {
    Random random = new Random(9);
    for (int trial = 0; trial < 300; trial++) {
      int rows = 1 + random.nextInt(2000);
      List<ColumnData> columns = new ArrayList<>();
      int width = 1 + random.nextInt(4);
      for (int k = 0; k < width; k++) {
        columns.add(KernelColumns.column(random, rows, random.nextInt(5)));
      }
      Integer[] expected = new Integer[rows];
      for (int i = 0; i < rows; i++) {
        expected[i] = i;
      }
      Comparator<Integer> order = byValue(columns.get(0));
      for (ColumnData column : columns.subList(1, width)) {
        order = order.thenComparing(byValue(column));
      }
      Arrays.sort(expected, order);
      assertThat(Order.lexicographic(columns)).as("trial %d", trial)
          .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void keysSpanningEveryLongTakeTheRadixPath() {
    long[] keys = {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, Long.MIN_VALUE, 5, Long.MAX_VALUE};
    assertThat(Order.ascending(keys, keys.length)).containsExactly(1, 4, 3, 2, 5, 0, 6);
  }
}
