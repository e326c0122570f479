package dev.floe.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text columns whose dictionaries repeat texts become one code per text on request. */
class StringsTest {
  @Test
  void aDistinctColumnIsItsOwnDistinctForm() {
    ColumnData.Strings column = ColumnData.Strings.of(new String[] {"a", null, "b"});
    assertThat(column.distinct()).isTrue();
    assertThat(column.withDistinctDictionary()).isSameAs(column);
  }

  @Test
  void repeatedTextsShareOneCodeAndRowsKeepTheirValues() {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      int entries = 1 + random.nextInt(round < 200 ? 8 : 5000);
      String[] dictionary = new String[entries];
      for (int e = 0; e < entries; e++) {
        dictionary[e] = "t" + random.nextInt(Math.max(1, entries / 2));
      }
      int rows = random.nextInt(50);
      int[] codes = new int[rows];
      for (int r = 0; r < rows; r++) {
        codes[r] = random.nextInt(5) == 0 ? ColumnData.Strings.MISSING : random.nextInt(entries);
      }
      ColumnData.Strings repeated = new ColumnData.Strings(codes, rows, dictionary, false);
      ColumnData.Strings merged = repeated.withDistinctDictionary();
      assertThat(merged.distinct()).isTrue();
      assertThat(new HashSet<>(Arrays.asList(merged.dictionary())))
          .hasSize(merged.dictionary().length)
          .isEqualTo(new HashSet<>(Arrays.asList(dictionary)));
      for (int r = 0; r < rows; r++) {
        assertThat(merged.get(r)).isEqualTo(repeated.get(r));
      }
    }
  }
}
