package dev.floe.benchmarks.overhead;

import dev.floe.benchmarks.Options;
import dev.floe.benchmarks.PythonReference;
import dev.floe.runtime.event.ProgressMode;
import dev.floe.cluster.LocalCluster;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskFunction;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.ComputeOptions;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scheduler overhead: N leaf tasks that each return their index, and a pairwise tree of additions
 * over them (2N - 1 tasks in all). The tasks do next to nothing, so the time per task is what the
 * scheduler costs. Each scheduler computes the graph {@code warmups} times unmeasured, then {@code
 * runs} times; the median run is reported, and every run's sum is checked. With {@code --reference
 * dask} the same graph then runs on Dask's sync and threaded schedulers, in the same run. With
 * {@code --cluster N} it runs on N worker JVMs on this machine instead (the threads shared among
 * them), scheduled from this JVM.
 */
public final class OverheadBenchmark {
  private static final int DEFAULT_TASKS = 100_000;
  private static final int DEFAULT_RUNS = 5;
  private static final int DEFAULT_WARMUPS = 3;
  private static final TaskFunction ADD = inputs -> (Long) inputs[0] + (Long) inputs[1];

  private OverheadBenchmark() {}

  /** Runs the benchmark; returns the process exit code (1 when a sum is wrong). */
  public static int run(Options options) {
    int leaves = options.integer("tasks", DEFAULT_TASKS);
    int runs = options.integer("runs", DEFAULT_RUNS);
    int warmups = options.integer("warmups", DEFAULT_WARMUPS);
    int threads = options.integer("threads", Runtime.getRuntime().availableProcessors());

    long buildStart = System.nanoTime();
    TreeGraph tree = TreeGraph.build(leaves);
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
    long expected = (long) leaves * (leaves - 1) / 2;
    System.out.printf(Locale.ROOT, "# graph tasks=%d build_seconds=%.3f us_per_task=%.3f%n",
        tree.graph.size(), buildSeconds, buildSeconds * 1e6 / tree.graph.size());

    int exit = 0;
    int workers = options.integer("cluster", 0);
    List<Scheduler> schedulers = workers > 0
        ? List.of(LocalCluster.start(workers, Math.max(1, threads / workers)).scheduler())
        : List.of(Schedulers.sync(), Schedulers.local(threads));
    for (Scheduler scheduler : schedulers) {
      try (scheduler) {
        double seconds = measure(scheduler, tree, expected, warmups, runs);
        if (Double.isNaN(seconds)) {
          exit = 1;
          continue;
        }
        System.out.printf(Locale.ROOT, "scheduler=%s tasks=%d seconds=%.4f us_per_task=%.3f%n",
            scheduler.name(), tree.graph.size(), seconds, seconds * 1e6 / tree.graph.size());
      }
    }
    String reference = options.text("reference", "none");
    if (reference.equals("dask")) {
      String python = options.text("python", PythonReference.DEFAULT_PYTHON);
      int referenceRuns = options.integer("reference-runs", 1);
      if (!PythonReference.run(python, "overhead_dask.py", Integer.toString(leaves),
          Integer.toString(referenceRuns))) {
        exit = 1;
      }
    } else if (!reference.equals("none")) {
      throw new IllegalArgumentException("--reference takes dask or none, not '" + reference + "'");
    }
    return exit;
  }

  /** The median seconds of {@code runs} computations, or NaN when a sum was wrong. */
  private static double measure(
      Scheduler scheduler, TreeGraph tree, long expected, int warmups, int runs) {
    ComputeOptions quiet = ComputeOptions.defaults().withProgress(ProgressMode.OFF);
    double[] seconds = new double[runs];
    for (int i = -warmups; i < runs; i++) {
      long start = System.nanoTime();
      Object sum = scheduler.compute(tree.graph, List.of(tree.root), quiet).get(tree.root);
      long elapsed = System.nanoTime() - start;
      if (!Long.valueOf(expected).equals(sum)) {
        System.out.printf("scheduler=%s wrong sum: expected %d, got %s%n",
            scheduler.name(), expected, sum);
        return Double.NaN;
      }
      if (i >= 0) {
        seconds[i] = elapsed / 1e9;
      }
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  /** The benchmark graph and the key of its root. */
  private record TreeGraph(TaskGraph graph, TaskKey root) {
    static TreeGraph build(int leaves) {
      if (leaves < 1) {
        throw new IllegalArgumentException("--tasks must be at least 1, not " + leaves);
      }
      TaskGraph.Builder builder = TaskGraph.builder();
      List<TaskKey> level = new ArrayList<>(leaves);
      for (long i = 0; i < leaves; i++) {
        Long value = i;
        Task leaf = new Task(TaskKey.of("leaf", value), "leaf", List.of(), inputs -> value);
        builder.add(leaf);
        level.add(leaf.key());
      }
      while (level.size() > 1) {
        List<TaskKey> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i + 1 < level.size(); i += 2) {
          List<TaskKey> pair = List.of(level.get(i), level.get(i + 1));
          Task sum = new Task(TaskKey.of("add", pair), "add", pair, ADD);
          builder.add(sum);
          next.add(sum.key());
        }
        if (level.size() % 2 == 1) {
          next.add(level.get(level.size() - 1));
        }
        level = next;
      }
      return new TreeGraph(builder.build(), level.get(0));
    }
  }
}
