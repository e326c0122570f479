package dev.floe.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Collections build plans, never tasks: the array package imports nothing that makes or runs
 * tasks — task graphs, graph passes, the lowering — only plan nodes and the lazy protocol.
 */
class LayeringTest {
  @Test
  void theArrayCollectionBuildsPlansOnly() throws IOException {
    List<String> taskMaking = List.of("dev.floe.runtime.graph.", "dev.floe.planner.optimize.",
        ".plan.Lowering;");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/floe/array"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import ") && taskMaking.stream().anyMatch(line::contains)) {
            found.add(file.getFileName() + ": " + line);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
