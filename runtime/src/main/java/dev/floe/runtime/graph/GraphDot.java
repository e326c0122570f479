package dev.floe.runtime.graph;

import dev.floe.runtime.FloeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/**
 * Draws task graphs: Graphviz DOT text, and SVG or PNG through the {@code dot} program.
 *
 * <p>Each task is an ellipse labelled with its operation; outputs are drawn bold. Edges run from
 * a dependency to the task that uses it, so the picture reads top to bottom in execution order.
 * The {@code dot} program is looked up on the {@code PATH}, or taken from the {@code floe.dot}
 * system property.
 */
public final class GraphDot {
  private static final String DOT_PROPERTY = "floe.dot";
  private static final Set<String> RENDERED_FORMATS = Set.of("svg", "png", "pdf");

  private GraphDot() {}

  /** The graph as Graphviz DOT text; {@code outputs} are drawn bold. */
  public static String toDot(TaskGraph graph, Set<TaskKey> outputs) {
    StringBuilder dot = new StringBuilder("digraph floe {\n  rankdir=BT;\n");
    dot.append("  node [shape=ellipse, fontname=\"Helvetica\", fontsize=11];\n");
    for (int i = 0; i < graph.size(); i++) {
      Task task = graph.task(i);
      dot.append("  n").append(i).append(" [label=\"").append(escape(task.operation()))
          .append("\", tooltip=\"").append(escape(task.key().toString())).append('"');
      if (outputs.contains(task.key())) {
        dot.append(", penwidth=2.5");
      }
      dot.append("];\n");
    }
    for (int i = 0; i < graph.size(); i++) {
      for (int d = 0; d < graph.dependencyCount(i); d++) {
        dot.append("  n").append(graph.dependency(i, d)).append(" -> n").append(i).append(";\n");
      }
    }
    return dot.append("}\n").toString();
  }

  /**
   * Writes the graph to a file, in the format its extension names: {@code .dot}/{@code .gv} as
   * DOT text, {@code .svg}, {@code .png} or {@code .pdf} rendered by Graphviz. The file is written
   * whole or not at all.
   *
   * @throws GraphvizMissingException when a rendered format is asked for and {@code dot} is not
   *     installed; the DOT text is then written beside the requested file, and the message says
   *     where and how to install Graphviz
   */
  public static void write(TaskGraph graph, Set<TaskKey> outputs, Path file) {
    String format = extension(file);
    String dot = toDot(graph, outputs);
    if (format.equals("dot") || format.equals("gv")) {
      writeWhole(file, dot.getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!RENDERED_FORMATS.contains(format)) {
      throw new IllegalArgumentException(
          "cannot draw a graph as '" + file.getFileName() + "': use .dot, .gv, .svg, .png or .pdf");
    }
    byte[] rendered;
    try {
      rendered = render(dot, format);
    } catch (GraphvizMissingException e) {
      Path dotFile = file.resolveSibling(file.getFileName() + ".dot");
      writeWhole(dotFile, dot.getBytes(StandardCharsets.UTF_8));
      throw new GraphvizMissingException(
          e.getMessage() + "; wrote the graph as DOT text to " + dotFile + " instead", e);
    }
    writeWhole(file, rendered);
  }

  /** Renders DOT text with Graphviz into the given format ({@code svg}, {@code png}, {@code pdf}). */
  public static byte[] render(String dot, String format) {
    String program = System.getProperty(DOT_PROPERTY, "dot");
    Process process;
    try {
      process = new ProcessBuilder(program, "-T" + format).start();
    } catch (IOException e) {
      throw new GraphvizMissingException(
          "cannot draw " + format.toUpperCase(Locale.ROOT) + ": the Graphviz program '" + program
              + "' was not found (install Graphviz, e.g. 'apt-get install graphviz', or set -D"
              + DOT_PROPERTY + "=/path/to/dot)",
          e);
    }
    try {
      // Feed stdin from another thread: a large graph would otherwise fill both pipes and block.
      Thread feeder = new Thread(() -> feed(process, dot), "floe-dot-input");
      feeder.start();
      byte[] output = readAll(process.getInputStream());
      byte[] errors = readAll(process.getErrorStream());
      int exit = process.waitFor();
      feeder.join();
      if (exit != 0) {
        throw new FloeException(
            "Graphviz '" + program + "' failed with exit code " + exit + ": "
                + new String(errors, StandardCharsets.UTF_8).trim());
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("reading Graphviz output", e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new FloeException("interrupted while Graphviz was drawing the graph", e);
    }
  }

  private static void feed(Process process, String dot) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // dot exited early; its exit code and stderr report why.
    }
  }

  private static byte[] readAll(InputStream stream) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    stream.transferTo(bytes);
    return bytes.toByteArray();
  }

  private static void writeWhole(Path file, byte[] content) {
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    try {
      Files.write(temporary, content);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot write the graph to " + file, e);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Graphviz's {@code dot} program is not installed, so a graph cannot be rendered. */
  public static final class GraphvizMissingException extends FloeException {
    private static final long serialVersionUID = 1L;

    GraphvizMissingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
