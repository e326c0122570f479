package dev.floe.frame.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random pipelines on Floe against the same pipelines as SQL on DuckDB (see {@link Generator},
 * {@link Op}, {@link Terminal}). The build runs {@value #DEFAULT_PIPELINES} pipelines; {@code
 * -Dfloe.difftest.pipelines=100000} runs more, {@code -Dfloe.difftest.seed=S} starts elsewhere
 * (each case's seed is printed with its mismatch, so one case can be rerun with {@code
 * -Dfloe.difftest.seed=S -Dfloe.difftest.pipelines=10}).
 */
class DifferentialTest {
  static final int DEFAULT_PIPELINES = 1000;
  private static final int MAX_REPORTS = 5;

  @Test
  void randomPipelinesAgreeWithDuckDb() throws Exception {
    int pipelines = Integer.getInteger("floe.difftest.pipelines", DEFAULT_PIPELINES);
    long seed = Long.getLong("floe.difftest.seed", 1);
    List<Checker.Mismatch> mismatches = new ArrayList<>();
    int ran = 0;
    long started = System.nanoTime();
    try (Checker checker = new Checker(Files.createTempDirectory("floe-difftest"))) {
      for (long s = seed; ran < pipelines && mismatches.size() < MAX_REPORTS; s++) {
        ran += checker.runCase(s, mismatch -> {
          mismatches.add(mismatch);
          System.out.println(mismatch.report()); // at once: a long run shows them as they come
        });
        if (ran % 5000 < Checker.PIPELINES_PER_CASE) {
          System.out.printf("difftest: %d pipelines, %d mismatches, %.0f s%n", ran,
              mismatches.size(), (System.nanoTime() - started) / 1e9);
        }
      }
    }
    System.out.printf("difftest: %d pipelines from seed %d, %d mismatches, %.0f s%n", ran, seed,
        mismatches.size(), (System.nanoTime() - started) / 1e9);
    assertThat(mismatches).as(() -> mismatches.stream().map(Checker.Mismatch::report)
        .reduce("", (a, b) -> a + "\n" + b)).isEmpty();
  }
}
