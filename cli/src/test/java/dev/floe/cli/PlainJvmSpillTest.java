package dev.floe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A computation that spills, in a plain {@code java -cp} JVM started without any JVM option (as
 * an IDE, a Maven test or a user's own jar would start it): it spills, answers right, and prints
 * no stack trace.
 */
class PlainJvmSpillTest {
  @Test
  void spillsWithoutAnyJvmOption(@TempDir Path folder) throws Exception {
    StringBuilder csv = new StringBuilder("k,name,v\n");
    long expected = 0;
    for (int i = 0; i < 200_000; i++) {
      csv.append(i % 97).append(",name-").append(i % 1_000).append(',').append(i % 13).append('\n');
      expected += i % 13;
    }
    Path file = folder.resolve("big.csv");
    Files.writeString(file, csv);
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfloe.memory.limit=1m", "-Dfloe.spill.dir=" + folder.resolve("spill"),
        "-cp", System.getProperty("java.class.path"),
        SpillingJob.class.getName(), file.toString());
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(out).contains("sum=" + (double) expected);
    long spills = Long.parseLong(out.substring(out.indexOf("spills=") + 7).strip());
    assertThat(spills).as("it spilled").isPositive();
  }
}
