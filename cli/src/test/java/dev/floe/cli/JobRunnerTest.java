package dev.floe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code floe run Job.java}: a job's exit status and its one-line cause. */
class JobRunnerTest {
  @TempDir Path folder;

  private record Outcome(int status, String stdout, String stderr) {}

  private Outcome run(String name, String source, String... args) throws Exception {
    Path job = folder.resolve(name.contains(".") ? name : name + ".java");
    Files.writeString(job, source);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
        job.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Outcome(process.exitValue(), out, err);
  }

  @Test
  void aJobRunsWithFloeOnTheClassPathAndItsArguments() throws Exception {
    Outcome outcome = run("Count", """
        import dev.floe.frame.DataFrame;
        public class Count {
          public static void main(String[] args) throws Exception {
            java.nio.file.Path file = java.nio.file.Path.of(args[0]);
            java.nio.file.Files.writeString(file, "x\\n1\\n2\\n3\\n");
            System.out.println("rows=" + DataFrame.readCsv(file.toString()).length());
          }
        }
        """, folder.resolve("data.csv").toString());
    assertThat(outcome.status()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout()).contains("rows=3");
  }

  @Test
  void aFailingJobExitsOneWithItsCauseOnOneLine() throws Exception {
    Outcome outcome = run("Fails", """
        public class Fails {
          public static void main(String[] args) {
            dev.floe.frame.DataFrame.readCsv("/no/such/folder/*.csv").length();
          }
        }
        """);
    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.stderr().strip()).startsWith("floe: run: Fails.java failed: ")
        .contains("/no/such/folder").doesNotContain("\tat ").doesNotContain("\n");
  }

  @Test
  void aJobThatDoesNotCompileExitsTwo() throws Exception {
    Outcome outcome = run("Broken", "public class Broken { void main( }");
    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.stderr()).contains("Broken.java does not compile");
  }

  @Test
  void aJShellScriptRunsSnippetBySnippetWithItsArguments() throws Exception {
    Outcome outcome = run("count.jsh", """
        import dev.floe.frame.DataFrame;
        var file = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.writeString(file, "x\\n1\\n2\\n");
        System.out.println("rows=" + DataFrame.readCsv(file.toString()).length());
        """, folder.resolve("s.csv").toString());
    assertThat(outcome.status()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout()).contains("rows=2");
    Outcome failing = run("boom.jsh", "int x = 1;\nthrow new IllegalStateException(\"boom \" + x);\n");
    assertThat(failing.status()).isEqualTo(1);
    assertThat(failing.stderr().strip())
        .isEqualTo("floe: run: boom.jsh failed: IllegalStateException: boom 1");
  }
}
