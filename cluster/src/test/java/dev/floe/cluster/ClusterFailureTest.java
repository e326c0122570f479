package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Computation;
import dev.floe.runtime.schedule.ComputeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers that die or join while a computation runs: the answer stays right, lost results are
 * recomputed, and new workers get work.
 */
class ClusterFailureTest {
  /**
   * Leaves that each make a 64 KiB block (held on the worker that made it), sums of pairs of
   * blocks, and a total; every task sleeps a little so that the run lasts a few seconds.
   */
  private static TaskGraph blocks(int leaves, long sleepMillis) {
    List<Task> tasks = new ArrayList<>();
    List<TaskKey> sums = new ArrayList<>();
    for (int i = 0; i < leaves; i += 2) {
      Task a = block(i, sleepMillis);
      Task b = block(i + 1, sleepMillis);
      Task sum = Task.of("pair-sum", List.of(a.key(), b.key()), inputs -> {
        Thread.sleep(sleepMillis);
        return total((long[]) inputs[0]) + total((long[]) inputs[1]);
      });
      tasks.addAll(List.of(a, b, sum));
      sums.add(sum.key());
    }
    tasks.add(Task.of("total", sums, inputs -> {
      long total = 0;
      for (Object part : inputs) {
        total += (Long) part;
      }
      return total;
    }));
    return TaskGraph.of(tasks);
  }

  private static Task block(int index, long sleepMillis) {
    return Task.of("block", List.of(), inputs -> {
      Thread.sleep(sleepMillis);
      long[] values = new long[8192];
      java.util.Arrays.fill(values, index);
      return values;
    }, index);
  }

  private static long total(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum += value;
    }
    return sum;
  }

  private static long expected(int leaves) {
    return 8192L * leaves * (leaves - 1) / 2;
  }

  @Test
  void killingAWorkerMidRunStillGivesTheRightAnswer() throws Exception {
    try (LocalCluster cluster = LocalCluster.start(2, 2)) {
      int leaves = 120;
      TaskGraph graph = blocks(leaves, 30);
      TaskKey root = graph.task(graph.size() - 1).key();
      Computation computation = cluster.scheduler().start(graph, List.of(root),
          ComputeOptions.defaults());
      while (computation.finishedTasks() < graph.size() / 4) {
        Thread.sleep(10);
      }
      cluster.killWorker(0);
      assertThat(computation.join().get(root)).isEqualTo(expected(leaves));
      assertThat(cluster.scheduler().workers()).containsExactly("worker-2");
    }
  }

  @Test
  void aWorkerJoiningMidRunReceivesTasks(@TempDir Path folder) throws Exception {
    // Every task waits for a go-ahead file, so the run is still going when the new worker is in,
    // however long its JVM takes to start.
    String goAhead = folder.resolve("go").toString();
    try (LocalCluster cluster = LocalCluster.start(1, 1)) {
      List<Task> tasks = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        tasks.add(Task.of("where", List.of(), inputs -> {
          while (!Files.exists(Path.of(goAhead))) {
            Thread.sleep(10);
          }
          Thread.sleep(20);
          return Thread.currentThread().getName().replaceAll("-\\d+$", "");
        }, i));
      }
      TaskGraph graph = TaskGraph.of(tasks);
      Computation computation = cluster.scheduler().start(graph,
          tasks.stream().map(Task::key).toList(), ComputeOptions.defaults());
      cluster.addWorker();
      Files.writeString(Path.of(goAhead), "go");
      Map<TaskKey, Object> where = computation.join();
      Set<Object> workers = new HashSet<>(where.values());
      assertThat(workers).containsExactlyInAnyOrder("worker-1", "worker-2");
    }
  }

  @Test
  void aWorkerAskedToLeaveHandsItsResultsOver() throws Exception {
    try (LocalCluster cluster = LocalCluster.start(2, 1)) {
      Task big = Task.of("big", List.of(), inputs -> new long[20_000]);
      Task length = Task.of("length", List.of(big.key()), inputs -> ((long[]) inputs[0]).length);
      TaskGraph graph = TaskGraph.of(List.of(big, length));
      ClusterScheduler scheduler = cluster.scheduler();
      scheduler.persist(graph, List.of(big.key()));
      // Stop both in turn: whichever held the result hands it to the other before leaving.
      cluster.stopWorker(0);
      Thread.sleep(500);
      cluster.addWorker();
      cluster.stopWorker(1);
      assertThat(scheduler.storeStats().persisted()).as("the result survived the leaving worker")
          .isEqualTo(1);
      assertThat(scheduler.compute(graph, List.of(length.key())).get(length.key()))
          .isEqualTo(20_000);
    }
  }
}
