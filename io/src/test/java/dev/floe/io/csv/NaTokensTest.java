package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NaTokens} answers as comparing with every token would. */
class NaTokensTest {
  @Test
  void findsExactlyTheTokens() {
    Set<String> tokens = new LinkedHashSet<>(List.of("", "NA", "N/A", "null", "NaN", "nan",
        "-1.#QNAN", "#N/A N/A", "missing-value-token", "é"));
    NaTokens na = new NaTokens(tokens, StandardCharsets.UTF_8);
    Random random = new Random(4);
    String alphabet = "NAnul/#-1.Q ae\u00e9x0";
    for (int trial = 0; trial < 200_000; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String field = trial % 10 == 0 ? List.copyOf(tokens).get(trial / 10 % tokens.size())
          : text.toString();
      byte[] padded = ("xy" + field + "z").getBytes(StandardCharsets.UTF_8);
      int end = padded.length - 1;
      assertThat(na.matches(padded, 2, end)).as("'%s'", field).isEqualTo(tokens.contains(field));
    }
  }

  @Test
  void withoutTheEmptyTokenEmptyFieldsAreValues() {
    NaTokens na = new NaTokens(Set.of("NA"), StandardCharsets.UTF_8);
    assertThat(na.matches(new byte[0], 0, 0)).isFalse();
    assertThat(na.matches("NA".getBytes(StandardCharsets.UTF_8), 0, 2)).isTrue();
    assertThat(na.matches("NAN".getBytes(StandardCharsets.UTF_8), 0, 3)).isFalse();
  }
}
