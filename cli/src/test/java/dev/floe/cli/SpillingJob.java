package dev.floe.cli;

import dev.floe.frame.DataFrame;
import dev.floe.runtime.schedule.Schedulers;

/** Persists a CSV frame larger than the memory limit, sums a column, prints the spill count. */
public final class SpillingJob {
  private SpillingJob() {}

  /** {@code SpillingJob FILE}. */
  public static void main(String[] args) {
    DataFrame frame = DataFrame.readCsv(java.util.List.of(java.nio.file.Path.of(args[0])),
        dev.floe.io.csv.CsvOptions.defaults().blockSizeBytes(256 << 10)).persist();
    double sum = frame.column("v").sum().compute();
    System.out.println("sum=" + sum + " spills="
        + Schedulers.defaultScheduler().storeStats().spills());
  }
}
