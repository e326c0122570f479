package dev.floe.array;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.Floe;
import dev.floe.runtime.lazy.Explanation;
import org.junit.jupiter.api.Test;

/** Arrays speak the lazy protocol: computed together, explained, persisted. */
class ArrayLazyTest {
  @Test
  void resultsComputedTogetherShareTheirBlocks() {
    NdArray x = NdArray.arange(1000, Chunking.of(100)).multiply(2.0);
    var both = Floe.compute(x.sum(), x.mean());
    assertThat(both.first().item()).isEqualTo(999_000.0);
    assertThat(both.second().item()).isEqualTo(999.0);
    Explanation together = Floe.explain(x.sum(), x.mean());
    Explanation sum = x.sum().explain();
    assertThat(together.tasks().get("arange")).isEqualTo(sum.tasks().get("arange"));
    assertThat(together.logical()).contains("arange");
  }

  @Test
  void aPersistedArrayReadsItsKeptBlocks() {
    NdArray x = NdArray.arange(1000, Chunking.of(100)).multiply(3.0);
    NdArray kept = x.persist();
    try {
      assertThat(kept.explain().logical()).contains("persisted");
      assertThat(kept.sum().compute().item()).isEqualTo(x.sum().compute().item());
      assertThat(kept.compute().toDoubleArray()).containsExactly(x.compute().toDoubleArray());
    } finally {
      kept.release();
    }
    assertThat(kept.sum().compute().item()).isEqualTo(1_498_500.0); // recomputed after release
  }
}
