package dev.floe.frame.plan;

import static dev.floe.core.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.lazy.Lowered;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareScansTest {
  @TempDir Path folder;

  @Test
  void scansOfOneSourceBecomeOneScanOfTheUnion() {
    Scan scan = Scan.of(Fixtures.flights(folder, 500));
    List<ResultPlan> roots = List.of(Fixtures.stats(scan, "A"), Fixtures.stats(scan, "B"));
    List<ResultPlan> optimized = new ShareScans().apply(new PushProjection().apply(roots));
    List<Scan> scans = Fixtures.scans(optimized);
    assertThat(scans).hasSize(1);
    assertThat(scans.get(0).columns()).containsExactly("A", "B");
    assertThat(optimized.get(0).input()).isSameAs(optimized.get(1).input());
  }

  @Test
  void differentStepsOverOneSourceShareTheScanBelowThem() {
    Scan scan = Scan.of(Fixtures.flights(folder, 500));
    List<ResultPlan> roots = List.of(Fixtures.stats(scan, "A"),
        Fixtures.stats(Fixtures.filter(scan, col("Origin").eq("JFK")), "B"));
    List<ResultPlan> optimized = FramePlanner.optimize(roots);
    List<Scan> scans = Fixtures.scans(optimized);
    assertThat(scans).hasSize(1);
    assertThat(scans.get(0).columns()).containsExactly("Origin", "A", "B");
  }

  @Test
  void threeResultsOverOneFileReadEachBlockOnce() {
    CsvSource source = Fixtures.flights(folder, 2000);
    Scan scan = Scan.of(source);
    assertThat(source.partitions()).isGreaterThan(3);
    Reduce byOrigin = new Reduce(scan, List.of("Origin", "A"), "group-stats",
        List.of("Origin", "A"), chunk -> chunk.rows(),
        new Reduce.Merge("merge-group-stats", (a, b) -> (Integer) a + (Integer) b), List.of());
    List<ResultPlan> roots = List.of(Fixtures.stats(scan, "A"), Fixtures.stats(scan, "B"),
        byOrigin);
    Lowered lowered = Lowering.lower(FramePlanner.optimize(roots));
    TaskGraph graph = lowered.graph();
    assertThat(count(graph, "read-csv")).isEqualTo(source.partitions());
    assertThat(count(graph, "column-stats")).isEqualTo(2 * source.partitions());
    assertThat(count(graph, "group-stats")).isEqualTo(source.partitions());
    for (Task task : graph.tasks()) { // the consumers read the shared blocks, not the file
      if (task.operation().equals("column-stats") || task.operation().equals("group-stats")) {
        assertThat(task.dependencies()).hasSize(1);
        assertThat(graph.task(task.dependencies().get(0)).operation()).isEqualTo("read-csv");
      }
    }
  }

  @Test
  void twoReadsOfTheSameFilesAreOneScan() {
    CsvSource first = Fixtures.flights(folder, 500);
    CsvSource again = new CsvSource(first.files(), dev.floe.io.csv.CsvOptions.defaults()
        .blockSizeBytes(2048));
    assertThat(again).isEqualTo(first).isNotSameAs(first);
    List<ResultPlan> optimized = FramePlanner.optimize(List.of(
        Fixtures.stats(Scan.of(first), "A"), Fixtures.stats(Scan.of(again), "B")));
    assertThat(Fixtures.scans(optimized)).hasSize(1);
    CsvSource otherBlocks = new CsvSource(first.files(), dev.floe.io.csv.CsvOptions.defaults()
        .blockSizeBytes(4096));
    assertThat(otherBlocks).isNotEqualTo(first);
  }

  @Test
  void oneResultKeepsReadingFusedIntoItsTasks() {
    CsvSource source = Fixtures.flights(folder, 2000);
    Lowered lowered = Lowering.lower(FramePlanner.optimize(
        List.of(Fixtures.stats(Scan.of(source), "A"))));
    assertThat(count(lowered.graph(), "read-csv")).isZero();
    assertThat(count(lowered.graph(), "column-stats")).isEqualTo(source.partitions());
  }

  private static long count(TaskGraph graph, String operation) {
    return graph.tasks().stream().filter(t -> t.operation().equals(operation)).count();
  }
}
