package dev.floe.frame;

import dev.floe.frame.plan.Lowering;
import dev.floe.frame.plan.PersistedSource;
import dev.floe.frame.plan.PrunedSource;
import dev.floe.planner.optimize.Cull;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Schedulers;
import java.util.LinkedHashSet;
import java.util.List;

/** Keeping a DataFrame's partitions in the default scheduler's store, and letting them go. */
final class Persisting {
  private Persisting() {}

  static DataFrame persist(DataFrame frame) {
    List<String> columns = frame.allColumns();
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> keys = Lowering.partitionTasks(frame.source(), frame.steps(),
        new LinkedHashSet<>(columns), "partition", columns, DataFrame.keeping(columns),
        graph);
    TaskGraph tasks = Cull.cull(graph.build(), keys);
    Schedulers.defaultScheduler().persist(tasks, keys);
    PersistedSource kept = new PersistedSource(tasks, keys, columns, frame.allDtypes());
    return new DataFrame(kept, List.of(), columns, frame.allDtypes(), frame.index().orElse(null),
        frame.keyDivisions());
  }

  static void release(DataFrame frame) {
    if (frame.source() instanceof PersistedSource kept) {
      Schedulers.defaultScheduler().unpersist(kept.keys());
    } else if (frame.source() instanceof PrunedSource pruned
        && pruned.inner() instanceof PersistedSource kept) {
      Schedulers.defaultScheduler().unpersist(kept.keys());
    }
  }
}
