package dev.floe.frame.plan;

import dev.floe.frame.kernel.Stats;
import dev.floe.io.csv.CsvOptions;
import dev.floe.core.Expr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small plans over a CSV file of a few blocks, for the rules' tests. */
final class Fixtures {
  private Fixtures() {}

  /** {@code Origin,A,B,Day} over {@code rows} rows, in blocks of about 2 KiB. */
  static CsvSource flights(Path folder, int rows) {
    StringBuilder text = new StringBuilder("Origin,A,B,Day\n");
    String[] origins = {"JFK", "LGA", "EWR", "BOS"};
    for (int i = 0; i < rows; i++) {
      text.append(origins[i % 4]).append(',').append(i % 97).append(',').append(i * 0.5)
          .append(',').append(i).append('\n');
    }
    Path file = folder.resolve("flights.csv");
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsvSource(List.of(file), CsvOptions.defaults().blockSizeBytes(2048));
  }

  /** The statistics of {@code column}: what a series reduction asks of every partition. */
  static Reduce stats(FramePlan input, String column) {
    return new Reduce(input, List.of(column), "column-stats", column,
        chunk -> Stats.of(chunk.column(column)),
        new Reduce.Merge("merge-stats", (a, b) -> ((Stats) a).merge((Stats) b)), List.of());
  }

  /** A blockwise filter over {@code input}. */
  static Blockwise filter(FramePlan input, Expr condition) {
    return new Blockwise(input, List.of(new Step.Filter(condition)));
  }

  /** The scans in an optimized plan, in order. */
  static List<Scan> scans(List<ResultPlan> roots) {
    return Dag.topological(roots).stream().filter(Scan.class::isInstance)
        .map(Scan.class::cast).toList();
  }
}
