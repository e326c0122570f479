package dev.floe.runtime.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.delayed.Delayed;
import dev.floe.core.function.Fn0;
import dev.floe.runtime.schedule.TaskFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientTest {
  private Client client;

  @BeforeEach
  void open() {
    client = Client.local(2);
  }

  @AfterEach
  void close() {
    client.shutdownNow();
    client.close();
  }

  static int inc(int x) {
    return x + 1;
  }

  static int add(int x, int y) {
    return x + y;
  }

  static int fail(int x) {
    throw new IllegalArgumentException("no good: " + x);
  }

  static int sleepThen(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return millis;
  }

  @Test
  void submitRunsNowAndGivesAFuture() throws Exception {
    FloeFuture<Integer> x = client.submit(ClientTest::inc, 1);
    assertThat(x.get()).isEqualTo(2);
    assertThat(x.isDone()).isTrue();
    assertThat(x.key().name()).isEqualTo("inc");
    assertThat(x.toString()).contains("finished");
    assertThat(client.submit(() -> 42).result()).isEqualTo(42);
  }

  @Test
  void futuresPassedAsArgumentsBuildACallGraph() {
    FloeFuture<Integer> x = client.submit(ClientTest::inc, 1);
    FloeFuture<Integer> y = client.submit(ClientTest::inc, 2);
    assertThat(client.submit(ClientTest::add, x, y).result()).isEqualTo(5);
    assertThat(client.submit(ClientTest::add, x, 10).result()).isEqualTo(12);
    assertThat(client.submit(ClientTest::add, 10, y).result()).isEqualTo(13);
    assertThat(client.submit(ClientTest::inc, client.submit(ClientTest::inc, x)).result())
        .isEqualTo(4);
  }

  @Test
  void aDependentWaitsForItsInputsWithoutHoldingAThread() throws Exception {
    try (Client single = Client.local(1)) {
      CountDownLatch release = new CountDownLatch(1);
      FloeFuture<Integer> slow = single.submit(() -> {
        release.await();
        return 1;
      });
      FloeFuture<Integer> dependent = single.submit(ClientTest::inc, slow);
      FloeFuture<Integer> independent = single.submit(() -> 7);
      assertThat(dependent.isDone()).isFalse();
      release.countDown();
      assertThat(independent.result()).isEqualTo(7);
      assertThat(dependent.result()).isEqualTo(2);
    }
  }

  @Test
  void mapAndGather() {
    List<FloeFuture<Integer>> futures = client.map(ClientTest::inc, List.of(1, 2, 3, 4));
    assertThat(client.gather(futures)).containsExactly(2, 3, 4, 5);
  }

  @Test
  void gatherThrowsTheFirstFailure() {
    List<FloeFuture<Integer>> futures = client.map(ClientTest::fail, List.of(1, 2));
    assertThatThrownBy(() -> client.gather(futures))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(futures.get(0).key().toString())
        .hasRootCauseMessage("no good: 1");
  }

  @Test
  void aFailedTaskReportsItsOwnExceptionAsTheCause() {
    FloeFuture<Integer> failed = client.submit(ClientTest::fail, 3);
    assertThatThrownBy(failed::get)
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining(failed.key().toString())
        .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("no good: 3");
  }

  @Test
  void aFailedInputFailsItsDependentsWithoutRunningThem() {
    AtomicBoolean ran = new AtomicBoolean();
    FloeFuture<Integer> failed = client.submit(ClientTest::fail, 3);
    FloeFuture<Integer> dependent = client.submit((Integer v) -> {
      ran.set(true);
      return v;
    }, failed);
    assertThatThrownBy(dependent::result)
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(failed.key().toString());
    assertThat(ran).isFalse();
  }

  @Test
  void asCompletedYieldsInCompletionOrderAndTakesMore() {
    FloeFuture<Integer> slow = client.submit(ClientTest::sleepThen, 300);
    FloeFuture<Integer> fast = client.submit(ClientTest::sleepThen, 1);
    AsCompleted<Integer> completed = client.asCompleted(List.of(slow, fast));
    List<Integer> order = new ArrayList<>();
    boolean added = false;
    for (FloeFuture<Integer> done : completed) {
      order.add(done.result());
      if (!added) {
        completed.add(client.submit(ClientTest::sleepThen, 2));
        added = true;
      }
    }
    assertThat(order).hasSize(3).startsWith(1).contains(2, 300);
    assertThat(order.get(2)).isEqualTo(300);
  }

  @Test
  void completableFutureInterop() throws Exception {
    CompletableFuture<Integer> doubled =
        client.submit(ClientTest::inc, 20).toCompletableFuture().thenApply(v -> v * 2);
    assertThat(doubled.get(10, TimeUnit.SECONDS)).isEqualTo(42);
  }

  @Test
  void cancelInterruptsARunningTask() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    FloeFuture<Integer> running = client.submit(() -> {
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.set(true);
        throw e;
      }
      return 1;
    });
    started.await();
    assertThat(running.cancel(true)).isTrue();
    assertThat(running.isCancelled()).isTrue();
    assertThatThrownBy(running::get).isInstanceOf(CancellationException.class);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!interrupted.get() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(interrupted).isTrue();
  }

  @Test
  void aTaskMaySubmitAndWaitWithoutDeadlock() {
    try (Client single = Client.local(1)) {
      Fn0<Integer> outer = () -> single.submit(ClientTest::inc, 1).get() + 10;
      assertThat(single.submit(outer).result()).isEqualTo(12);
    }
  }

  @Test
  void computeRunsADelayedGraph() {
    Delayed<Integer> z = Delayed.call(ClientTest::add,
        Delayed.call(ClientTest::inc, 1), Delayed.call(ClientTest::inc, 2));
    FloeFuture<Integer> future = client.compute(z);
    assertThat(future.key()).isEqualTo(z.key());
    assertThat(future.result()).isEqualTo(5);
  }

  @Test
  void invokeAllAndInvokeAny() throws Exception {
    List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> {
      throw new IllegalStateException("three");
    });
    List<Future<Integer>> all = client.invokeAll(tasks);
    assertThat(all).allMatch(Future::isDone);
    assertThat(all.get(0).get()).isEqualTo(1);
    assertThatThrownBy(() -> all.get(2).get()).hasRootCauseMessage("three");

    List<Callable<Integer>> race = List.of(() -> sleepThen(5_000), () -> sleepThen(1));
    assertThat(client.invokeAny(race)).isEqualTo(1);
    List<Callable<Integer>> failing = List.of(() -> fail(1), () -> fail(2));
    assertThatThrownBy(() -> client.invokeAny(failing)).isInstanceOf(ExecutionException.class);
    assertThatThrownBy(() -> client.invokeAny(List.of(() -> sleepThen(5_000)), 50,
        TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
  }

  @Test
  void shutdownFinishesWorkAndRefusesMore() throws Exception {
    FloeFuture<Integer> pending = client.submit(ClientTest::sleepThen, 100);
    client.shutdown();
    assertThat(client.isShutdown()).isTrue();
    assertThatThrownBy(() -> client.submit(() -> 1))
        .isInstanceOf(RejectedExecutionException.class);
    assertThat(client.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(client.isTerminated()).isTrue();
    assertThat(pending.get()).isEqualTo(100);
  }

  @Test
  void shutdownNowCancelsAndReturnsWhatNeverStarted() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    FloeFuture<Integer> blocked = client.submit(() -> {
      never.await();
      return 1;
    });
    FloeFuture<Integer> waiting = client.submit(ClientTest::inc, blocked);
    List<Runnable> neverStarted = client.shutdownNow();
    assertThat(neverStarted).hasSize(1);
    assertThat(blocked.isCancelled()).isTrue();
    assertThat(waiting.isCancelled()).isTrue();
    assertThat(client.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void withoutTheClusterModuleAClusterIsAnErrorThatNamesIt() {
    // the runtime's own tests run without floe-cluster, as a user of the local engine does
    assertThatThrownBy(() -> Client.localCluster(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev.floe:floe-cluster");
    assertThatThrownBy(() -> Client.connect("127.0.0.1:5701"))
        .hasMessageContaining("dev.floe:floe-cluster");
  }

  @Test
  void whatWaitsForTheCloseRunsWhenTheClientCloses() {
    Client client = Client.local(1);
    List<String> closed = new ArrayList<>();
    client.whenClosed(() -> closed.add("first"));
    client.whenClosed(() -> closed.add("second"));
    assertThat(closed).isEmpty();
    client.close();
    assertThat(closed).containsExactly("first", "second");
    client.whenClosed(() -> closed.add("late"));
    assertThat(closed).containsExactly("first", "second", "late");
  }
}
