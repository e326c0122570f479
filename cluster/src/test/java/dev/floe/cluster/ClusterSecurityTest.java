package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack the cluster must stop: another process on the machine knows a local cluster's
 * name and a worker's address, joins and sends code. It must be refused at the door, told so,
 * and the worker must say it refused it; the secret must appear on no command line and in no
 * environment.
 */
class ClusterSecurityTest {
  private static LocalCluster cluster;

  @BeforeAll
  static void start() {
    cluster = LocalCluster.start(1, 1);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void theSecretIsInAnOwnerOnlyFileAndOnNoCommandLineOrEnvironment() throws Exception {
    Path file = cluster.secretFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String secret = Files.readString(file).strip();
    assertThat(secret).hasSizeGreaterThan(30);
    assumeThat(Path.of("/proc/self/cmdline")).as("a /proc file system").exists();
    for (long pid : cluster.workerPids()) {
      String commandLine = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"),
          StandardCharsets.ISO_8859_1);
      String environment = Files.readString(Path.of("/proc", Long.toString(pid), "environ"),
          StandardCharsets.ISO_8859_1);
      assertThat(commandLine).contains("--secret-file").doesNotContain(secret);
      assertThat(environment).doesNotContain(secret);
    }
  }

  @Test
  void aStrangerWithoutTheSecretCannotJoinOrRunCode(@TempDir Path folder) throws Exception {
    for (String secret : List.of("none", "other")) {
      Path marker = folder.resolve("ran-" + secret);
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Stranger.class.getName(),
          cluster.clusterName(), cluster.memberAddresses().get(0), secret, marker.toString()));
      Process stranger = new ProcessBuilder(command).redirectErrorStream(true).start();
      assertThat(stranger.waitFor(90, TimeUnit.SECONDS)).as("the stranger gave up").isTrue();
      String output = new String(stranger.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(output).as(secret).contains("REFUSED")
          .contains(secret.equals("none") ? "refuse a client without it"
              : "the member there holds a different cluster secret")
          .doesNotContain("RAN");
      assertThat(stranger.exitValue()).isEqualTo(1);
      assertThat(marker).as("the stranger's code never ran").doesNotExist();
    }
    String log = Files.readString(cluster.workerLog(0));
    assertThat(log).contains("worker worker-1 refused a connection with 127.0.0.1:");
    // the cluster still works for its own client
    assertThat(cluster.scheduler().workers()).containsExactly("worker-1");
  }
}
