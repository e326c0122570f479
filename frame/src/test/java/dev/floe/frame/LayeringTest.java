package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Collections build plans, never tasks: the collection package imports nothing that makes or
 * runs tasks — task graphs, graph passes, the lowering — only plan nodes and the lazy protocol.
 */
class LayeringTest {
  static final List<String> TASK_MAKING = List.of("dev.floe.runtime.graph.",
      "dev.floe.planner.optimize.", "dev.floe.runtime.schedule.Scheduler;", ".plan.Lowering;",
      ".plan.ShuffleTasks;", ".plan.JoinTasks;");

  /** The imports of the package's main sources that make or run tasks. */
  static List<String> taskMakingImports(Path packageFolder) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(packageFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import ") && TASK_MAKING.stream().anyMatch(line::contains)) {
            found.add(file.getFileName() + ": " + line);
          }
        }
      }
    }
    return found;
  }

  @Test
  void theFrameCollectionsBuildPlansOnly() throws IOException {
    assertThat(taskMakingImports(Path.of("src/main/java/dev/floe/frame"))).isEmpty();
  }
}
