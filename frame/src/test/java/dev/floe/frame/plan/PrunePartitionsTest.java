package dev.floe.frame.plan;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrunePartitionsTest {
  @TempDir Path folder;

  /** The flights sorted by Day into four ranges of 500 days. */
  private Shuffle byDay() {
    Scan scan = Scan.of(Fixtures.flights(folder, 2000));
    List<Object> bounds = List.of(0L, 500L, 1000L, 1500L, 1999L);
    return new Shuffle(scan, new Router.ByRange("Day", bounds, false), 4,
        new Finish.SortBy("Day", true), new Divisions("Day", bounds));
  }

  private FramePlan pruned(FramePlan plan) {
    return new PrunePartitions().apply(List.of(Fixtures.stats(plan, "A"))).get(0).input();
  }

  @Test
  void aRangeOnTheDividedColumnReadsTheOverlappingPartitions() {
    Shuffle sorted = byDay();
    FramePlan plan = pruned(Fixtures.filter(sorted, col("Day").ge(600).and(col("Day").le(1200))));
    Prune prune = (Prune) ((Blockwise) plan).input();
    assertThat(prune.kept()).containsExactly(1, 2);
    assertThat(prune.input()).isSameAs(sorted);
    assertThat(plan.divisions().bounds()).containsExactly(500L, 1000L, 1500L);
  }

  @Test
  void anEqualityReadsOnePartitionAndTheLastBoundBelongsToTheLast() {
    FramePlan plan = pruned(Fixtures.filter(byDay(), col("Day").eq(1999)));
    assertThat(((Prune) ((Blockwise) plan).input()).kept()).containsExactly(3);
  }

  @Test
  void nothingCanMatchKeepsOnePartition() {
    FramePlan plan = pruned(Fixtures.filter(byDay(), col("Day").gt(5000)));
    assertThat(((Prune) ((Blockwise) plan).input()).kept()).containsExactly(3);
  }

  @Test
  void otherColumnsAndChangedValuesPruneNothing() {
    Shuffle sorted = byDay();
    Blockwise other = Fixtures.filter(sorted, col("A").eq(3));
    assertThat(pruned(other)).isSameAs(other);
    Blockwise changed = new Blockwise(sorted, List.of(
        new Step.WithColumn("Day", col("Day").plus(10000)),
        new Step.Filter(col("Day").lt(100))));
    assertThat(pruned(changed)).isSameAs(changed);
  }

  @Test
  void partitionsReadByPositionAreNotPruned() {
    Blockwise filtered = Fixtures.filter(byDay(), col("Day").lt(100));
    Shuffle bySlices = new Shuffle(filtered, new Router.BySlices(new int[] {0, 0, 1, 1},
        new int[] {1, 1, 1, 1}), 2, new Finish.Keep(), null);
    FramePlan plan = pruned(bySlices);
    assertThat(((Shuffle) plan).input()).isSameAs(filtered);
  }
}
