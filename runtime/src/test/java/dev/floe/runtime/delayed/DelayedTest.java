package dev.floe.runtime.delayed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.graph.GraphDot;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.schedule.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelayedTest {
  private static final Scheduler LOCAL = Schedulers.local(2);
  /** Calls per argument, to see which calls ran; static because functions must be serializable. */
  private static final ConcurrentHashMap<Integer, AtomicInteger> CALLS = new ConcurrentHashMap<>();

  @AfterAll
  static void close() {
    LOCAL.close();
  }

  static int inc(int x) {
    CALLS.computeIfAbsent(x, k -> new AtomicInteger()).incrementAndGet();
    return x + 1;
  }

  static int add(int x, int y) {
    return x + y;
  }

  static int sum3(int x, int y, int z) {
    return x + y + z;
  }

  static int divide(int x, int y) {
    return x / y;
  }

  @Test
  void callsRunOnlyWhenComputed() {
    Delayed<Integer> x = Delayed.call(DelayedTest::inc, 1000);
    assertThat(CALLS).doesNotContainKey(1000);
    assertThat(x.compute(LOCAL)).isEqualTo(1001);
    assertThat(CALLS.get(1000).get()).isEqualTo(1);
  }

  @Test
  void theTutorialGraph() {
    Delayed<Integer> x = Delayed.call(DelayedTest::inc, 1);
    Delayed<Integer> y = Delayed.call(DelayedTest::inc, 2);
    Delayed<Integer> z = Delayed.call(DelayedTest::add, x, y);
    assertThat(z.compute(LOCAL)).isEqualTo(5);
    assertThat(z.compute(Schedulers.sync())).isEqualTo(5);
    assertThat(z.graph().size()).isEqualTo(3);
    assertThat(z.key().name()).isEqualTo("add");
    assertThat(z.toString()).startsWith("Delayed(add-");
  }

  @Test
  void plainAndDelayedArgumentsMix() {
    Delayed<Integer> two = Delayed.value(2);
    assertThat(Delayed.call(DelayedTest::add, two, 3).compute(LOCAL)).isEqualTo(5);
    assertThat(Delayed.call(DelayedTest::add, 3, two).compute(LOCAL)).isEqualTo(5);
    assertThat(Delayed.call(DelayedTest::sum3, 1, two, 3).compute(LOCAL)).isEqualTo(6);
    assertThat(Delayed.call(DelayedTest::sum3, two, two, two).compute(LOCAL)).isEqualTo(6);
    assertThat(Delayed.call(() -> 7).compute(LOCAL)).isEqualTo(7);
    assertThat(Delayed.call((Integer v) -> v * 10, two).compute(LOCAL)).isEqualTo(20);
    assertThat(two.then(v -> v * 10).compute(LOCAL)).isEqualTo(20);
  }

  @Test
  void theSameCallTwiceIsOneTaskComputedOnce() {
    Delayed<Integer> a = Delayed.call(DelayedTest::inc, 2000);
    Delayed<Integer> b = Delayed.call(DelayedTest::inc, 2000);
    assertThat(a).isEqualTo(b);
    Delayed<Integer> both = Delayed.call(DelayedTest::add, a, b);
    assertThat(both.graph().size()).isEqualTo(2);
    assertThat(both.compute(LOCAL)).isEqualTo(4002);
    assertThat(CALLS.get(2000).get()).isEqualTo(1);
  }

  @Test
  void computeAllRunsSharedWorkOnce() {
    Delayed<Integer> shared = Delayed.call(DelayedTest::inc, 3000);
    Delayed<Integer> plusOne = Delayed.call(DelayedTest::add, shared, 1);
    Delayed<Integer> plusTwo = Delayed.call(DelayedTest::add, shared, 2);
    assertThat(Computing.compute(List.of(plusOne, plusTwo, shared), LOCAL))
        .containsExactly(3002, 3003, 3001);
    assertThat(CALLS.get(3000).get()).isEqualTo(1);
  }

  @Test
  void allCollectsResultsInOrder() {
    List<Delayed<Integer>> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(Delayed.call(DelayedTest::add, i, 100));
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(i + 100);
    }
    assertThat(Delayed.all(items).compute(LOCAL)).containsExactlyElementsOf(expected);
    assertThat(Delayed.all(List.<Delayed<Integer>>of()).compute(LOCAL)).isEmpty();
  }

  @Test
  void failuresNameTheCall() {
    Delayed<Integer> bad = Delayed.call(DelayedTest::divide, 1, 0);
    assertThatThrownBy(() -> Delayed.call(DelayedTest::inc, bad).compute(LOCAL))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(bad.key().toString())
        .hasMessageContaining("'divide'")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void aLongChainDoesNotOverflowTheStack() {
    Delayed<Integer> value = Delayed.value(0);
    for (int i = 0; i < 50_000; i++) {
      value = Delayed.call(DelayedTest::add, value, 1);
    }
    assertThat(value.compute(LOCAL)).isEqualTo(50_000);
  }

  @Test
  void visualizeWritesTheGraph(@TempDir Path folder) throws Exception {
    Delayed<Integer> z = Delayed.call(DelayedTest::add,
        Delayed.call(DelayedTest::inc, 1), Delayed.call(DelayedTest::inc, 2));
    Path dot = folder.resolve("z.dot");
    z.visualize(dot);
    String text = Files.readString(dot);
    assertThat(text).contains("label=\"add\"").contains("label=\"inc\"");
    assertThat(text.lines().filter(line -> line.contains("->"))).hasSize(2);
    assertThat(z.toDot()).isEqualTo(text);
  }

  @Test
  void visualizeAsSvgNeedsGraphviz(@TempDir Path folder) throws Exception {
    Delayed<Integer> z = Delayed.call(DelayedTest::inc, 1);
    Path svg = folder.resolve("z.svg");
    try {
      z.visualize(svg);
      assertThat(Files.readString(svg)).contains("<svg");
    } catch (GraphDot.GraphvizMissingException e) {
      assertThat(e).hasMessageContaining("Graphviz").hasMessageContaining("z.svg.dot");
      assertThat(folder.resolve("z.svg.dot")).exists();
    }
  }
}
