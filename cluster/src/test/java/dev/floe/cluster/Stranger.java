package dev.floe.cluster;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process that tries to join a cluster and run code in its workers, as an attacker on the
 * same machine would: it knows the cluster's name and a member's address, and holds either no
 * secret or another one. Prints what happened; exits 0 only if its code ran.
 *
 * <pre>Stranger CLUSTER HOST:PORT none|other MARKER_FILE</pre>
 */
public final class Stranger {
  private Stranger() {}

  /** Runs the attempt. */
  public static void main(String[] args) throws Exception {
    ClusterSecret secret = args[2].equals("none") ? null : ClusterSecret.generate();
    ClusterSettings settings = new ClusterSettings(args[0], "127.0.0.1", 0, List.of(args[1]),
        secret);
    String marker = args[3];
    try (ClusterScheduler scheduler = ClusterScheduler.connect(settings)) {
      Task write = Task.of("write", List.of(), inputs -> {
        Files.writeString(Path.of(marker), "ran in " + ProcessHandle.current().pid());
        return 1;
      });
      scheduler.compute(TaskGraph.of(List.of(write)), List.of(write.key()));
      System.out.println("RAN");
      System.exit(0);
    } catch (RuntimeException e) {
      System.out.println("REFUSED " + e.getMessage());
      System.exit(1);
    }
  }
}
