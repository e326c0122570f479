package dev.floe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad command-line input gets one line, {@code floe: <message>}, and exit status 2 — never a
 * stack trace or a success. Each command runs in a JVM of its own, as a user runs it.
 */
class BadInputTest {
  @TempDir Path folder;

  private record Outcome(int status, String stderr) {}

  private static Outcome floe(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Outcome(process.exitValue(), stderr);
  }

  private static void assertUsageError(Outcome outcome, String message) {
    assertThat(outcome.status()).as(outcome.stderr()).isEqualTo(2);
    // the error is the last line: warnings (a worker without a secret) may come before it
    String[] lines = outcome.stderr().strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("floe: ").contains(message);
    assertThat(outcome.stderr()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void generateOptionsWithoutValuesOrWithBadOnes() throws Exception {
    assertUsageError(floe("generate", "flights", "--out"), "--out needs a value");
    String out = folder.resolve("g").toString();
    assertUsageError(floe("generate", "flights", "--out", out, "--files", "abc"),
        "--files takes a positive whole number, not 'abc'");
    assertUsageError(floe("generate", "flights", "--out", out, "--rows", "-5"),
        "--rows takes a positive whole number, not '-5'");
    assertUsageError(floe("generate", "flights", "--out", "/proc/x"), "cannot create --out");
  }

  @Test
  void workerOnAWildcardAddressOrABusyPort() throws Exception {
    assertUsageError(floe("worker", "--bind", "0.0.0.0"), "every network");
    try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      assertUsageError(floe("worker", "--port", Integer.toString(busy.getLocalPort())),
          "cannot start on 127.0.0.1:" + busy.getLocalPort());
    }
  }
}
