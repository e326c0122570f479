package dev.floe.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * {@code floe run Job.java [args…]}: compiles a single-file job against the jar it runs from
 * and runs its {@code main} in this JVM, as Java's source launcher would, but with Floe on the
 * class path and a one-line cause on failure instead of a stack trace. {@code floe run Job.jsh
 * [args…]} runs a JShell script's snippets in order instead, with the arguments as {@code
 * String[] args}. Exit status: 0 when the job ends, 1 when it throws, 2 when it does not compile
 * or cannot be found.
 */
final class JobRunner {
  private JobRunner() {}

  /** Runs the job; returns the exit status. */
  static int run(String[] args) throws IOException {
    if (args.length < 1 || !(args[0].endsWith(".java") || args[0].endsWith(".jsh"))) {
      throw new UsageException("usage: floe run Job.java|Job.jsh [args...]");
    }
    Path source = Path.of(args[0]);
    if (!Files.isRegularFile(source)) {
      throw new UsageException("run: no job file " + source);
    }
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // jobs draw charts, never windows
    }
    if (args[0].endsWith(".jsh")) {
      return ScriptRunner.run(source, Arrays.copyOfRange(args, 1, args.length));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new UsageException("run: this Java has no compiler (javac); run floe with a JDK");
    }
    Path classes = Files.createTempDirectory("floe-job-");
    StringWriter errors = new StringWriter();
    boolean compiled = compiler.getTask(errors, null, null,
        List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
            "-proc:none", "-Xlint:none"),
        null, compiler.getStandardFileManager(null, null, null)
            .getJavaFileObjects(source.toFile())).call();
    if (!compiled) {
      System.err.print(errors);
      System.err.println("floe: run: " + source + " does not compile");
      return 2;
    }
    String className = source.getFileName().toString().replaceFirst("\\.java$", "");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        JobRunner.class.getClassLoader())) {
      Method main;
      try {
        main = loader.loadClass(className).getMethod("main", String[].class);
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        System.err.println("floe: run: " + source + " has no class " + className
            + " with a static main(String[])");
        return 2;
      }
      if (!Modifier.isStatic(main.getModifiers())) {
        System.err.println("floe: run: " + className + ".main is not static");
        return 2;
      }
      Thread.currentThread().setContextClassLoader(loader);
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
      return 0;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      System.err.println("floe: run: " + source.getFileName() + " failed: " + oneLine(cause));
      return 1;
    } catch (IllegalAccessException e) {
      System.err.println("floe: run: " + className + ".main is not public");
      return 2;
    } finally {
      deleteTree(classes.toFile());
    }
  }

  /** The innermost cause that says something, on one line. */
  static String oneLine(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause
        && (cause.getMessage() == null || cause instanceof RuntimeException
            && cause.getCause().getMessage() != null
            && cause.getMessage().endsWith(cause.getCause().getMessage()))) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return message.replace('\n', ' ');
  }

  private static void deleteTree(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteTree(child);
      }
    }
    file.delete();
  }
}
