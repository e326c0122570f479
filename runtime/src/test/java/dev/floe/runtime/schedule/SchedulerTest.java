package dev.floe.runtime.schedule;

import static dev.floe.runtime.schedule.Graphs.eventually;
import static dev.floe.runtime.schedule.Graphs.graph;
import static dev.floe.runtime.schedule.Graphs.sleepUntilInterrupted;
import static dev.floe.runtime.schedule.Graphs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.store.ChunkStore;
import dev.floe.runtime.store.MemoryBudget;
import dev.floe.runtime.graph.TaskKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulerTest {
  private static final LocalScheduler LOCAL = new LocalScheduler(4);
  private static final SyncScheduler SYNC = new SyncScheduler();

  static Stream<Scheduler> schedulers() {
    return Stream.of(SYNC, LOCAL);
  }

  @AfterAll
  static void closeSchedulers() {
    LOCAL.close();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void computesTheRequestedOutputsInOrder(Scheduler scheduler) {
    Task one = task("one", in -> 1);
    Task two = task("two", in -> 2);
    Task sum = task("sum", in -> (Integer) in[0] + (Integer) in[1], one, two);
    Map<TaskKey, Object> results =
        scheduler.compute(graph(one, two, sum), List.of(sum.key(), one.key()));
    assertThat(results.keySet()).containsExactly(sum.key(), one.key());
    assertThat(results.get(sum.key())).isEqualTo(3);
    assertThat(results.get(one.key())).isEqualTo(1);
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void anEmptyGraphComputesNothing(Scheduler scheduler) {
    assertThat(scheduler.compute(TaskGraph.of(List.of()), List.of())).isEmpty();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void nullResultsAreResults(Scheduler scheduler) {
    Task nothing = task("nothing", in -> null);
    Task check = task("check", in -> in[0] == null, nothing);
    assertThat(scheduler.compute(graph(nothing, check), List.of(check.key(), nothing.key())))
        .containsEntry(check.key(), true)
        .containsEntry(nothing.key(), null);
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void anUnknownOutputIsNamed(Scheduler scheduler) {
    Task one = task("one", in -> 1);
    TaskKey ghost = TaskKey.of("ghost");
    assertThatThrownBy(() -> scheduler.compute(graph(one), List.of(ghost)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ghost.toString());
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void aFailureNamesTheTaskAndCarriesTheCause(Scheduler scheduler) {
    Task one = task("one", in -> 1);
    Task divide = task("divide", in -> (Integer) in[0] / 0, one);
    Task after = task("after", in -> in[0], divide);
    assertThatThrownBy(() -> scheduler.compute(graph(one, divide, after), List.of(after.key())))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(divide.key().toString())
        .hasMessageContaining("'divide'")
        .hasMessageContaining("/ by zero")
        .hasCauseInstanceOf(ArithmeticException.class)
        .satisfies(e -> {
          TaskFailedException failed = (TaskFailedException) e;
          assertThat(failed.key()).isEqualTo(divide.key());
          assertThat(failed.operation()).isEqualTo("divide");
          assertThat(failed.getCause().getStackTrace()[0].getMethodName()).contains("lambda");
        });
  }

  @Test
  void anErrorOutsideATasksFunctionFailsTheComputationInsteadOfHangingIt() {
    // out of memory while the worker gathers inputs, keeps a result or tells a listener
    TaskListener exhausted = new TaskListener() {
      @Override
      public void taskStarted(TaskEvent event) {
        if (event.operation().equals("two")) {
          throw new OutOfMemoryError("simulated: Java heap space");
        }
      }
    };
    Task one = task("one", in -> 1);
    Task two = task("two", in -> (Integer) in[0] + 1, one);
    Task three = task("three", in -> (Integer) in[0] + 1, two);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        assertThatThrownBy(() -> LOCAL.compute(graph(one, two, three), List.of(three.key()),
            ComputeOptions.defaults().withListener(exhausted)))
            .isInstanceOf(TaskFailedException.class)
            .hasMessageContaining("'two'")
            .hasCauseInstanceOf(OutOfMemoryError.class));
    // the scheduler is still usable
    assertThat(LOCAL.compute(graph(one, two, three), List.of(three.key())))
        .containsEntry(three.key(), 3);
  }

  @Test
  void futureGetWrapsTheFailureInAnExecutionException() {
    Task boom = task("boom", in -> {
      throw new IllegalStateException("boom");
    });
    Computation computation = LOCAL.start(graph(boom), List.of(boom.key()), ComputeOptions.defaults());
    assertThatThrownBy(computation::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TaskFailedException.class)
        .hasRootCauseMessage("boom");
  }

  @Test
  void theFirstFailureStopsRunningSiblings() throws Exception {
    AtomicInteger interrupts = new AtomicInteger();
    Task sleeper = task("sleeper", sleepUntilInterrupted(interrupts));
    Task failing = task("failing", in -> {
      Thread.sleep(50);
      throw new IllegalStateException("failing on purpose");
    });
    Task both = task("both", in -> in, sleeper, failing);
    Computation computation =
        LOCAL.start(graph(sleeper, failing, both), List.of(both.key()), ComputeOptions.defaults());
    assertThatThrownBy(computation::join)
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(failing.key().toString());
    assertThat(eventually(() -> interrupts.get() == 1)).isTrue();
    assertThat(eventually(() -> computation.runningTasks() == 0)).isTrue();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void aTimeoutCancelsARunningComputation(Scheduler scheduler) throws Exception {
    AtomicInteger interrupts = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    Task sleeper = task("sleeper", in -> {
      started.incrementAndGet();
      return sleepUntilInterrupted(interrupts).apply(in);
    });
    ComputeOptions options = ComputeOptions.defaults().withTimeout(Duration.ofMillis(100));
    Computation computation = scheduler.start(graph(sleeper), List.of(sleeper.key()), options);
    assertThatThrownBy(computation::join)
        .isInstanceOf(ComputationTimeoutException.class)
        .hasMessageContaining("100 ms")
        .hasMessageContaining("0 of 1 tasks");
    assertThat(eventually(() -> computation.runningTasks() == 0)).isTrue();
    assertThat(eventually(() -> interrupts.get() == started.get())).isTrue();
  }

  @Test
  void cancelStopsRunningAndPendingTasks() throws Exception {
    AtomicInteger interrupts = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    Task a = task("a", in -> {
      started.incrementAndGet();
      return sleepUntilInterrupted(interrupts).apply(in);
    });
    Task b = task("b", in -> {
      started.incrementAndGet();
      return sleepUntilInterrupted(interrupts).apply(in);
    });
    AtomicInteger afterRan = new AtomicInteger();
    Task after = task("after", in -> afterRan.incrementAndGet(), a, b);
    Computation computation =
        LOCAL.start(graph(a, b, after), List.of(after.key()), ComputeOptions.defaults());
    assertThat(eventually(() -> computation.runningTasks() == 2)).isTrue();

    assertThat(computation.cancel(true)).isTrue();

    assertThat(computation.isCancelled()).isTrue();
    assertThatThrownBy(computation::get).isInstanceOf(CancellationException.class);
    assertThat(eventually(() -> computation.runningTasks() == 0)).isTrue();
    assertThat(interrupts.get()).isEqualTo(2);
    assertThat(afterRan.get()).isZero();
    assertThat(computation.cancel(true)).as("a second cancel does nothing").isFalse();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void interruptingTheCallerStopsTheGraph(Scheduler scheduler) throws Exception {
    AtomicInteger interrupts = new AtomicInteger();
    Task sleeper = task("sleeper", sleepUntilInterrupted(interrupts));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        scheduler.compute(graph(sleeper), List.of(sleeper.key()));
      } catch (RuntimeException e) {
        thrown.set(e);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    assertThat(eventually(() -> caller.getState() == Thread.State.TIMED_WAITING
        || caller.getState() == Thread.State.WAITING)).isTrue();
    Thread.sleep(20);
    caller.interrupt();
    caller.join(10_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(flagAfter.get()).as("the caller's interrupt flag is kept").isTrue();
    assertThat(eventually(() -> interrupts.get() == 1)).isTrue();
  }

  @Test
  void aTaskMayComputeAnotherGraphOnTheSamePoolWithoutDeadlock() {
    try (LocalScheduler single = new LocalScheduler(1)) {
      Task inner = task("inner", in -> 41);
      Task outer = task("outer", in ->
          (Integer) single.compute(graph(inner), List.of(inner.key())).get(inner.key()) + 1);
      Task outer2 = task("outer2", in ->
          (Integer) single.compute(graph(inner), List.of(inner.key())).get(inner.key()) + 2);
      Task both = task("both", in -> (Integer) in[0] + (Integer) in[1], outer, outer2);
      assertThat(single.compute(graph(outer, outer2, both), List.of(both.key())).get(both.key()))
          .isEqualTo(85);
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("schedulers")
  void listenersSeeEveryTask(Scheduler scheduler) {
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<TaskEvent> finished = new ConcurrentLinkedQueue<>();
    TaskListener listener = new TaskListener() {
      @Override
      public void computationStarted(ComputationEvent event) {
        seen.add("start " + event.taskCount());
      }

      @Override
      public void taskStarted(TaskEvent event) {
        seen.add("task " + event.operation());
      }

      @Override
      public void taskFinished(TaskEvent event) {
        finished.add(event);
      }

      @Override
      public void computationFinished(ComputationEvent event) {
        seen.add("end " + event.outcome() + " " + event.completedTasks());
      }
    };
    TaskListener broken = new TaskListener() {
      @Override
      public void taskStarted(TaskEvent event) {
        throw new IllegalStateException("a broken listener");
      }
    };
    Task array = task("array", in -> new double[1000]);
    Task length = task("length", in -> ((double[]) in[0]).length, array);
    ComputeOptions options = ComputeOptions.defaults().withListener(listener).withListener(broken);

    Object result =
        scheduler.compute(graph(array, length), List.of(length.key()), options).get(length.key());

    assertThat(result).isEqualTo(1000);
    assertThat(seen).containsExactly("start 2", "task array", "task length", "end SUCCEEDED 2");
    assertThat(finished).hasSize(2).allSatisfy(event -> {
      assertThat(event.thread()).isNotBlank();
      assertThat(event.durationNanos()).isNotNegative();
      assertThat(event.failure()).isNull();
    });
    assertThat(finished).filteredOn(event -> event.operation().equals("array"))
        .singleElement()
        .satisfies(event -> assertThat(event.resultBytes()).isGreaterThanOrEqualTo(8000));
  }

  @Test
  void intermediateResultsAreReleasedOnceNoTaskNeedsThem() {
    Task source = task("source", in -> "source");
    Task left = task("left", in -> "left", source);
    Task right = task("right", in -> "right", source);
    Task join = task("join", in -> "join", left, right);
    TaskGraph graph = graph(source, left, right, join);
    GraphRun run = new GraphRun(graph, List.of(join.key(), left.key()), "test", List.of(),
        new ChunkStore(MemoryBudget.fromSystemProperties()), false);
    run.begin();
    java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
    int p = graph.position(source.key());

    run.execute(p, ready::add);
    assertThat(run.heldResult(p)).isEqualTo("source");
    run.execute(graph.position(left.key()), ready::add);
    assertThat(run.heldResult(p)).as("right still needs it").isEqualTo("source");
    run.execute(graph.position(right.key()), ready::add);
    assertThat(run.heldResult(p)).as("nobody needs it any more").isNull();
    run.execute(graph.position(join.key()), ready::add);
    assertThat(run.heldResult(graph.position(left.key()))).as("an output is kept").isEqualTo("left");
    assertThat(run.heldResult(graph.position(right.key()))).isNull();
    assertThat(run.done()).isCompleted();
  }

  @Test
  void schedulersAreMadeByName() {
    assertThat(Schedulers.named("sync").name()).isEqualTo("sync");
    try (Scheduler local = Schedulers.named("local:3")) {
      assertThat(local.parallelism()).isEqualTo(3);
    }
    assertThatThrownBy(() -> Schedulers.named("threads"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'threads'")
        .hasMessageContaining("sync, local or local:N");
  }
}
