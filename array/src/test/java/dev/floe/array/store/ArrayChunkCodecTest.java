package dev.floe.array.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.runtime.store.ChunkStore;
import dev.floe.runtime.store.HeldChunk;
import dev.floe.runtime.store.MemoryBudget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrayChunkCodecTest {
  @TempDir Path spillDirectory;

  @Test
  void blocksOfEveryDtypeSpillAndReadBackEqual() {
    int n = 300_000; // more than one copy slice for every width
    double[] doubles = new double[n];
    float[] floats = new float[n];
    long[] longs = new long[n];
    int[] ints = new int[n];
    boolean[] flags = new boolean[n];
    for (int i = 0; i < n; i++) {
      doubles[i] = i == 7 ? Double.NaN : i * 0.5 - 1e6;
      floats[i] = (float) (i * -0.25);
      longs[i] = Long.MAX_VALUE - i;
      ints[i] = Integer.MIN_VALUE + i;
      flags[i] = i % 3 == 0;
    }
    Dense[] blocks = {Dense.of(doubles, 600, 500), Dense.of(floats, n), Dense.of(longs, 3, n / 3),
        Dense.of(ints, n), Dense.of(flags, 10, 30, 1000)};
    MemoryBudget budget = MemoryBudget.fromSystemProperties().withMemoryLimit(1)
        .withSpillDirectory(spillDirectory);
    try (ChunkStore store = new ChunkStore(budget)) {
      for (Dense block : blocks) {
        HeldChunk held = store.hold(block, new ArrayChunkSizes().estimateBytes(block));
        assertThat(held.isSpilled()).as(block.dtype().toString()).isTrue();
        Dense back = (Dense) held.pin();
        assertThat(back).isNotSameAs(block);
        assertThat(back.dtype()).isEqualTo(block.dtype());
        assertThat(back.shape()).isEqualTo(block.shape());
        assertThat(back.data()).isEqualTo(block.data());
        held.unpin();
        held.release();
      }
      assertThat(store.stats().diskBytes()).isZero();
    }
    assertThat(new ArrayChunkSizes().estimateBytes(Dense.zeros(DType.FLOAT32, 10, 10)))
        .isGreaterThanOrEqualTo(400);
  }
}
