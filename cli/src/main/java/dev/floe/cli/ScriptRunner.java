package dev.floe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * {@code floe run Job.jsh [args…]}: a JShell script's snippets evaluated in order in this JVM
 * (JShell's local execution, Floe on its class path), with the arguments as {@code String[]
 * args}. The first snippet that does not compile stops it with status 2, the first that throws
 * with status 1 and its cause on one line.
 */
final class ScriptRunner {
  private ScriptRunner() {}

  static int run(Path script, String[] args) throws IOException {
    String remaining = Files.readString(script);
    try (JShell shell = JShell.builder().executionEngine("local").out(System.out)
        .err(System.err).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      StringBuilder arguments = new StringBuilder("String[] args = {");
      for (int i = 0; i < args.length; i++) {
        arguments.append(i == 0 ? "" : ", ").append('"')
            .append(args[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
      shell.eval(arguments.append("};").toString());
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String snippet = info.source() != null ? info.source() : remaining;
        remaining = info.source() != null ? info.remaining() : "";
        if (snippet.isBlank() || snippet.strip().startsWith("/")) {
          continue; // blank, or a JShell command such as /exit: the script ends where it ends
        }
        for (SnippetEvent event : shell.eval(snippet)) {
          if (event.status() == Snippet.Status.REJECTED) {
            shell.diagnostics(event.snippet()).forEach(d -> System.err.println(
                d.getMessage(java.util.Locale.ROOT)));
            System.err.println("floe: run: " + script + " does not compile at: "
                + firstLine(snippet));
            return 2;
          }
          if (event.exception() != null) {
            System.err.println("floe: run: " + script.getFileName() + " failed: "
                + describe(event.exception()));
            return 1;
          }
        }
      }
    }
    return 0;
  }

  private static String describe(Throwable failure) {
    if (failure instanceof EvalException eval) {
      String type = eval.getExceptionClassName();
      String simple = type.substring(type.lastIndexOf('.') + 1);
      return (simple + ": " + eval.getMessage()).replace('\n', ' ');
    }
    return JobRunner.oneLine(failure);
  }

  private static String firstLine(String snippet) {
    String line = snippet.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
