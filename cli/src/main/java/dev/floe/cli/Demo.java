package dev.floe.cli;

import dev.floe.Floe;
import dev.floe.array.Chunking;
import dev.floe.array.Dense;
import dev.floe.array.NdArray;
import dev.floe.array.kernel.BlockProduct;
import dev.floe.cli.generate.ArraysGenerator;
import dev.floe.cli.generate.FlightsGenerator;
import dev.floe.frame.DataFrame;
import dev.floe.io.csv.CsvOptions;
import dev.floe.core.Expr;
import dev.floe.diagnostics.Dashboard;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code floe demo}: the tutorial's Delayed examples, each run twice — as plain sequential Java
 * calls, then as a Delayed graph on the local scheduler — with both wall times and a check that
 * the answers agree; then its dataframe queries on a small generated flights set, and its array
 * queries on small generated HDF5 files.
 */
final class Demo {
  /** How long each example function sleeps, standing in for real work. */
  static final long WORK_MS = 200;

  private Demo() {}

  static void main(String[] args) throws Exception {
    Scheduler scheduler = Schedulers.defaultScheduler();
    Dashboard dashboard = startDashboard(args, scheduler);
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
    arrays(scheduler);
    if (dashboard != null) {
      System.out.println("\ndemo done; the dashboard stays at " + dashboard.url()
          + " until you stop floe (Ctrl-C)");
      Thread.currentThread().join(); // serve until the process is stopped
    }
  }

  /**
   * The dashboard {@code --dashboard [PORT]} asks for, started before any work so it shows all of
   * it; {@code null} without the flag.
   *
   * @throws UsageException for any other argument or a port that is not a number
   */
  private static Dashboard startDashboard(String[] args, Scheduler scheduler) {
    if (args.length == 0) {
      return null;
    }
    if (!args[0].equals("--dashboard") || args.length > 2) {
      throw new UsageException("demo: unknown arguments " + List.of(args)
          + "; usage: floe demo [--dashboard [PORT]]");
    }
    Dashboard dashboard;
    if (args.length == 1) {
      dashboard = Dashboard.start(scheduler);
    } else {
      int port;
      try {
        port = Integer.parseInt(args[1]);
      } catch (NumberFormatException e) {
        throw new UsageException("demo: --dashboard port '" + args[1]
            + "' is not a number");
      }
      dashboard = Dashboard.start(scheduler,
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }
    System.out.println("dashboard: " + dashboard.url());
    return dashboard;
  }

  /**
   * The tutorial's array part on a small generated set: HDF5 mean and std, the weather stack and
   * its anomaly map written to HDF5, a sliced random array, and (x + x.T) @ x.
   */
  private static void arrays(Scheduler scheduler) throws Exception {
    Path folder = Path.of(System.getProperty("java.io.tmpdir"), "floe-demo-arrays");
    if (!Files.exists(folder.resolve("weather/03.hdf5"))) {
      ArraysGenerator.generate(folder, 1 << 22, 3, 144);
    }
    System.out.printf(Locale.ROOT, "%nArrays: HDF5 files in %s%n", folder);
    long start = System.nanoTime();
    NdArray x = NdArray.fromHdf5(folder.resolve("random.hdf5"), "/x", 1_000_000);
    System.out.println(x);
    var stats = Floe.compute(x.sum(), x.mean(), x.std());
    System.out.printf(Locale.ROOT, "sum, mean, std of /x        %.3f, %.6f, %.6f (one read)%n",
        stats.first().item(), stats.second().item(), stats.third().item());

    List<NdArray> days = new ArrayList<>();
    try (var files = Files.list(folder.resolve("weather"))) {
      for (Path file : files.sorted().toList()) {
        days.add(NdArray.fromHdf5(file, "/t2m", 72, 144));
      }
    }
    NdArray t = NdArray.stack(days, 0);
    System.out.println(t);
    NdArray anomaly = t.index(0).subtract(t.mean(0));
    Path out = folder.resolve("anomaly.hdf5");
    anomaly.toHdf5(out, "/anomaly");
    System.out.printf(Locale.ROOT, "day 1 anomaly: min %.2f K, max %.2f K, written to %s%n",
        anomaly.min().compute(scheduler).item(), anomaly.max().compute(scheduler).item(), out);

    NdArray random = NdArray.random(42).normal(10, 0.1, NdArray.shape(4000, 4000),
        Chunking.of(1000, 1000));
    NdArray rows = random.get("::2, 1000:").mean(1);
    System.out.println(rows);
    System.out.printf(Locale.ROOT, "x[::2, 1000:].mean(axis=1)  first %.6f, mean %.6f%n",
        rows.index(0).compute(scheduler).item(), rows.mean().compute(scheduler).item());

    NdArray m = NdArray.random(1).uniform(-1, 1, NdArray.shape(2000, 2000),
        Chunking.of(500, 500));
    NdArray product = m.add(m.transpose()).matmul(m);
    System.out.println(product);
    System.out.printf(Locale.ROOT, "(x + x.T) @ x                trace %.3f (block products: %s)%n",
        traceOf(product.compute(scheduler)), BlockProduct.engine());
    System.out.printf(Locale.ROOT, "(array queries took %.2f s on %d threads)%n",
        (System.nanoTime() - start) / 1e9, scheduler.parallelism());
  }

  private static double traceOf(Dense square) {
    double trace = 0;
    for (int i = 0; i < square.dim(0); i++) {
      trace += square.get(i, i);
    }
    return trace;
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
    System.out.printf(Locale.ROOT, "max DepDelay                %.0f%n", df.column("DepDelay").max().compute());
    var meanStd = Floe.compute(df.column("DepDelay").mean(), df.column("DepDelay").std());
    System.out.printf(Locale.ROOT, "mean, std DepDelay          %.3f, %.3f (one read)%n",
        meanStd.first(), meanStd.second());
    System.out.println("mean DepDelay by Origin:");
    System.out.println(df.groupBy("Origin").column("DepDelay").mean().compute().print());
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
