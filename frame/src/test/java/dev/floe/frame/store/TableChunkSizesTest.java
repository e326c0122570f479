package dev.floe.frame.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chunk sizes: exact for small dictionaries, a close estimate for sampled large ones. */
class TableChunkSizesTest {
  private static final long STRING_BYTES = 56;

  @Test
  void smallDictionariesAreCountedInFull() {
    ColumnData.Strings text = ColumnData.Strings.of(new String[] {"a", "bbb", "a"});
    Chunk chunk = new Chunk(List.of("s"), List.of(text), 3);
    long codes = 16 + 4L * text.codes().length;
    assertThat(new TableChunkSizes().estimateBytes(chunk))
        .isEqualTo(codes + (STRING_BYTES + 1) + (STRING_BYTES + 3));
  }

  @Test
  void largeDictionariesAreEstimatedWithinAFewPercent() {
    Random random = new Random(7);
    String[] dictionary = new String[1_000_003];
    long exact = 0;
    for (int i = 0; i < dictionary.length; i++) {
      dictionary[i] = "x".repeat(random.nextInt(i % 3 == 0 ? 200 : 20));
      exact += STRING_BYTES + dictionary[i].length();
    }
    int[] codes = new int[10];
    Chunk chunk = new Chunk(List.of("s"), List.of(new ColumnData.Strings(codes, 10, dictionary)),
        10);
    long estimate = new TableChunkSizes().estimateBytes(chunk) - (16 + 4L * codes.length);
    assertThat((double) estimate).isCloseTo(exact, within(exact * 0.03));
  }
}
