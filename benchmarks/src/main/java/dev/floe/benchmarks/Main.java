package dev.floe.benchmarks;

import dev.floe.benchmarks.arrays.ArraysBenchmark;
import dev.floe.benchmarks.dbbench.DbBenchmark;
import dev.floe.benchmarks.flights.FlightsBenchmark;
import dev.floe.benchmarks.overhead.OverheadBenchmark;
import java.util.Arrays;

/** {@code java -jar floe-benchmarks.jar COMMAND [OPTIONS]}: runs one benchmark. */
public final class Main {
  private static final String USAGE = """
      usage: java -jar benchmarks/target/floe-benchmarks.jar COMMAND [OPTIONS]

      commands:
        overhead --tasks N [--runs R] [--warmups W] [--threads T] [--cluster N]
                 [--reference dask [--python PATH] [--reference-runs R]]
            N leaf tasks and a pairwise tree reduction over them (about 2N tasks),
            run on each scheduler; prints seconds and microseconds per task.
            --reference dask runs the same graph on Dask's schedulers too
            (needs python3-dask: apt-get install python3-dask).
            --cluster N runs it on N local worker JVMs instead of sync and local.
        flights --data DIR [--queries q1,q2] [--runs R] [--out DIR]
                [--cluster N [--kill-worker-after SECONDS]]
            the tutorial's dataframe queries on Floe and on DuckDB over the CSV files
            in DIR; prints times and whether the answers match. --cluster N runs
            Floe on N local worker JVMs; --kill-worker-after kills one mid-run.
        arrays --data DIR [--queries q1,q2] [--runs R] [--reference dask]
            the tutorial's array queries (hdf5-mean-std, weather-stack-mean-anomaly,
            random-slice-mean, matmul) over a folder made by `floe generate arrays`;
            --reference dask runs them on Dask too (apt-get install python3-dask python3-h5py).
        dbbench [--data DIR] [--rows N] [--sets groupby,groupby-na,join]
                [--questions q1,j1] [--modes csv,memory] [--runs R]
            db-benchmark's group-by (q1-q10) and join (j1-j5) questions on Floe and
            DuckDB, over CSV files generated into DIR when absent (N rows, default
            1e7; groupby-na has 5 % missing values), read from CSV in every run and
            from memory (persisted frames, DuckDB tables); answers compared by checksum.
      """;

  private Main() {}

  /** Runs the command named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.print(USAGE);
      return;
    }
    String[] options = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "overhead" -> System.exit(OverheadBenchmark.run(Options.parse(options)));
        case "flights" -> System.exit(FlightsBenchmark.run(Options.parse(options)));
        case "arrays" -> System.exit(ArraysBenchmark.run(Options.parse(options)));
        case "dbbench" -> System.exit(DbBenchmark.run(Options.parse(options)));
        default -> {
          System.err.println("unknown command '" + args[0] + "'");
          System.err.print(USAGE);
          System.exit(2);
        }
      }
    } catch (IllegalArgumentException e) {
      // a bad option or an impossible request: one line, not a stack trace
      System.err.println(args[0] + ": " + e.getMessage());
      System.exit(2);
    }
  }
}
