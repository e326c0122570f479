package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.futures.Client;
import dev.floe.runtime.futures.FloeFuture;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.schedule.TaskFailedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster scheduler against worker JVMs on loopback: the same graphs give the same answers
 * as on the local scheduler, results stay on workers, errors name their task.
 */
class ClusterSchedulerTest {
  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LocalCluster.start(2, 2);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A sum of squares as a tree of additions over {@code leaves} tasks. */
  static TaskGraph sumOfSquares(int leaves) {
    List<Task> tasks = new ArrayList<>();
    List<TaskKey> level = new ArrayList<>();
    for (int i = 0; i < leaves; i++) {
      long value = i;
      Task leaf = Task.of("square", List.of(), inputs -> value * value, value);
      tasks.add(leaf);
      level.add(leaf.key());
    }
    while (level.size() > 1) {
      List<TaskKey> next = new ArrayList<>();
      for (int i = 0; i + 1 < level.size(); i += 2) {
        Task add = Task.of("add", List.of(level.get(i), level.get(i + 1)),
            inputs -> (Long) inputs[0] + (Long) inputs[1]);
        tasks.add(add);
        next.add(add.key());
      }
      if (level.size() % 2 == 1) {
        next.add(level.get(level.size() - 1));
      }
      level = next;
    }
    return TaskGraph.of(tasks);
  }

  @Test
  void aTreeOfTasksGivesTheLocalAnswer() {
    TaskGraph graph = sumOfSquares(2000);
    TaskKey root = graph.task(graph.size() - 1).key();
    Object onCluster = cluster.scheduler().compute(graph, List.of(root)).get(root);
    try (Scheduler local = Schedulers.local(2)) {
      assertThat(onCluster).isEqualTo(local.compute(graph, List.of(root)).get(root));
    }
  }

  @Test
  void bigResultsStayOnWorkersAndOnlyOutputsTravel() {
    Task big = Task.of("big", List.of(), inputs -> new double[100_000]);
    Task length = Task.of("length", List.of(big.key()), inputs -> ((double[]) inputs[0]).length);
    TaskGraph graph = TaskGraph.of(List.of(big, length));
    assertThat(cluster.scheduler().compute(graph, List.of(length.key())).get(length.key()))
        .isEqualTo(100_000);
  }

  @Test
  void aFailingTaskFailsTheComputationNamingIt() {
    Task bad = Task.of("divide", List.of(), inputs -> 1 / (inputs.length - inputs.length));
    TaskGraph graph = TaskGraph.of(List.of(bad));
    assertThatThrownBy(() -> cluster.scheduler().compute(graph, List.of(bad.key())))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining("divide")
        .hasRootCauseInstanceOf(ArithmeticException.class);
  }

  /** Not serializable: captured by a task below. */
  static final class Opaque {
    final int value = 7;
  }

  @Test
  void aFunctionThatCannotBeSerializedFailsBeforeAnyTaskRuns() {
    Opaque opaque = new Opaque();
    Task task = Task.of("opaque", List.of(), inputs -> opaque.value);
    TaskGraph graph = TaskGraph.of(List.of(task));
    assertThatThrownBy(() -> cluster.scheduler().compute(graph, List.of(task.key())))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining("opaque")
        .rootCause().hasMessageContaining(Opaque.class.getName());
  }

  @Test
  void delayedAndFuturesRunUnchanged() {
    Scheduler previous = Schedulers.setDefault(cluster.scheduler());
    try (Client client = Client.on(cluster.scheduler())) {
      Delayed<Integer> total = Delayed.all(List.of(
              Delayed.call(ClusterSchedulerTest::inc, 1), Delayed.call(ClusterSchedulerTest::inc, 2)))
          .then(ClusterSchedulerTest::sum);
      assertThat(total.compute()).isEqualTo(5);

      FloeFuture<Integer> x = client.submit(ClusterSchedulerTest::inc, 1);
      FloeFuture<Integer> y = client.submit(ClusterSchedulerTest::inc, 2);
      FloeFuture<Integer> z = client.submit(ClusterSchedulerTest::add, x, y);
      List<FloeFuture<Integer>> squares = client.map(ClusterSchedulerTest::square, List.of(1, 2, 3));
      assertThat(z.result()).isEqualTo(5);
      assertThat(client.gather(squares)).containsExactly(1, 4, 9);
    } finally {
      Schedulers.restoreDefault(cluster.scheduler(), previous);
    }
  }

  @Test
  void persistedResultsAreReusedUntilUnpersisted() {
    Task source = Task.of("source", List.of(), inputs -> new long[10_000]);
    Task length = Task.of("length", List.of(source.key()), inputs -> ((long[]) inputs[0]).length);
    TaskGraph graph = TaskGraph.of(List.of(source, length));
    ClusterScheduler scheduler = cluster.scheduler();
    scheduler.persist(graph, List.of(source.key()));
    assertThat(scheduler.storeStats().persisted()).isEqualTo(1);
    assertThat(scheduler.compute(graph, List.of(length.key())).get(length.key())).isEqualTo(10_000);
    assertThat(scheduler.unpersist(List.of(source.key()))).isEqualTo(1);
    assertThat(scheduler.storeStats().persisted()).isZero();
  }

  @Test
  void tasksSpreadOverTheWorkers() {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int index = i;
      tasks.add(Task.of("where", List.of(), inputs -> {
        Thread.sleep(20);
        return Thread.currentThread().getName().replaceAll("-\\d+$", "");
      }, index));
    }
    TaskGraph graph = TaskGraph.of(tasks);
    Map<TaskKey, Object> names = cluster.scheduler().compute(graph,
        tasks.stream().map(Task::key).toList());
    Set<Object> workers = new HashSet<>(names.values());
    assertThat(workers).containsExactlyInAnyOrder("worker-1", "worker-2");
  }

  @Test
  void watchersHearOfTransfersAndEachWorkerReportsItsStore() {
    List<DataEvent> moves = new CopyOnWriteArrayList<>();
    List<TaskEvent> finished = new CopyOnWriteArrayList<>();
    List<TaskKey> parts = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Task part = Task.of("part", List.of(), inputs -> {
        Thread.sleep(20); // slow enough that both workers take parts
        return new long[10_000];
      }, i);
      tasks.add(part);
      parts.add(part.key());
    }
    Task total = Task.of("total", parts, inputs -> {
      long length = 0;
      for (Object input : inputs) {
        length += ((long[]) input).length;
      }
      return length;
    });
    tasks.add(total);
    try (Watchers.Watch watch = cluster.scheduler().watch(new TaskListener() {
      @Override
      public void taskFinished(TaskEvent event) {
        finished.add(event);
      }

      @Override
      public void dataMoved(DataEvent event) {
        moves.add(event);
      }
    })) {
      assertThat(cluster.scheduler().compute(TaskGraph.of(tasks), List.of(total.key()))
          .get(total.key())).isEqualTo(400_000L);
    }
    assertThat(finished).hasSize(41);
    assertThat(finished.stream().map(TaskEvent::thread).distinct())
        .containsExactlyInAnyOrder("worker-1", "worker-2");
    assertThat(moves).as("the total's worker fetched the other worker's parts").isNotEmpty()
        .allSatisfy(move -> {
          assertThat(move.kind()).isEqualTo(DataEvent.Kind.TRANSFER);
          assertThat(move.bytes()).isGreaterThan(80_000);
          assertThat(move.place()).isIn("worker-1", "worker-2");
        });
    assertThat(cluster.scheduler().workerStoreStats()).containsOnlyKeys("worker-1", "worker-2");
  }

  @Test
  void classesDefinedInJShellRunOnTheWorkers() {
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      String join = "new ClusterSettings(\"" + cluster.clusterName() + "\", \"127.0.0.1\", 0, "
          + "List.of(\"" + cluster.memberAddresses().get(0) + "\")).withSecret(ClusterSecret"
          + ".readFrom(java.nio.file.Path.of(\"" + cluster.secretFile() + "\")))";
      String answer = null;
      for (String snippet : List.of(
          "import dev.floe.cluster.*;",
          "import dev.floe.runtime.futures.*;",
          "import java.util.List;",
          "record Scale(int factor) implements java.io.Serializable {"
              + " int apply(int x) { return x * factor; } }",
          "var scheduler = ClusterScheduler.connect(" + join + ");",
          "var client = Client.on(scheduler);",
          "String answer = client.gather(client.map(x -> new Scale(3).apply((Integer) x),"
              + " List.of(1, 2, 3))).toString();",
          "scheduler.close();",
          "answer")) {
        for (SnippetEvent event : shell.eval(snippet)) {
          assertThat(event.exception()).as(snippet).isNull();
          assertThat(event.status()).as(snippet).isEqualTo(Snippet.Status.VALID);
          answer = event.value();
        }
      }
      assertThat(answer).isEqualTo("\"[3, 6, 9]\"");
    }
  }

  static int inc(int x) {
    return x + 1;
  }

  static int add(int x, int y) {
    return x + y;
  }

  static int square(int x) {
    return x * x;
  }

  static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

}
