package dev.floe.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkStoreTest {
  private static final long KIB = 1024;

  @TempDir Path spillDirectory;

  private ChunkStore store(long memoryBytes) {
    return new ChunkStore(MemoryBudget.fromSystemProperties().withMemoryLimit(memoryBytes)
        .withSpillDirectory(spillDirectory));
  }

  private static long[] values(int length, long seed) {
    long[] values = new long[length];
    for (int i = 0; i < length; i++) {
      values[i] = seed * 1_000_003L + i;
    }
    return values;
  }

  private static long bytes(long[] values) {
    return ChunkSizes.estimateBytes(values);
  }

  @Test
  void resultsWithinTheBudgetStayInMemory() {
    try (ChunkStore store = store(100 * KIB)) {
      long[] a = values(1000, 1);
      HeldChunk held = store.hold(a, bytes(a));
      assertThat(held.isSpilled()).isFalse();
      assertThat(held.pin()).isSameAs(a);
      held.unpin();
      assertThat(store.stats().memoryBytes()).isEqualTo(bytes(a));
      assertThat(store.spillFolder()).as("nothing spilled, no folder").isNull();
      held.release();
      assertThat(store.stats().memoryBytes()).isZero();
    }
  }

  @Test
  void theLeastRecentlyUsedResultIsSpilledAndReadBackEqual() throws Exception {
    try (ChunkStore store = store(20 * KIB)) {
      long[] first = values(1000, 1);   // ~8 KiB each: two fit, a third does not
      long[] second = values(1000, 2);
      long[] third = values(1000, 3);
      HeldChunk a = store.hold(first, bytes(first));
      HeldChunk b = store.hold(second, bytes(second));
      b.pin(); // b is now more recently used than a; pinned, it cannot be spilled
      b.unpin();
      a.pin();
      a.unpin(); // now a is the most recent: b goes first
      HeldChunk c = store.hold(third, bytes(third));

      assertThat(b.isSpilled()).isTrue();
      assertThat(a.isSpilled()).isFalse();
      assertThat(c.isSpilled()).isFalse();
      try (Stream<Path> files = Files.list(store.spillFolder())) {
        assertThat(files).hasSize(1);
      }
      assertThat(store.stats().spills()).isEqualTo(1);
      long[] back = (long[]) b.pin();
      assertThat(back).isNotSameAs(second).isEqualTo(values(1000, 2));
      b.unpin();
      StoreStats stats = store.stats();
      assertThat(stats.spills()).as("reading b back made a spill").isEqualTo(2);
      assertThat(stats.loads()).isEqualTo(1);
      assertThat(stats.memoryBytes()).isLessThanOrEqualTo(20 * KIB);

      a.release();
      b.release();
      c.release();
      assertThat(store.stats().diskBytes()).isZero();
      try (Stream<Path> files = Files.list(store.spillFolder())) {
        assertThat(files).as("released results leave no files").isEmpty();
      }
    }
  }

  @Test
  void pinnedResultsAreNotSpilled() {
    try (ChunkStore store = store(10 * KIB)) {
      long[] first = values(1000, 1);
      long[] second = values(1000, 2);
      HeldChunk a = store.hold(first, bytes(first));
      a.pin();
      HeldChunk b = store.hold(second, bytes(second));
      assertThat(a.isSpilled()).isFalse();
      assertThat(b.isSpilled()).as("the only unpinned result goes").isTrue();
      a.unpin();
      assertThat(store.makeRoom(8 * KIB)).isTrue();
      assertThat(a.isSpilled()).isTrue();
    }
  }

  @Test
  void resultsWithoutACodecStayButCount() {
    try (ChunkStore store = store(KIB)) {
      int[] unspillable = new int[10_000];
      HeldChunk held = store.hold(unspillable, ChunkSizes.estimateBytes(unspillable));
      assertThat(held.isSpilled()).isFalse();
      assertThat(store.overBudget()).isTrue();
      assertThat(store.makeRoom(0)).isFalse();
      held.release();
      assertThat(store.overBudget()).isFalse();
    }
  }

  @Test
  void theSpillLimitIsAClearError() {
    MemoryBudget budget = MemoryBudget.fromSystemProperties().withMemoryLimit(10 * KIB)
        .withSpillDirectory(spillDirectory).withSpillLimit(12 * KIB);
    try (ChunkStore store = new ChunkStore(budget)) {
      store.hold(values(1000, 1), 8 * KIB);
      store.hold(values(1000, 2), 8 * KIB); // spills the first: 8 KiB on disk
      assertThatThrownBy(() -> store.hold(values(1000, 3), 8 * KIB))
          .isInstanceOf(SpillLimitException.class)
          .hasMessageContaining("past the limit of 12.00 KiB")
          .hasMessageContaining(spillDirectory.toString())
          .hasMessageContaining("floe.spill.limit");
    }
  }

  @Test
  void persistedResultsAreFoundByKeyUntilUnpersisted() {
    try (ChunkStore store = store(100 * KIB)) {
      long[] a = values(100, 7);
      HeldChunk held = store.hold(a, bytes(a));
      store.persist("key", held);
      held.release();
      assertThat(store.persisted("key").pin()).isSameAs(a);
      store.persisted("key").unpin();
      assertThat(store.unpersist("key")).isTrue();
      assertThat(store.persisted("key")).isNull();
      assertThat(store.stats().memoryBytes()).isZero();
    }
  }

  @Test
  void closingDeletesTheSpillFolder() {
    ChunkStore store = store(KIB);
    store.hold(values(1000, 1), 8 * KIB);
    store.hold(values(1000, 2), 8 * KIB);
    Path folder = store.spillFolder();
    assertThat(folder).exists();
    store.close();
    assertThat(folder).doesNotExist();
  }

  @Test
  void sizesAreReadInBinaryUnits() {
    assertThat(Bytes.parse("x", "512m")).isEqualTo(512L << 20);
    assertThat(Bytes.parse("x", "1.5g")).isEqualTo(3L << 29);
    assertThat(Bytes.parse("x", "64KB")).isEqualTo(64L << 10);
    assertThat(Bytes.parse("x", "4096")).isEqualTo(4096);
    assertThatThrownBy(() -> Bytes.parse("floe.memory.limit", "lots"))
        .hasMessageContaining("floe.memory.limit must be a size such as 512m or 2g, not 'lots'");
    assertThat(Bytes.format(3L << 29)).isEqualTo("1.50 GiB");
  }
}
