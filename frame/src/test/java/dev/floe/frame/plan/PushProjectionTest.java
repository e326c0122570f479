package dev.floe.frame.plan;

import dev.floe.core.Schema;
import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.frame.JoinKind;
import dev.floe.core.DType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushProjectionTest {
  @TempDir Path folder;

  private List<Scan> pushed(ResultPlan... roots) {
    return Fixtures.scans(new PushProjection().apply(List.of(roots)));
  }

  @Test
  void aReductionReadsItsColumnOnly() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    assertThat(pushed(Fixtures.stats(scan, "B")).get(0).columns()).containsExactly("B");
  }

  @Test
  void aFilterAddsTheColumnsOfItsCondition() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise filtered = Fixtures.filter(scan, col("Origin").eq("JFK").and(col("Day").gt(3)));
    assertThat(pushed(Fixtures.stats(filtered, "B")).get(0).columns())
        .containsExactly("Origin", "B", "Day");
  }

  @Test
  void aNewColumnIsReadThroughItsExpression() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise derived = new Blockwise(scan,
        List.of(new Step.WithColumn("C", col("A").plus(col("Day")))));
    assertThat(pushed(Fixtures.stats(derived, "C")).get(0).columns())
        .containsExactly("A", "Day");
  }

  @Test
  void aConversionReadsItsColumnEvenWhenNothingAfterItDoes() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise converted = new Blockwise(scan, List.of(new Step.AsType("A", DType.FLOAT64)));
    assertThat(pushed(Fixtures.stats(converted, "B")).get(0).columns()).containsExactly("A", "B");
  }

  @Test
  void aUserFunctionReadsEveryColumnItWasGiven() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Schema schema = scan.schema();
    Blockwise mapped = new Blockwise(scan, List.of(new Step.MapPartitions(table -> table,
        schema.names(), schema.dtypes(), schema)));
    assertThat(pushed(Fixtures.stats(mapped, "B")).get(0).columns())
        .containsExactly("Origin", "A", "B", "Day");
  }

  @Test
  void aShuffleReadsItsRoutingAndFinishingColumns() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Shuffle sorted = new Shuffle(scan, new Router.ByHash(List.of("Origin"), 2), 2,
        new Finish.SortBy("Day", true), null);
    assertThat(pushed(Fixtures.stats(sorted, "B")).get(0).columns())
        .containsExactly("Origin", "B", "Day");
  }

  @Test
  void aJoinKeepsEveryColumnOfBothSides() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Join join = new Join(scan, scan, List.of("Day"), List.of("Day"), JoinKind.INNER,
        JoinStrategy.HASH_SHUFFLE, null);
    assertThat(pushed(Fixtures.stats(join, "A_x")).get(0).columns())
        .containsExactly("Origin", "A", "B", "Day");
  }

  @Test
  void countingRowsReadsNoColumn() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Reduce count = new Reduce(scan, List.of(), "count-rows", null, chunk -> (long) chunk.rows(),
        new Reduce.Merge("sum-counts", (a, b) -> (Long) a + (Long) b), List.of());
    assertThat(pushed(count).get(0).columns()).isEmpty();
  }

  @Test
  void twoConsumersOfOneNodeGetTheUnionOfWhatTheyRead() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise filtered = Fixtures.filter(scan, col("Day").gt(3));
    List<Scan> scans = pushed(Fixtures.stats(filtered, "A"), Fixtures.stats(filtered, "B"));
    assertThat(scans).hasSize(1);
    assertThat(scans.get(0).columns()).containsExactly("A", "B", "Day");
  }

  @Test
  void stepsOverAShuffleFirstSelectWhatTheyAndTheirReadersUse() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Shuffle sorted = new Shuffle(scan, new Router.ByHash(List.of("Origin"), 2), 2,
        new Finish.SortBy("Day", true), null);
    Blockwise filtered = Fixtures.filter(sorted, col("A").gt(3));
    List<ResultPlan> out = new PushProjection().apply(List.of(Fixtures.stats(filtered, "B")));
    Blockwise narrowed = (Blockwise) out.get(0).input();
    assertThat(narrowed.steps().get(0)).isEqualTo(new Step.Select(List.of("A", "B")));
    assertThat(narrowed.steps()).hasSize(2);
    // applied again, nothing changes
    List<ResultPlan> again = new PushProjection().apply(out);
    assertThat(((Blockwise) again.get(0).input()).steps()).isEqualTo(narrowed.steps());
    // steps over a scan are left alone: the scan is narrowed instead
    Blockwise overScan = Fixtures.filter(scan, col("A").gt(3));
    Blockwise same = (Blockwise) new PushProjection()
        .apply(List.of(Fixtures.stats(overScan, "B"))).get(0).input();
    assertThat(same.steps()).hasSize(1);
  }
}
