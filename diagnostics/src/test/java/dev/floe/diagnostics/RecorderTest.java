package dev.floe.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.store.StoreStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecorderTest {
  private final Task load = Task.of("load", List.of(), inputs -> 1);
  private final Task total = Task.of("total", List.of(load.key()), inputs -> inputs[0]);
  private final TaskGraph graph = TaskGraph.of(List.of(load, total));

  private static TaskEvent finished(Task task, String worker, long durationNanos) {
    return new TaskEvent(1, task.key(), task.operation(), worker, System.nanoTime(),
        durationNanos, 8, null);
  }

  @Test
  void aTaskThatFinishesTwiceCountsAsRecomputedLostWork() {
    Recorder recorder = new Recorder();
    recorder.computationStarted(new ComputationEvent(1, "cluster", 2, 0, 0, Outcome.RUNNING,
        graph));
    recorder.taskFinished(finished(load, "worker-1", 5_000_000));
    recorder.taskFinished(finished(load, "worker-2", 3_000_000)); // worker-1 died; load again
    recorder.taskFinished(finished(total, "worker-2", 1_000_000));
    recorder.dataMoved(new DataEvent(DataEvent.Kind.TRANSFER, "worker-2", System.nanoTime(),
        2_000_000, 1024));
    recorder.computationFinished(new ComputationEvent(1, "cluster", 2, 2, 9, Outcome.SUCCEEDED,
        graph));

    String state = recorder.state("cluster",
        Map.of("worker-2", new StoreStats(4096, 8192, 1024, 1, 0, 0)), -1, -1);
    assertThat(state).contains("\"recompute\":{\"tasks\":1,\"ms\":3.000}",
        "\"places\":[\"worker-1\",\"worker-2\"]", ",\"recomputed\"]", ",\"transfer\"]",
        "[\"load\",1,1]", "[\"total\",1,1]", "\"state\":\"SUCCEEDED\"",
        "{\"worker\":\"worker-2\",\"held\":4096,\"peak\":8192,\"spilled\":1024,\"spills\":1",
        "\"ops\":[\"load\",\"total\"],\"edges\":[0,1]", "\"states\":\"22\"");
  }

  @Test
  void oldComputationsAndBarsAreForgotten() {
    Recorder recorder = new Recorder();
    for (int id = 1; id <= Recorder.KEPT_COMPUTATIONS + 3; id++) {
      recorder.computationStarted(new ComputationEvent(id, "local", 2, 0, 0, Outcome.RUNNING,
          graph));
    }
    for (int i = 0; i < Recorder.MAX_BARS + 10; i++) {
      recorder.dataMoved(new DataEvent(DataEvent.Kind.SPILL, "t", System.nanoTime(), 1, 1));
    }
    String state = recorder.state("local", Map.of(), -1, -1);
    assertThat(state).doesNotContain("\"id\":3,").contains("\"id\":4,", "\"id\":9,");
    assertThat(state.split(",\"spill\"]", -1).length - 1)
        .isEqualTo(Recorder.MAX_BARS_PER_ANSWER);
  }
}
