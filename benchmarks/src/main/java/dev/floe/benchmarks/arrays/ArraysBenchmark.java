package dev.floe.benchmarks.arrays;

import dev.floe.Floe;
import dev.floe.array.Chunking;
import dev.floe.array.Dense;
import dev.floe.array.NdArray;
import dev.floe.array.kernel.BlockProduct;
import dev.floe.benchmarks.Measure;
import dev.floe.benchmarks.Options;
import dev.floe.benchmarks.PythonReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tutorial's array queries over a folder laid out by {@code floe generate arrays}: prints
 * {@code query=<name> floe_s=<median s> value=<checksum>} per query. With {@code --reference
 * dask} the same queries run on Dask in the same invocation, after Floe's, and a second line per
 * query gives Dask's time, the ratio and — for the queries over the same files — whether the
 * checksums agree. The random queries draw different numbers on the two engines (different
 * generators), so only their statistics agree.
 */
public final class ArraysBenchmark {
  /** Checksums agree within this fraction of the sum of their terms' magnitudes. */
  private static final double RELATIVE_TOLERANCE = 1e-6;

  private ArraysBenchmark() {}

  /**
   * A query: computes the result and returns its checksum and the sum of the magnitudes of the
   * checksum's terms (the scale rounding differences are measured against: a sum of float32
   * values that nearly cancel differs between engines in its last float32 bits of each term).
   */
  @FunctionalInterface
  private interface Query {
    double[] run(Path folder) throws IOException;
  }

  private static Map<String, Query> queries() {
    Map<String, Query> queries = new LinkedHashMap<>();
    queries.put("hdf5-mean-std", ArraysBenchmark::hdf5MeanStd);
    queries.put("weather-stack-mean-anomaly", ArraysBenchmark::weatherAnomaly);
    queries.put("random-slice-mean", folder -> randomSliceMean());
    queries.put("matmul", folder -> matmul());
    return queries;
  }

  /** The mean and standard deviation of /x, read once for both. */
  static double[] hdf5MeanStd(Path folder) {
    NdArray x = NdArray.fromHdf5(folder.resolve("random.hdf5"), "/x");
    var both = Floe.compute(x.mean(), x.std());
    double mean = both.first().item();
    double std = both.second().item();
    return new double[] {mean + std, Math.abs(mean) + Math.abs(std)};
  }

  /** Day one minus the mean of all days, from one stacked (days, lat, lon) array. */
  static double[] weatherAnomaly(Path folder) throws IOException {
    List<NdArray> days = new ArrayList<>();
    for (Path file : weatherFiles(folder)) {
      days.add(NdArray.fromHdf5(file, "/t2m"));
    }
    NdArray t = NdArray.stack(days, 0);
    Dense anomaly = t.index(0).subtract(t.mean(0)).compute();
    return sum(anomaly);
  }

  /** Every second row of the right three quarters of a 20000² random array, averaged per row. */
  static double[] randomSliceMean() {
    NdArray x = NdArray.random(42).normal(10, 0.1, NdArray.shape(20000, 20000),
        Chunking.of(1000, 1000));
    Dense rows = x.get("::2, 5000:").mean(1).compute();
    double[] sum = sum(rows);
    return new double[] {sum[0] / rows.size(), sum[1] / rows.size()};
  }

  /** (x + xᵀ) @ x for a 4000² random array in 1000² chunks. */
  static double[] matmul() {
    NdArray x = NdArray.random(42).normal(0, 1, NdArray.shape(4000, 4000),
        Chunking.of(1000, 1000));
    return sum(x.add(x.transpose()).matmul(x).compute());
  }

  /** The sum of the elements and the sum of their magnitudes. */
  private static double[] sum(Dense value) {
    double total = 0;
    double magnitude = 0;
    for (int i = 0; i < value.size(); i++) {
      total += value.getDouble(i);
      magnitude += Math.abs(value.getDouble(i));
    }
    return new double[] {total, magnitude};
  }

  /** Runs the benchmark; returns the exit code (1 when a checksum disagreed with Dask's). */
  public static int run(Options options) throws Exception {
    Path folder = Path.of(options.text("data", "data/arrays"));
    List<String> wanted = Arrays.asList(options.text("queries", "all").split(","));
    int runs = options.integer("runs", 3);
    try (Stream<Path> files = Files.walk(folder)) {
      Measure.warm(files.filter(Files::isRegularFile).toList());
    }
    System.out.println("# block products: " + BlockProduct.engine());
    Map<String, double[]> floe = new LinkedHashMap<>();
    for (Map.Entry<String, Query> query : queries().entrySet()) {
      if (!wanted.contains("all") && !wanted.contains(query.getKey())) {
        continue;
      }
      double[] seconds = new double[runs];
      double[] value = null;
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        value = query.getValue().run(folder);
        seconds[r] = (System.nanoTime() - start) / 1e9;
      }
      double median = Measure.median(seconds);
      floe.put(query.getKey(), new double[] {median, value[0], value[1]});
      System.out.printf(Locale.ROOT, "query=%s floe_s=%.3f value=%s%n", query.getKey(), median,
          value[0]);
    }
    if (!"dask".equals(options.text("reference", null))) {
      return 0;
    }
    List<String> lines = PythonReference.output(
        options.text("python", PythonReference.DEFAULT_PYTHON), "arrays_dask.py",
        folder.toAbsolutePath().toString(), String.valueOf(options.integer("reference-runs", runs)),
        String.join(",", floe.keySet()));
    if (lines == null) {
      return 1;
    }
    int exit = 0;
    for (String line : lines) {
      Map<String, String> fields = fields(line);
      double[] ours = floe.get(fields.get("query"));
      if (ours == null || !fields.containsKey("dask_s")) {
        System.out.println(line);
        continue;
      }
      double daskSeconds = Double.parseDouble(fields.get("dask_s"));
      double daskValue = Double.parseDouble(fields.get("value"));
      boolean sameFiles = fields.get("query").startsWith("hdf5")
          || fields.get("query").startsWith("weather");
      String match = "n/a (different random numbers)";
      if (sameFiles) {
        boolean agree = Math.abs(ours[1] - daskValue) <= RELATIVE_TOLERANCE * ours[2];
        match = String.valueOf(agree);
        exit |= agree ? 0 : 1;
      }
      System.out.printf(Locale.ROOT, "query=%s dask_s=%.3f ratio=%.2f dask_value=%s match=%s%n",
          fields.get("query"), daskSeconds, ours[0] / daskSeconds, daskValue, match);
    }
    return exit;
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : line.trim().split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return fields;
  }

  private static List<Path> weatherFiles(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder.resolve("weather"))) {
      List<Path> files = listing.filter(p -> p.toString().endsWith(".hdf5")).sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .hdf5 files in " + folder.resolve("weather"));
      }
      return files;
    }
  }


}
