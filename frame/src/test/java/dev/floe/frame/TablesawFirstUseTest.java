package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.frame.kernel.Tables;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Tablesaw's column types initialize one another, so two tasks making the first tables of a JVM
 * at once could deadlock (the differential tester hung on it). Each run is a fresh JVM, where
 * nothing of Tablesaw is initialized yet, with two threads making tables at the same moment.
 */
class TablesawFirstUseTest {
  /**
   * With {@code ready}: only touches Floe's entry to Tablesaw. Else two threads make their first
   * tables at once; exits 0 when both finish.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("ready")) {
      Tables.ready();
      return;
    }
    CountDownLatch start = new CountDownLatch(1);
    Thread a = new Thread(() -> {
      await(start);
      Tables.namedValues("t", "column", List.of("x"), "mean", new double[] {1});
    });
    Thread b = new Thread(() -> {
      await(start);
      Chunk chunk = new Chunk(List.of("s"), List.of(ColumnData.Strings.of(new String[] {"a"})), 1);
      Tables.toTable("t", List.of("s"), List.of(DType.STRING), List.of(chunk));
    });
    a.start();
    b.start();
    start.countDown();
    a.join();
    b.join();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void floesEntryToTablesawInitializesItsColumnTypesFirst() throws Exception {
    String log = run("-Xlog:class+init=info", "ready");
    assertThat(log).contains("Initializing 'tech/tablesaw/api/ColumnType'",
        "Initializing 'tech/tablesaw/columns/strings/StringColumnType'");
  }

  @Test
  void theFirstTablesOfAJvmMadeAtOnceDoNotDeadlock() throws Exception {
    for (int run = 0; run < 4; run++) {
      run("-Dfloe.run=" + run, "race");
    }
  }

  /** Runs {@link #main} in a fresh JVM; returns its output. */
  private static String run(String jvmOption, String mode) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = File.createTempFile("tablesaw-first-use", ".log");
    try {
      Process process = new ProcessBuilder(java, jvmOption, "-cp",
          System.getProperty("java.class.path"), TablesawFirstUseTest.class.getName(), mode)
          .redirectErrorStream(true).redirectOutput(log).start();
      boolean finished = process.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("the JVM finished").isTrue();
      assertThat(process.exitValue()).isZero();
      return Files.readString(log.toPath());
    } finally {
      log.delete();
    }
  }
}
