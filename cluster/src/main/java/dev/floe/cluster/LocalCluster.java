package dev.floe.cluster;

import dev.floe.runtime.FloeException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Worker JVMs on this machine, on loopback, with a client scheduler joined to them: for trying a
 * cluster out, tests and benchmarks. Each worker is a separate {@code java} process running
 * {@link WorkerCommand} with this JVM's class path, in a cluster with a fresh random name (so two
 * local clusters never mix) and a fresh {@link ClusterSecret}, handed to the workers in a file
 * only this user can read (never on their command line or in their environment): another user
 * of the machine can neither join nor send them work. A worker's output goes to a log file,
 * quoted when it fails to start. Closing the cluster closes the scheduler, stops the workers and
 * deletes the secret.
 */
public final class LocalCluster implements AutoCloseable {
  private static final long START_TIMEOUT_MS = 90_000;

  private final String clusterName = "floe-local-" + UUID.randomUUID().toString().substring(0, 8);
  private final ClusterSecret secret = ClusterSecret.generate();
  private final Path secretFile;
  private final int threadsPerWorker;
  private final Path logFolder;
  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  private ClusterScheduler scheduler;

  private LocalCluster(int threadsPerWorker) {
    this.threadsPerWorker = threadsPerWorker;
    try {
      this.logFolder = Files.createTempDirectory("floe-local-cluster-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the workers' logs", e);
    }
    this.secretFile = logFolder.resolve("cluster.secret");
    secret.writeTo(secretFile);
  }

  /** Starts {@code workers} worker JVMs with one thread per core each. */
  public static LocalCluster start(int workers) {
    return start(workers, Runtime.getRuntime().availableProcessors());
  }

  /** Starts {@code workers} worker JVMs with {@code threadsPerWorker} threads each. */
  public static LocalCluster start(int workers, int threadsPerWorker) {
    if (workers < 1 || threadsPerWorker < 1) {
      throw new IllegalArgumentException("a local cluster needs at least 1 worker and 1 thread,"
          + " not " + workers + " workers of " + threadsPerWorker + " threads");
    }
    LocalCluster cluster = new LocalCluster(threadsPerWorker);
    try {
      cluster.launch(); // the first worker founds the cluster; the others join it together
      cluster.awaitListening(0);
      for (int i = 1; i < workers; i++) {
        cluster.launch();
      }
      cluster.scheduler = ClusterScheduler.connect(new ClusterSettings(cluster.clusterName,
          ClusterSettings.LOOPBACK, 0, cluster.memberAddresses(), cluster.secret));
      cluster.scheduler.closeWith(cluster::stopWorkers);
      cluster.awaitWorkers(workers);
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The scheduler joined to these workers; closing it stops them too. */
  public ClusterScheduler scheduler() {
    return scheduler;
  }

  /** The cluster's name. */
  public String clusterName() {
    return clusterName;
  }

  /** The file holding the cluster's secret (readable by this user only), for more clients. */
  public Path secretFile() {
    return secretFile;
  }

  /** How many worker processes were started (including ones stopped since). */
  public synchronized int started() {
    return processes.size();
  }

  /** Starts one more worker JVM and waits until the scheduler sees it; returns its index. */
  public int addWorker() {
    int before = scheduler.workers().size();
    int index = launch();
    awaitWorkers(before + 1);
    return index;
  }

  /** Kills worker {@code index} at once, as a crash would (its results are lost). */
  public void killWorker(int index) {
    Process process = process(index);
    process.destroyForcibly();
    waitFor(process);
  }

  /** Stops worker {@code index} gracefully: it hands its results over before it leaves. */
  public void stopWorker(int index) {
    Process process = process(index);
    process.destroy(); // SIGTERM: the worker's shutdown hook retires it
    waitFor(process);
  }

  /** The worker processes' ids, in start order (for tests that look at them from outside). */
  synchronized List<Long> workerPids() {
    return processes.stream().map(Process::pid).toList();
  }

  /** The log file of worker {@code index}. */
  synchronized Path workerLog(int index) {
    return logs.get(index);
  }

  private synchronized Process process(int index) {
    return processes.get(index);
  }

  private synchronized int launch() {
    int index = processes.size();
    int port = Transport.freePort(ClusterSettings.LOOPBACK);
    List<String> join = new ArrayList<>(memberAddresses());
    join.add(ClusterSettings.LOOPBACK + ":" + port);
    Path log = logFolder.resolve("worker-" + (index + 1) + ".log");
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dfloe.progress=off"));
    command.addAll(List.of("-cp", classPath(), WorkerCommand.class.getName(),
        "--cluster-name", clusterName, "--port", Integer.toString(port),
        "--join", String.join(",", join), "--threads", Integer.toString(threadsPerWorker),
        "--name", "worker-" + (index + 1), "--secret-file", secretFile.toString()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      processes.add(process);
      ports.add(port);
      logs.add(log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker JVM: " + String.join(" ", command), e);
    }
    return index;
  }

  /** The {@code host:port} of each worker still running: what another client joins. */
  public synchronized List<String> memberAddresses() {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      if (processes.get(i).isAlive()) {
        addresses.add(ClusterSettings.LOOPBACK + ":" + ports.get(i));
      }
    }
    return addresses;
  }

  /**
   * Waits for worker {@code index} to say it listens (its log's first line does): probing its
   * port instead would count as a refused peer on the worker.
   */
  private void awaitListening(int index) {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline) {
      if (!process(index).isAlive()) {
        throw startFailure("worker " + (index + 1) + " exited", index);
      }
      try {
        if (Files.readString(logs.get(index)).contains(" listening on ")) {
          return;
        }
      } catch (IOException e) {
        // not written yet
      }
      pause();
    }
    throw startFailure("worker " + (index + 1) + " did not listen within "
        + START_TIMEOUT_MS / 1000 + " s", index);
  }

  private void awaitWorkers(int count) {
    if (!scheduler.awaitWorkers(count, START_TIMEOUT_MS)) {
      int last = started() - 1;
      throw startFailure("only " + scheduler.workers().size() + " of " + count
          + " workers joined within " + START_TIMEOUT_MS / 1000 + " s", last);
    }
  }

  private FloeException startFailure(String what, int index) {
    String tail;
    try {
      List<String> lines = Files.readAllLines(logs.get(index));
      tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      tail = "(no log: " + e + ")";
    }
    return new FloeException("cannot start the local cluster: " + what + "; its log "
        + logs.get(index) + " ends:\n" + tail);
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FloeException("interrupted while starting the local cluster");
    }
  }

  private static void waitFor(Process process) {
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This JVM's class path, plus the jars or folders Floe's own classes came from (in a notebook
   * those were added to JShell, not to the class path).
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    try {
      var source = LocalCluster.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        entries.add(Path.of(source.getLocation().toURI()).toString());
      }
    } catch (Exception e) {
      // the class path alone will have to do
    }
    return String.join(File.pathSeparator, entries);
  }

  private synchronized void stopWorkers() {
    for (Process process : processes) {
      process.destroyForcibly();
    }
    for (Process process : processes) {
      waitFor(process);
    }
    try {
      Files.deleteIfExists(secretFile);
    } catch (IOException e) {
      // the folder is the user's own temporary folder; nothing more to do
    }
  }

  /** Closes the scheduler and stops every worker. */
  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.close();
    } else {
      stopWorkers();
    }
  }
}
