package dev.floe.runtime.display;

import dev.floe.runtime.graph.GraphDot;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * A task graph ready to be drawn: inline SVG in a notebook, a file with {@link #save}, DOT text
 * with {@link #toDot()}. Drawing needs Graphviz's {@code dot}; without it the notebook shows the
 * DOT text and how to install Graphviz.
 */
public final class GraphPicture implements HtmlDisplayable {
  private final TaskGraph graph;
  private final Set<TaskKey> outputs;
  private String svg;

  /** The picture of {@code graph}, with {@code outputs} drawn bold. */
  public GraphPicture(TaskGraph graph, Set<TaskKey> outputs) {
    this.graph = graph;
    this.outputs = Set.copyOf(outputs);
  }

  /** The graph as Graphviz DOT text. */
  public String toDot() {
    return GraphDot.toDot(graph, outputs);
  }

  /**
   * The graph drawn as SVG by Graphviz.
   *
   * @throws GraphDot.GraphvizMissingException when {@code dot} is not installed
   */
  public synchronized String svg() {
    if (svg == null) {
      svg = new String(GraphDot.render(toDot(), "svg"), StandardCharsets.UTF_8);
    }
    return svg;
  }

  /**
   * Writes the picture to {@code file}, in the format its extension names (see {@link
   * GraphDot#write}).
   */
  public void save(Path file) {
    GraphDot.write(graph, outputs, file);
  }

  /** The SVG itself, without its XML prologue; or the DOT text when Graphviz is missing. */
  @Override
  public String toHtml() {
    try {
      String drawn = svg();
      int start = drawn.indexOf("<svg");
      return start < 0 ? drawn : drawn.substring(start);
    } catch (GraphDot.GraphvizMissingException e) {
      return "<p>" + Html.escape(e.getMessage()) + "</p><pre>" + Html.escape(toDot()) + "</pre>";
    }
  }

  @Override
  public String toString() {
    return "GraphPicture(" + graph.size() + " tasks; save(Path) writes .svg/.png/.pdf/.dot)";
  }
}
