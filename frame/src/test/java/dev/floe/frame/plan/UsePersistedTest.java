package dev.floe.frame.plan;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.lazy.Lowered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsePersistedTest {
  @TempDir Path folder;

  private static Persisted persisted(FramePlan plan) {
    List<TaskKey> keys = new ArrayList<>();
    for (int i = 0; i < plan.partitions(); i++) {
      keys.add(TaskKey.of("kept", i));
    }
    return new Persisted(new Lowered(TaskGraph.builder().build(), keys), plan.schema(),
        plan.divisions());
  }

  @Test
  void aPlanEqualToAPersistedOneReadsItsPartitions() {
    Scan scan = Scan.of(Fixtures.flights(folder, 500));
    Persisted kept = persisted(Fixtures.filter(scan, col("Day").gt(3)));
    UsePersisted rule = new UsePersisted();
    rule.remember(Fixtures.filter(scan, col("Day").gt(3)), kept);
    // built again, the same way, and read through one more step
    Blockwise again = Fixtures.filter(Fixtures.filter(scan, col("Day").gt(3)), col("A").lt(9));
    FramePlan plan = rule.apply(List.of(Fixtures.stats(again, "B"))).get(0).input();
    assertThat(((Blockwise) plan).input()).isSameAs(kept);
    assertThat(rule.forget(again)).contains(kept);
    assertThat(rule.apply(List.of(Fixtures.stats(again, "B"))).get(0).input()).isSameAs(again);
  }

  @Test
  void otherPlansAreLeftAlone() {
    Scan scan = Scan.of(Fixtures.flights(folder, 500));
    UsePersisted rule = new UsePersisted();
    rule.remember(Fixtures.filter(scan, col("Day").gt(3)), persisted(scan));
    Blockwise other = Fixtures.filter(scan, col("Day").gt(4));
    assertThat(rule.apply(List.of(Fixtures.stats(other, "B"))).get(0).input()).isSameAs(other);
  }
}
