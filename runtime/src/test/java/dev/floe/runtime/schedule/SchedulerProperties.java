package dev.floe.runtime.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Random DAGs give the same answers, failures and cancellations on every scheduler. */
class SchedulerProperties {
  private static final List<Scheduler> SCHEDULERS = List.of(
      new SyncScheduler(), new LocalScheduler(1), new LocalScheduler(2), new LocalScheduler(8));

  @AfterContainer
  static void closeSchedulers() {
    SCHEDULERS.forEach(Scheduler::close);
  }

  /**
   * A random DAG: node i depends on some earlier nodes (repeats allowed) and computes i plus the
   * sum of its inputs, wrapping on overflow.
   */
  record Dag(List<List<Integer>> dependencies, Set<Integer> outputs, Set<Integer> failing) {
    int size() {
      return dependencies.size();
    }

    long[] expected() {
      long[] values = new long[size()];
      for (int i = 0; i < size(); i++) {
        long value = i;
        for (int d : dependencies.get(i)) {
          value += values[d];
        }
        values[i] = value;
      }
      return values;
    }

    List<TaskKey> keys() {
      List<TaskKey> keys = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        List<TaskKey> inputs = new ArrayList<>();
        for (int d : dependencies.get(i)) {
          inputs.add(keys.get(d));
        }
        keys.add(TaskKey.of("node", i, inputs));
      }
      return keys;
    }

    TaskGraph graph() {
      List<TaskKey> keys = keys();
      List<Task> tasks = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        long index = i;
        boolean fails = failing.contains(i);
        List<TaskKey> inputs = new ArrayList<>();
        for (int d : dependencies.get(i)) {
          inputs.add(keys.get(d));
        }
        tasks.add(new Task(keys.get(i), "node" + i, inputs, values -> {
          if (fails) {
            throw new IllegalStateException("node " + index + " fails");
          }
          long value = index;
          for (Object input : values) {
            value += (Long) input;
          }
          return value;
        }));
      }
      // Added in reverse: the graph must sort them itself.
      java.util.Collections.reverse(tasks);
      return TaskGraph.of(tasks);
    }
  }

  @Provide
  Arbitrary<Dag> dags() {
    return dagsWithFailures(0);
  }

  @Provide
  Arbitrary<Dag> failingDags() {
    return dagsWithFailures(3);
  }

  private Arbitrary<Dag> dagsWithFailures(int maxFailures) {
    return Arbitraries.integers().between(1, 120).flatMap(size -> {
      Arbitrary<List<List<Integer>>> edges = Arbitraries.integers().between(0, Integer.MAX_VALUE)
          .list().ofMaxSize(4).list().ofSize(size)
          .map(raw -> {
            List<List<Integer>> dependencies = new ArrayList<>();
            for (int i = 0; i < size; i++) {
              List<Integer> mine = new ArrayList<>();
              if (i > 0) {
                for (int r : raw.get(i)) {
                  mine.add(r % i);
                }
              }
              dependencies.add(mine);
            }
            return dependencies;
          });
      Arbitrary<Set<Integer>> outputs =
          Arbitraries.integers().between(0, size - 1).set().ofMinSize(1).ofMaxSize(5);
      Arbitrary<Set<Integer>> failing = Arbitraries.integers().between(0, size - 1).set()
          .ofMinSize(Math.min(1, maxFailures)).ofMaxSize(maxFailures);
      return Combinators.combine(edges, outputs, failing).as(Dag::new);
    });
  }

  @Property(tries = 150)
  void everySchedulerGivesTheSameResults(@ForAll("dags") Dag dag) {
    TaskGraph graph = dag.graph();
    List<TaskKey> keys = dag.keys();
    long[] expected = dag.expected();
    List<TaskKey> outputs = new ArrayList<>();
    dag.outputs().forEach(i -> outputs.add(keys.get(i)));
    for (Scheduler scheduler : SCHEDULERS) {
      Map<TaskKey, Object> results = scheduler.compute(graph, outputs);
      assertThat(results.keySet()).as(scheduler.toString()).containsExactlyElementsOf(outputs);
      for (int i : dag.outputs()) {
        assertThat(results.get(keys.get(i))).as(scheduler + " node " + i).isEqualTo(expected[i]);
      }
    }
  }

  @Property(tries = 100)
  void aFailureAnywhereIsReportedWithItsKey(@ForAll("failingDags") Dag dag) {
    TaskGraph graph = dag.graph();
    List<TaskKey> keys = dag.keys();
    Set<TaskKey> failingKeys = new HashSet<>();
    dag.failing().forEach(i -> failingKeys.add(keys.get(i)));
    List<TaskKey> outputs = new ArrayList<>();
    dag.outputs().forEach(i -> outputs.add(keys.get(i)));
    for (Scheduler scheduler : SCHEDULERS) {
      assertThatThrownBy(() -> scheduler.compute(graph, outputs))
          .as(scheduler.toString())
          .isInstanceOfSatisfying(TaskFailedException.class, failed -> {
            assertThat(failingKeys).contains(failed.key());
            assertThat(failed).hasMessageContaining(failed.key().toString())
                .hasCauseInstanceOf(IllegalStateException.class);
          });
    }
  }

  /**
   * Tasks block until released; after a cancel no thread may stay busy with a task of the
   * computation, and no task may finish.
   */
  @Property(tries = 20)
  void cancellationLeavesNoThreadBusy(@ForAll("dags") Dag dag) throws Exception {
    for (Scheduler scheduler : SCHEDULERS.subList(1, SCHEDULERS.size())) {
      CountDownLatch never = new CountDownLatch(1);
      AtomicInteger finished = new AtomicInteger();
      List<Task> blocking = new ArrayList<>();
      for (Task task : dag.graph().tasks()) {
        blocking.add(new Task(task.key(), task.operation(), task.dependencies(), inputs -> {
          never.await();
          finished.incrementAndGet();
          return 0L;
        }));
      }
      TaskGraph graph = TaskGraph.of(blocking);
      Computation computation = scheduler.start(
          graph, List.of(graph.task(graph.size() - 1).key()), ComputeOptions.defaults());
      assertThat(Graphs.eventually(() -> computation.runningTasks() > 0)).isTrue();

      computation.cancel(true);

      assertThatThrownBy(computation::join).isInstanceOf(CancellationException.class);
      assertThat(Graphs.eventually(() -> computation.runningTasks() == 0))
          .as(scheduler + ": no thread busy after cancel").isTrue();
      assertThat(finished.get()).isZero();
    }
  }
}
