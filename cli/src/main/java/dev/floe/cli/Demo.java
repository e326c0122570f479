package dev.floe.cli;

import dev.floe.cli.generate.FlightsGenerator;
import dev.floe.frame.DataFrame;
import dev.floe.io.csv.CsvOptions;
import dev.floe.planner.expr.Expr;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code floe demo}: the tutorial's Delayed examples, each run twice — as plain sequential Java
 * calls, then as a Delayed graph on the local scheduler — with both wall times and a check that
 * the answers agree; then its dataframe queries on a small generated flights set.
 */
final class Demo {
  /** How long each example function sleeps, standing in for real work. */
  static final long WORK_MS = 200;

  private Demo() {}

  static void main() throws Exception {
    Scheduler scheduler = Schedulers.defaultScheduler();
    System.out.printf(Locale.ROOT,
        "Floe demo: Delayed on the %s scheduler (%d threads); each call sleeps %d ms%n%n",
        scheduler.name(), scheduler.parallelism(), WORK_MS);
    List<Integer> data = List.of(1, 2, 3, 4, 5, 6, 7, 8);

    compare("inc(1) + inc(2)",
        () -> add(inc(1), inc(2)),
        () -> Delayed.call(Demo::add, Delayed.call(Demo::inc, 1), Delayed.call(Demo::inc, 2))
            .compute(scheduler));

    compare("sum of inc(x) for x in 1..8",
        () -> {
          int total = 0;
          for (int x : data) {
            total = total + inc(x);
          }
          return total;
        },
        () -> {
          List<Delayed<Integer>> results = new ArrayList<>();
          for (int x : data) {
            results.add(Delayed.call(Demo::inc, x));
          }
          return Delayed.call(Demo::sum, Delayed.all(results)).compute(scheduler);
        });

    compare("even x: double(x), odd x: inc(x); then sum",
        () -> {
          int total = 0;
          for (int x : data) {
            total = total + (isEven(x) ? twice(x) : inc(x));
          }
          return total;
        },
        () -> {
          List<Delayed<Integer>> results = new ArrayList<>();
          for (int x : data) {
            results.add(isEven(x) ? Delayed.call(Demo::twice, x) : Delayed.call(Demo::inc, x));
          }
          return Delayed.call(Demo::sum, Delayed.all(results)).compute(scheduler);
        });

    dataframes(scheduler);
  }

  /** The tutorial's dataframe part, on a small generated flights set. */
  private static void dataframes(Scheduler scheduler) throws Exception {
    Path folder = Path.of(System.getProperty("java.io.tmpdir"), "floe-demo-flights");
    if (!Files.isDirectory(folder) || !Files.exists(folder.resolve("1992.csv"))) {
      FlightsGenerator.generate(folder, 3, 200_000);
    }
    System.out.printf(Locale.ROOT, "%nDataFrames: flights CSVs in %s%n", folder);
    DataFrame df = DataFrame.readCsv(folder + "/*.csv", CsvOptions.defaults().parseDates("Date"));
    System.out.println(df.select("Date", "Origin", "DepDelay", "Cancelled"));
    Expr notCancelled = Expr.col("Cancelled").eq(0);
    long start = System.nanoTime();
    System.out.printf(Locale.ROOT, "rows                        %d%n", df.length());
    System.out.printf(Locale.ROOT, "not cancelled               %d%n", df.filter(notCancelled).length());
    System.out.printf(Locale.ROOT, "max DepDelay                %.0f%n", df.col("DepDelay").max().compute());
    List<Object> meanStd = Delayed.computeAll(
        List.of(df.col("DepDelay").mean(), df.col("DepDelay").std()));
    System.out.printf(Locale.ROOT, "mean, std DepDelay          %.3f, %.3f (one read)%n",
        meanStd.get(0), meanStd.get(1));
    System.out.println("mean DepDelay by Origin:");
    System.out.println(df.groupBy("Origin").col("DepDelay").mean().compute().print());
    System.out.println("not cancelled flights by Origin:");
    System.out.println(df.filter(notCancelled).groupBy("Origin").size().compute().print());
    System.out.printf(Locale.ROOT, "(dataframe queries took %.2f s on %d threads)%n",
        (System.nanoTime() - start) / 1e9, scheduler.parallelism());
  }

  private static void compare(String title, Callable<Integer> sequential, Callable<Integer> lazy)
      throws Exception {
    long start = System.nanoTime();
    int expected = sequential.call();
    double sequentialSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    int actual = lazy.call();
    double parallelSeconds = (System.nanoTime() - start) / 1e9;
    if (actual != expected) {
      throw new IllegalStateException(
          title + ": the Delayed graph gave " + actual + " but plain Java gave " + expected);
    }
    System.out.printf(Locale.ROOT,
        "%-44s = %-4d sequential %5.2f s   parallel %5.2f s   (%.1fx)%n",
        title, actual, sequentialSeconds, parallelSeconds, sequentialSeconds / parallelSeconds);
  }

  static int inc(int x) throws InterruptedException {
    Thread.sleep(WORK_MS);
    return x + 1;
  }

  static int twice(int x) throws InterruptedException {
    Thread.sleep(WORK_MS);
    return 2 * x;
  }

  static int add(int x, int y) throws InterruptedException {
    Thread.sleep(WORK_MS);
    return x + y;
  }

  static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

  static boolean isEven(int x) {
    return x % 2 == 0;
  }
}
