package dev.floe.cluster;

import dev.floe.core.Diagnostics;
import dev.floe.runtime.store.Bytes;
import dev.floe.runtime.store.MemoryBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code floe worker}: starts a worker in this process and runs until the process is stopped
 * (SIGTERM or Ctrl-C retire it gracefully, handing its results over).
 *
 * <pre>
 * floe worker [--join HOST:PORT[,HOST:PORT...]] [--threads N] [--memory-limit SIZE]
 *             [--port P] [--bind ADDRESS] [--cluster-name NAME] [--name NAME] [--spill-dir DIR]
 *             [--secret-file FILE | --secret-env NAME]
 * </pre>
 *
 * <p>With a secret, only members holding the same one can join or send work, and all traffic is
 * TLS 1.3. Without one, the worker binds loopback only and warns that any user of the machine
 * can run code in it.
 */
public final class WorkerCommand {
  /** The usage text. */
  public static final String USAGE = """
      usage: floe worker [--join HOST:PORT[,HOST:PORT...]] [--threads N] [--memory-limit SIZE]
                         [--port P] [--bind ADDRESS] [--cluster-name NAME] [--name NAME]
                         [--spill-dir DIR] [--secret-file FILE | --secret-env NAME]
        --join          members to join (a worker started without --join starts a new cluster)
        --threads       tasks run at once (default: one per core)
        --memory-limit  results held in memory before spilling, e.g. 4g (default: 40% of heap)
        --port          port to listen on (default 5701)
        --bind          address to listen on (default 127.0.0.1: only this machine can join)
        --cluster-name  the cluster's name; members join only a cluster of the same name
                        (default floe)
        --name          the worker's name in errors and events (default worker-HOST-PORT)
        --spill-dir     where spilled results go (default: the system temp folder)
        --secret-file   a file (readable by its owner only) holding the cluster's secret;
                        members prove it to each other and talk TLS 1.3 (default: the file
                        $FLOE_SECRET_FILE names, if set). Make one with `floe secret --out FILE`
        --secret-env    the environment variable holding the cluster's secret instead
      """;

  private WorkerCommand() {}

  /** Runs {@code floe worker}; blocks until the worker leaves. */
  public static void main(String[] args) throws InterruptedException {
    Worker worker;
    try {
      worker = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println("floe: worker: " + e.getMessage());
      System.exit(2);
      return;
    }
    Thread retire = new Thread(worker::retire, "floe-worker-retire");
    Runtime.getRuntime().addShutdownHook(retire);
    while (worker.isRunning()) {
      Thread.sleep(200);
    }
  }

  /** Starts a worker from command-line arguments and prints where it listens. */
  static Worker start(String[] args) {
    List<String> members = new ArrayList<>();
    int threads = Runtime.getRuntime().availableProcessors();
    MemoryBudget budget = MemoryBudget.fromSystemProperties();
    int port = ClusterSettings.DEFAULT_WORKER_PORT;
    String bind = ClusterSettings.LOOPBACK;
    String clusterName = ClusterSettings.DEFAULT_NAME;
    String name = null;
    ClusterSecret secret = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--join" -> members.addAll(ClusterSettings.joining(value).members());
        case "--threads" -> threads = positive(flag, value);
        case "--memory-limit" -> budget = budget.withMemoryLimit(Bytes.parse(flag, value));
        case "--spill-dir" -> budget = budget.withSpillDirectory(Path.of(value));
        case "--port" -> port = positive(flag, value);
        case "--bind" -> bind = localAddress(value);
        case "--cluster-name" -> clusterName = value;
        case "--name" -> name = value;
        case "--secret-file" -> secret = ClusterSecret.readFrom(Path.of(value));
        case "--secret-env" -> secret = ClusterSecret.fromEnvironment(value);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (secret == null) {
      String file = System.getenv(ClusterSettings.SECRET_FILE_VARIABLE);
      if (file != null && !file.isBlank()) {
        secret = ClusterSecret.readFrom(Path.of(file));
      }
    }
    if (secret == null) {
      if (!isLoopback(bind)) {
        throw new IllegalArgumentException("--bind " + bind + " without a secret would let"
            + " anyone who reaches it run code here; give --secret-file FILE (make one with"
            + " `floe secret --out FILE`)");
      }
      Diagnostics.warn(WorkerCommand.class, "worker: no cluster secret: any user of this machine"
          + " can join and run code in this worker; give --secret-file FILE to refuse them");
    }
    if (members.isEmpty()) {
      members.add(bind + ":" + port);
    }
    ClusterSettings settings = new ClusterSettings(clusterName, bind, port, members, secret);
    String workerName = name != null ? name : "worker-" + bind + "-" + port;
    Worker worker;
    try {
      worker = Worker.start(settings, threads, budget, workerName);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new IllegalArgumentException("cannot start on " + bind + ":" + port + ": "
          + cause.getMessage() + " (is another worker using the port? --port chooses another)",
          e);
    }
    System.out.printf(Locale.ROOT,
        "floe worker %s listening on %s in cluster '%s' (%d threads, memory limit %s, %s)%n",
        worker.name(), worker.address(), clusterName, threads,
        Bytes.format(budget.memoryLimitBytes()),
        secret == null ? "no secret" : "TLS 1.3, members must hold the secret");
    System.out.flush();
    return worker;
  }

  private static boolean isLoopback(String address) {
    try {
      return java.net.InetAddress.getByName(address).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /**
   * The address to listen on: one address of this machine. The wildcard is refused: a worker
   * should listen on the one network its cluster uses.
   */
  private static String localAddress(String value) {
    java.net.InetAddress address;
    try {
      address = java.net.InetAddress.getByName(value);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("--bind: unknown address '" + value + "'");
    }
    if (address.isAnyLocalAddress()) {
      throw new IllegalArgumentException("--bind " + value + " would listen on every network;"
          + " name one address of this machine (see the README's Security section)");
    }
    try {
      if (!address.isLoopbackAddress()
          && java.net.NetworkInterface.getByInetAddress(address) == null) {
        throw new IllegalArgumentException("--bind " + value + " is not an address of this"
            + " machine");
      }
    } catch (java.net.SocketException e) {
      throw new IllegalArgumentException("--bind " + value + ": " + e.getMessage());
    }
    return value;
  }

  private static int positive(String flag, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(flag + " takes a positive whole number, not '" + value + "'");
  }
}
