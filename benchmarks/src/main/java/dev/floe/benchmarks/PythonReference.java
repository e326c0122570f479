package dev.floe.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a reference implementation written in Python (Dask, pandas) in the same benchmark run, so
 * Floe's figures and the reference's come from the same machine at the same time. The script ships
 * inside the benchmarks jar under {@code /reference/}; its output lines are passed through.
 */
public final class PythonReference {
  /** Debian's interpreter, where {@code apt-get install python3-dask} puts Dask. */
  public static final String DEFAULT_PYTHON = "/usr/bin/python3";

  private PythonReference() {}

  /**
   * Runs {@code /reference/SCRIPT} with {@code python} and the arguments, printing its output.
   *
   * @return whether it ran and exited 0; when it could not run, says why on stderr
   */
  public static boolean run(String python, String script, String... arguments) {
    List<String> lines = output(python, script, arguments);
    if (lines == null) {
      return false;
    }
    lines.forEach(System.out::println);
    return true;
  }

  /**
   * Runs {@code /reference/SCRIPT} with {@code python} and the arguments and returns its output
   * lines (stdout and stderr), or null when it could not run or failed (saying why on stderr,
   * with its output).
   */
  public static List<String> output(String python, String script, String... arguments) {
    Path file = null;
    try (InputStream source = PythonReference.class.getResourceAsStream("/reference/" + script)) {
      if (source == null) {
        throw new IllegalStateException("the benchmarks jar lacks /reference/" + script);
      }
      file = Files.createTempFile("floe-reference-", ".py");
      Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      List<String> command = new ArrayList<>(List.of(python, file.toString()));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> lines;
      try (BufferedReader output = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        lines = output.lines().toList();
      }
      int exit = process.waitFor();
      if (exit != 0) {
        lines.forEach(System.err::println);
        System.err.println("reference " + script + " exited with " + exit
            + " (is Dask installed for " + python + "? apt-get install python3-dask)");
        return null;
      }
      return lines;
    } catch (IOException e) {
      System.err.println("cannot run the reference " + script + " with " + python + ": " + e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          System.err.println("cannot delete " + file + ": " + e);
        }
      }
    }
  }
}
