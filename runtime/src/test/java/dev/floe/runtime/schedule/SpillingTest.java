package dev.floe.runtime.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.MemoryBudget;
import dev.floe.runtime.store.SpillLimitException;
import dev.floe.runtime.store.StoreStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedulers under a memory budget: spilling, reading back, persisting. */
class SpillingTest {
  private static final int PIECES = 40;
  private static final int PIECE_LONGS = 1 << 17; // 1 MiB each

  @TempDir Path spillDirectory;

  /** PIECES tasks of 1 MiB each, all read by one sum at the end. */
  static TaskGraph wideGraph() {
    TaskGraph.Builder graph = TaskGraph.builder();
    List<TaskKey> pieces = new ArrayList<>();
    for (int p = 0; p < PIECES; p++) {
      Task task = SpillingTest.piece(p, PIECE_LONGS);
      graph.add(task);
      pieces.add(task.key());
    }
    Task sum = Task.of("sum", pieces, inputs -> {
      long total = 0;
      for (Object input : inputs) {
        for (long v : (long[]) input) {
          total += v;
        }
      }
      return total;
    });
    graph.add(sum);
    return graph.build();
  }

  /** A task making {@code longs} consecutive numbers, the {@code index}-th run of them. */
  static Task piece(int index, int longs) {
    return Task.of("piece", List.of(), inputs -> {
      long[] values = new long[longs];
      for (int i = 0; i < values.length; i++) {
        values[i] = (long) index * longs + i;
      }
      return values;
    }, index, longs);
  }

  static long expectedSum() {
    long n = (long) PIECES * PIECE_LONGS;
    return n * (n - 1) / 2;
  }

  static TaskKey sinkKey(TaskGraph graph) {
    return graph.task(graph.size() - 1).key();
  }

  @Test
  void resultsBeyondTheBudgetAreSpilledAndReadBack() throws IOException {
    MemoryBudget budget = MemoryBudget.fromSystemProperties().withMemoryLimit(4L << 20)
        .withSpillDirectory(spillDirectory);
    for (Scheduler scheduler : List.of(new SyncScheduler(List.of(), budget),
        new LocalScheduler(2, List.of(), budget))) {
      try (scheduler) {
        TaskGraph graph = wideGraph();
        Map<TaskKey, Object> result = scheduler.compute(graph, List.of(sinkKey(graph)));
        assertThat(result.get(sinkKey(graph))).isEqualTo(expectedSum());
        StoreStats stats = scheduler.storeStats();
        assertThat(stats.spills()).as(scheduler.name()).isGreaterThanOrEqualTo(PIECES - 5);
        assertThat(stats.loads()).isEqualTo(stats.spills());
        assertThat(stats.memoryBytes()).as("everything released").isZero();
        assertThat(stats.diskBytes()).isZero();
        try (Stream<Path> files = Files.list(((BaseScheduler) scheduler).store().spillFolder())) {
          assertThat(files).as("spill files are removed once read").isEmpty();
        }
      }
    }
    try (Stream<Path> folders = Files.list(spillDirectory)) {
      assertThat(folders).as("closing deletes the spill folders").isEmpty();
    }
  }

  @Test
  void spillsAndLoadsAreReportedToWatchers() {
    MemoryBudget budget = MemoryBudget.fromSystemProperties().withMemoryLimit(4L << 20)
        .withSpillDirectory(spillDirectory);
    List<DataEvent> moves = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Scheduler scheduler = new LocalScheduler(2, List.of(), budget)) {
      Watchers.Watch watch = scheduler.watch(new TaskListener() {
        @Override
        public void dataMoved(DataEvent event) {
          moves.add(event);
        }
      });
      TaskGraph graph = wideGraph();
      scheduler.compute(graph, List.of(sinkKey(graph)));
      StoreStats stats = scheduler.storeStats();
      assertThat(moves.stream().filter(m -> m.kind() == DataEvent.Kind.SPILL).count())
          .isEqualTo(stats.spills());
      assertThat(moves.stream().filter(m -> m.kind() == DataEvent.Kind.LOAD).count())
          .isEqualTo(stats.loads());
      assertThat(moves).allSatisfy(m -> assertThat(m.bytes()).isPositive());
      watch.close();
      int seen = moves.size();
      scheduler.compute(graph, List.of(sinkKey(graph)));
      assertThat(moves).as("a closed watch hears nothing").hasSize(seen);
    }
  }

  @Test
  void hittingTheSpillLimitFailsTheComputationClearly() throws InterruptedException {
    MemoryBudget budget = MemoryBudget.fromSystemProperties().withMemoryLimit(4L << 20)
        .withSpillDirectory(spillDirectory).withSpillLimit(8L << 20);
    try (Scheduler scheduler = new LocalScheduler(2, List.of(), budget)) {
      TaskGraph graph = wideGraph();
      assertThatThrownBy(() -> scheduler.compute(graph, List.of(sinkKey(graph))))
          .isInstanceOf(TaskFailedException.class)
          .hasRootCauseInstanceOf(SpillLimitException.class)
          .rootCause().hasMessageContaining("past the limit of 8.00 MiB");
      // A task running when the run stopped releases its result when it ends.
      assertThat(Graphs.eventually(() -> scheduler.storeStats().memoryBytes() == 0
          && scheduler.storeStats().diskBytes() == 0)).as("a failed run releases").isTrue();
    }
  }

  @Test
  void persistedResultsAreReusedByKeyUntilUnpersisted() {
    AtomicInteger runs = new AtomicInteger();
    Task source = Task.of("source", List.of(), inputs -> {
      runs.incrementAndGet();
      return new long[10_000];
    });
    Task length = Task.of("length", List.of(source.key()), inputs -> ((long[]) inputs[0]).length);
    TaskGraph graph = TaskGraph.of(List.of(source, length));
    try (Scheduler scheduler = new LocalScheduler(2, List.of())) {
      scheduler.persist(graph, List.of(source.key()));
      assertThat(runs).hasValue(1);
      assertThat(scheduler.compute(graph, List.of(length.key())).get(length.key()))
          .isEqualTo(10_000);
      assertThat(scheduler.compute(graph, List.of(source.key())).get(source.key()))
          .isInstanceOf(long[].class);
      assertThat(runs).as("found by key, not run again").hasValue(1);
      assertThat(scheduler.storeStats().persisted()).isEqualTo(1);

      assertThat(scheduler.unpersist(List.of(source.key()))).isEqualTo(1);
      scheduler.compute(graph, List.of(length.key()));
      assertThat(runs).hasValue(2);
      assertThat(scheduler.storeStats().memoryBytes()).isZero();
    }
  }

  /**
   * Holds 320 MiB of results in a JVM with a 160 MiB heap: it finishes only because results
   * spill. With a budget larger than the heap the same graph runs out of memory.
   */
  @Test
  void aComputationLargerThanTheHeapFinishesOnlyBySpilling() throws Exception {
    assertThat(runInSmallHeap("64m")).as("spilling").contains("sum=" + BigGraph.expected());
    assertThat(runInSmallHeap("100g")).as("without room to spill").contains("OutOfMemoryError");
  }

  private String runInSmallHeap(String memoryLimit) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx160m",
        "-Dfloe.memory.limit=" + memoryLimit, "-Dfloe.spill.dir=" + spillDirectory,
        "-cp", System.getProperty("java.class.path"), BigGraph.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  /** The program {@link #aComputationLargerThanTheHeapFinishesOnlyBySpilling} runs. */
  public static final class BigGraph {
    static final int PIECES = 40;
    static final int PIECE_LONGS = 1 << 20; // 8 MiB each, 320 MiB in all

    static long expected() {
      long n = (long) PIECES * PIECE_LONGS;
      return n * (n - 1) / 2;
    }

    /** Computes the graph on a local scheduler and prints the sum. */
    public static void main(String[] args) {
      TaskGraph.Builder graph = TaskGraph.builder();
      List<TaskKey> pieces = new ArrayList<>();
      for (int p = 0; p < PIECES; p++) {
        Task task = SpillingTest.piece(p, PIECE_LONGS);
        graph.add(task);
        pieces.add(task.key());
      }
      // A running total over the pieces one at a time, so only one is needed in memory at once.
      TaskKey total = null;
      for (TaskKey piece : pieces) {
        List<TaskKey> inputs = total == null ? List.of(piece) : List.of(total, piece);
        Task add = Task.of("add", inputs, in -> {
          long sum = in.length == 2 ? (Long) in[0] : 0;
          for (long v : (long[]) in[in.length - 1]) {
            sum += v;
          }
          return sum;
        });
        graph.add(add);
        total = add.key();
      }
      TaskGraph built = graph.build();
      try (Scheduler scheduler = new LocalScheduler(2, List.of())) {
        Object sum = scheduler.compute(built, List.of(total)).get(total);
        System.out.println("sum=" + sum);
      } catch (Throwable e) {
        System.out.println("failed: " + e);
        System.exit(1);
      }
    }
  }
}
