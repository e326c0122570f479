package dev.floe.runtime.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphDotTest {
  private final Task load = new Task(TaskKey.of("load"), "load", List.of(), in -> 1);
  private final Task use =
      new Task(TaskKey.of("use"), "use \"quoted\"", List.of(load.key()), in -> 2);
  private final TaskGraph graph = TaskGraph.of(List.of(load, use));

  @Test
  void drawsEveryTaskAndEdge() {
    String dot = GraphDot.toDot(graph, Set.of(use.key()));
    assertThat(dot).startsWith("digraph floe {").contains("label=\"load\"")
        .contains("label=\"use \\\"quoted\\\"\"").contains("n0 -> n1;").contains("penwidth");
  }

  @Test
  void writesDotText(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("graph.dot");
    GraphDot.write(graph, Set.of(), file);
    assertThat(Files.readString(file)).isEqualTo(GraphDot.toDot(graph, Set.of()));
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void withoutGraphvizSaysSoAndWritesDotInstead(@TempDir Path folder) {
    String previous = System.getProperty("floe.dot");
    System.setProperty("floe.dot", folder.resolve("no-such-dot").toString());
    try {
      Path svg = folder.resolve("graph.svg");
      assertThatThrownBy(() -> GraphDot.write(graph, Set.of(), svg))
          .isInstanceOf(GraphDot.GraphvizMissingException.class)
          .hasMessageContaining("Graphviz")
          .hasMessageContaining("graph.svg.dot");
      assertThat(svg).doesNotExist();
      assertThat(folder.resolve("graph.svg.dot")).exists();
    } finally {
      if (previous == null) {
        System.clearProperty("floe.dot");
      } else {
        System.setProperty("floe.dot", previous);
      }
    }
  }

  @Test
  void rendersSvgWhenGraphvizIsInstalled(@TempDir Path folder) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        GraphvizProbe.installed(), "Graphviz 'dot' is not installed here");
    Path svg = folder.resolve("graph.svg");
    GraphDot.write(graph, Set.of(use.key()), svg);
    assertThat(Files.readString(svg)).contains("<svg").contains("load");
  }

  @Test
  void refusesUnknownFormats(@TempDir Path folder) {
    assertThatThrownBy(() -> GraphDot.write(graph, Set.of(), folder.resolve("graph.bmp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("graph.bmp");
  }

  /** Whether the dot program runs here. */
  static final class GraphvizProbe {
    static boolean installed() {
      try {
        return new ProcessBuilder("dot", "-V").start().waitFor() == 0;
      } catch (Exception e) {
        return false;
      }
    }
  }
}
