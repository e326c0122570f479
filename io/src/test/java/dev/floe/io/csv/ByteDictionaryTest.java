package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteDictionary} numbers sequences as a map from their text would: short ones (kept in
 * the table as two longs) and long ones (compared in the pool), sequences that differ only by
 * trailing zero bytes or by length, many of them (the table grows).
 */
class ByteDictionaryTest {
  @Test
  void numbersSequencesInFirstAppearanceOrder() throws Exception {
    Random random = new Random(21);
    for (int trial = 0; trial < 20; trial++) {
      ByteDictionary dictionary = new ByteDictionary(
          new TextDecoder(StandardCharsets.UTF_8, false));
      Map<String, Integer> expected = new HashMap<>();
      List<String> pool = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        int length = random.nextInt(4) == 0 ? 9 + random.nextInt(30) : random.nextInt(18);
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < length; c++) {
          text.append((char) (random.nextInt(5) == 0 ? 0 : 'a' + random.nextInt(3)));
        }
        pool.add(text.toString());
        pool.add(text + "\0");
      }
      for (int row = 0; row < 40_000; row++) {
        String text = pool.get(random.nextInt(pool.size()));
        byte[] padded = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
        int code = dictionary.code(padded, 2, padded.length - 2);
        int want = expected.computeIfAbsent(text, t -> expected.size());
        assertThat(code).as("trial %d row %d '%s'", trial, row, text).isEqualTo(want);
      }
      String[] values = dictionary.values();
      assertThat(values).hasSize(expected.size());
      expected.forEach((text, code) -> assertThat(values[code]).isEqualTo(text));
    }
  }
}
