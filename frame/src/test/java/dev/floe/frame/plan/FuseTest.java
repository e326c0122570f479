package dev.floe.frame.plan;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuseTest {
  @TempDir Path folder;

  @Test
  void aChainOfStepsBecomesOneNode() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    FramePlan chain = Fixtures.filter(Fixtures.filter(Fixtures.filter(scan, col("Day").gt(1)),
        col("Day").gt(2)), col("Day").gt(3));
    FramePlan fused = new Fuse().apply(List.of(Fixtures.stats(chain, "A"))).get(0).input();
    assertThat(fused).isInstanceOf(Blockwise.class);
    assertThat(((Blockwise) fused).steps()).hasSize(3);
    assertThat(((Blockwise) fused).input()).isSameAs(scan);
  }

  @Test
  void aNodeReadTwiceStaysOnItsOwn() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise shared = Fixtures.filter(scan, col("Day").gt(1));
    Blockwise left = Fixtures.filter(shared, col("Day").gt(2));
    Blockwise right = Fixtures.filter(shared, col("Day").gt(3));
    List<ResultPlan> fused = new Fuse().apply(List.of(Fixtures.stats(left, "A"),
        Fixtures.stats(right, "A")));
    Blockwise a = (Blockwise) fused.get(0).input();
    Blockwise b = (Blockwise) fused.get(1).input();
    assertThat(a.steps()).hasSize(1);
    assertThat(b.steps()).hasSize(1);
    assertThat(a.input()).isSameAs(b.input()).isEqualTo(shared);
  }

  @Test
  void equalChainsBuiltTwiceAreOneNode() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    List<ResultPlan> fused = new Fuse().apply(List.of(
        Fixtures.stats(Fixtures.filter(scan, col("Day").gt(1)), "A"),
        Fixtures.stats(Fixtures.filter(scan, col("Day").gt(1)), "B")));
    assertThat(fused.get(0).input()).isSameAs(fused.get(1).input());
  }
}
