package dev.floe.frame.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimplifyTest {
  @TempDir Path folder;

  @Test
  void aSelectionOfEveryColumnInOrderIsDropped() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise all = new Blockwise(scan, List.of(new Step.Select(scan.schema().names())));
    assertThat(Simplify.simplify(all)).isSameAs(scan);
  }

  @Test
  void aReorderingIsKept() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise reordered = new Blockwise(scan, List.of(new Step.Select(List.of("B", "A"))));
    assertThat(Simplify.simplify(reordered)).isSameAs(reordered);
  }

  @Test
  void selectionsInARowBecomeOne() {
    Scan scan = Scan.of(Fixtures.flights(folder, 100));
    Blockwise twice = new Blockwise(scan, List.of(new Step.Select(List.of("A", "B", "Day")),
        new Step.Select(List.of("Day", "A", "Origin"))));
    Blockwise once = (Blockwise) Simplify.simplify(twice);
    assertThat(once.steps()).containsExactly(new Step.Select(List.of("Day", "A")));
    assertThat(once.schema().names()).isEqualTo(twice.schema().names());
  }

  @Test
  void prunesOfPrunesBecomeOneAndKeepingAllIsNoPrune() {
    Scan scan = Scan.of(Fixtures.flights(folder, 2000));
    int n = scan.partitions();
    Prune inner = new Prune(scan, List.of(1, 2, 3));
    assertThat(Simplify.simplify(new Prune(inner, List.of(1, 2))))
        .isEqualTo(new Prune(scan, List.of(2, 3)));
    List<Integer> all = java.util.stream.IntStream.range(0, n).boxed().toList();
    assertThat(Simplify.simplify(new Prune(scan, all))).isSameAs(scan);
  }
}
