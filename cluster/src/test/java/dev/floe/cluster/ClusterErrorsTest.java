package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.schedule.TaskFailedException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong between client and workers fails the computation with its cause, never
 * leaves it waiting: a result that cannot be decoded, a class that cannot be loaded, a message
 * that cannot be sent.
 */
class ClusterErrorsTest {
  private static final Duration NO_HANG = Duration.ofSeconds(60);
  private static LocalCluster cluster;

  @BeforeAll
  static void start() {
    cluster = LocalCluster.start(1, 1);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** Serializes anywhere, and refuses to be read back. */
  static final class Unreadable implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    @Serial
    private void readObject(ObjectInputStream in) throws IOException {
      throw new InvalidObjectException("Unreadable cannot be read back");
    }
  }

  private static Object compute(Task task) {
    return cluster.scheduler().compute(TaskGraph.of(List.of(task)), List.of(task.key()))
        .get(task.key());
  }

  @Test
  void aResultThatCannotBeDecodedFailsTheComputation() {
    Task task = Task.of("unreadable", List.of(), inputs -> new Unreadable());
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () ->
        assertThatThrownBy(() -> compute(task))
            .isInstanceOf(TaskFailedException.class)
            .hasMessageContaining("cannot be read in this JVM")
            .hasStackTraceContaining("Unreadable cannot be read back"));
  }

  @Test
  void aClassTheWorkerCannotLoadFailsTheComputation(@TempDir Path folder) throws Exception {
    // a class from a folder only the client has: not the client's own (JShell) code, so it is
    // not shipped, and the worker cannot load it
    Path source = folder.resolve("Ghost.java");
    Files.writeString(source, "public class Ghost implements java.io.Serializable,"
        + " java.util.function.Supplier<Object> { public Object get() { return 42; } }");
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler.run(null, null, null, "-d", folder.toString(), source.toString()))
        .isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
        ClusterErrorsTest.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<Object> ghost = (Supplier<Object>) loader.loadClass("Ghost")
          .getConstructor().newInstance();
      Task task = Task.of("ghost", List.of(), inputs -> ghost.get());
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () ->
          assertThatThrownBy(() -> compute(task))
              .isInstanceOf(TaskFailedException.class)
              .hasStackTraceContaining("worker worker-1 cannot read the tasks it was sent"));
    }
  }

  @Test
  void aMessageThatCannotBeSentFailsTheComputation() {
    Transport transport = cluster.scheduler().coordinator().transport();
    transport.failSendsOf(Protocol.RunTasks.class);
    try {
      Task task = Task.of("never-sent", List.of(), inputs -> 1);
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () ->
          assertThatThrownBy(() -> compute(task))
              .isInstanceOf(TaskFailedException.class)
              .hasStackTraceContaining("cannot send tasks to worker worker-1")
              .hasStackTraceContaining("the link is broken"));
    } finally {
      transport.failSendsOf(null);
    }
    Task small = Task.of("small", List.of(), inputs -> 7);
    assertThat(compute(small)).as("the cluster still computes").isEqualTo(7);
  }
}
