package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers on separate hosts — network namespaces joined by a bridge — form a cluster with a
 * secret and compute; a capture of all traffic on the bridge holds none of the computed data; a
 * stranger in a third namespace is refused. Skipped, saying why, where namespaces cannot be made
 * (not root, no {@code ip}) or nothing can capture ({@code tcpdump}).
 */
class CrossHostTest {
  private static final String BRIDGE = "floebr0";
  private static final String SUBNET = "10.77.0.";
  private static final String[] HOSTS = {"floe-a", "floe-b", "floe-c"};
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (Process process : processes) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    for (String host : HOSTS) {
      run(false, "ip", "netns", "del", host);
    }
    run(false, "ip", "link", "del", BRIDGE);
  }

  @Test
  void workersOnTwoHostsComputeOverEncryptedLinksAndAStrangerIsRefused(@TempDir Path folder)
      throws Exception {
    assumeThat(canMakeHosts()).as("network namespaces (root and iproute2) and tcpdump").isTrue();
    run(true, "ip", "link", "add", BRIDGE, "type", "bridge");
    run(true, "ip", "addr", "add", SUBNET + "254/24", "dev", BRIDGE);
    run(true, "ip", "link", "set", BRIDGE, "up");
    for (int i = 0; i < HOSTS.length; i++) {
      String host = HOSTS[i];
      String inside = "veth" + i;
      String outside = "floeveth" + i;
      run(true, "ip", "netns", "add", host);
      run(true, "ip", "link", "add", inside, "type", "veth", "peer", "name", outside);
      run(true, "ip", "link", "set", inside, "netns", host);
      run(true, "ip", "link", "set", outside, "master", BRIDGE, "up");
      run(true, "ip", "netns", "exec", host, "ip", "addr", "add", SUBNET + (i + 1) + "/24",
          "dev", inside);
      run(true, "ip", "netns", "exec", host, "ip", "link", "set", inside, "up");
      run(true, "ip", "netns", "exec", host, "ip", "link", "set", "lo", "up");
    }
    Path capture = folder.resolve("bridge.pcap");
    Process tcpdump = start(folder.resolve("tcpdump.log"), "tcpdump", "-i", BRIDGE, "-U", "-s",
        "0", "-w", capture.toString());
    Thread.sleep(1000);

    Path secretFile = folder.resolve("cluster.secret");
    ClusterSecret secret = ClusterSecret.generate();
    secret.writeTo(secretFile);
    String cluster = "floe-crosshost-" + UUID.randomUUID().toString().substring(0, 8);
    String first = SUBNET + "1:5701";
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path log = folder.resolve("worker-" + i + ".log");
      logs.add(log);
      start(log, "ip", "netns", "exec", HOSTS[i], java(), "-cp",
          System.getProperty("java.class.path"), WorkerCommand.class.getName(),
          "--bind", SUBNET + (i + 1), "--port", "5701", "--join", first,
          "--cluster-name", cluster, "--name", "host-" + (char) ('a' + i), "--threads", "1",
          "--secret-file", secretFile.toString());
    }
    String marker = "FLOE-MARKER-" + UUID.randomUUID();
    ClusterSettings settings = new ClusterSettings(cluster, SUBNET + "254", 0,
        List.of(first, SUBNET + "2:5701"), secret);
    Map<dev.floe.runtime.graph.TaskKey, Object> answer;
    try (ClusterScheduler scheduler = ClusterScheduler.connect(settings)) {
      assertThat(scheduler.awaitWorkers(2, 60_000)).as("both hosts' workers joined").isTrue();
      List<Task> parts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = marker + "-" + i;
        parts.add(Task.of("part", List.of(), inputs -> text.repeat(50), i));
      }
      Task joined = Task.of("join", parts.stream().map(Task::key).toList(), inputs -> {
        StringBuilder all = new StringBuilder();
        for (Object input : inputs) {
          all.append(((String) input).substring(0, 60));
        }
        return all.toString();
      });
      List<Task> tasks = new ArrayList<>(parts);
      tasks.add(joined);
      answer = scheduler.compute(TaskGraph.of(tasks), List.of(joined.key()));
      assertThat((String) answer.get(joined.key())).contains(marker + "-7");
    }

    // a stranger on the third host, with another secret and with none
    for (String kind : List.of("other", "none")) {
      Path log = folder.resolve("stranger-" + kind + ".log");
      Process stranger = start(log, "ip", "netns", "exec", HOSTS[2], java(), "-cp",
          System.getProperty("java.class.path"), Stranger.class.getName(), cluster, first,
          kind, folder.resolve("stranger-ran").toString());
      assertThat(stranger.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(log)).contains("REFUSED").doesNotContain("RAN");
    }
    assertThat(folder.resolve("stranger-ran")).doesNotExist();
    assertThat(Files.readString(logs.get(0))).contains("refused a connection with " + SUBNET + "3");

    Thread.sleep(1000);
    tcpdump.destroy();
    tcpdump.waitFor(10, TimeUnit.SECONDS);
    String captured = new String(Files.readAllBytes(capture), StandardCharsets.ISO_8859_1);
    assertThat(captured.length()).as("traffic was captured").isGreaterThan(10_000);
    // the stranger without a secret spoke plain TCP: its discovery names the cluster in clear,
    // which shows the capture sees payloads
    assertThat(captured).as("plain traffic is readable in the capture").contains(cluster);
    assertThat(captured).as("the computed data never crossed in clear").doesNotContain(marker);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Process start(Path log, String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    processes.add(process);
    return process;
  }

  private static boolean canMakeHosts() {
    try {
      if (!run(false, "which", "tcpdump")) {
        return false;
      }
      run(false, "ip", "netns", "del", "floe-probe");
      boolean made = run(false, "ip", "netns", "add", "floe-probe");
      run(false, "ip", "netns", "del", "floe-probe");
      return made;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static boolean run(boolean mustSucceed, String... command)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ok = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    if (mustSucceed && !ok) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
    return ok;
  }
}
