package dev.floe.frame.plan;

import dev.floe.planner.optimize.Rule;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common-scan sharing, as Polars' {@code cse}: scans of the same files (an equal {@link
 * CsvSource}) in the plans computed together become one scan of the union of their columns, so each block is read and parsed once
 * and feeds every consumer. Runs after {@link PushProjection}; the lowering then sees one node with
 * several consumers and makes its partitions tasks of their own.
 */
final class ShareScans implements Rule<ResultPlan> {
  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    Map<CsvSource, Set<String>> union = new HashMap<>();
    for (FramePlan node : Dag.topological(roots)) {
      if (node instanceof Scan scan) {
        union.computeIfAbsent(scan.source(), source -> new LinkedHashSet<>())
            .addAll(scan.columns());
      }
    }
    return Dag.canonical(Dag.rewrite(roots, node -> {
      if (!(node instanceof Scan scan)) {
        return node;
      }
      Set<String> wanted = union.get(scan.source());
      List<String> columns = scan.source().columns().stream().filter(wanted::contains).toList();
      return columns.equals(scan.columns()) ? scan : new Scan(scan.source(), columns);
    }));
  }
}
