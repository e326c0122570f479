package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A run's planning, without workers. */
class ClusterRunTest {
  @Test
  void aLostPersistedInputIsRecomputedUnderThisRunsRef() {
    Task big = Task.of("big", List.of(), inputs -> new long[10]);
    Task length = Task.of("length", List.of(big.key()), inputs -> ((long[]) inputs[0]).length);
    TaskGraph graph = TaskGraph.of(List.of(big, length));
    UUID client = UUID.randomUUID();
    ClusterRun run = new ClusterRun(2, client, graph, List.of(length.key()), false, "cluster",
        List.of(), null);
    int position = graph.position(big.key());
    // Persisted by run 1, and every worker that held it has gone.
    run.usePersisted(position,
        new PersistedResult(new ResultRef(client, 1, big.key()), new WorkerView[0], 80));

    run.plan();

    assertThat(run.peekReady()).as("big runs again").isEqualTo(position);
    assertThat(run.ref(position)).as("and its result is asked for under this run's ref")
        .isEqualTo(new ResultRef(client, 2, big.key()));
  }
}
