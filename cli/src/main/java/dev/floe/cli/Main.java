package dev.floe.cli;

import dev.floe.cluster.ClusterSecret;
import dev.floe.cluster.WorkerCommand;

/** {@code floe COMMAND}: the entry point of the all-in-one jar. */
public final class Main {
  private static final String USAGE = """
      usage: floe COMMAND

      commands:
        demo [--dashboard [PORT]]
                                run the tutorial's examples, sequentially and in parallel;
                                --dashboard serves the live dashboard on 127.0.0.1 (port 8787
                                or PORT; 0: any free one) and keeps it up after the demo
        generate flights --out DIR [--files N] [--rows R] [--airports A]
                                write N flights CSV files of R rows (default 10 x 1500000);
                                --airports A draws origins and destinations from A airports
                                with hub-heavy traffic (default: the tutorial's 3 and 15)
        generate arrays --out DIR [--small]
                                write DIR/random.hdf5 (/x: 256 Mi float32) and
                                DIR/weather/01..31.hdf5 (/t2m: 1440 x 2880 float32);
                                --small: 4 Mi elements and 3 days of 144 x 288, for tests
        worker [--join HOST:PORT[,...]] [--threads N] [--memory-limit SIZE] [--port P]
               [--bind ADDRESS] [--cluster-name NAME] [--name NAME] [--spill-dir DIR]
               [--secret-file FILE | --secret-env NAME]
                                run a cluster worker until stopped (floe worker --help)
        run Job.java|Job.jsh [ARGS...]
                                run a single-file job (or a JShell script) with Floe on the
                                class path; exit 0 on success, 1 with a one-line cause when it
                                fails, 2 when it does not compile
        secret --out FILE       write a new cluster secret to FILE (readable by you only);
                                give it to every worker and client of one cluster
      """;

  private Main() {}

  private static void generate(String[] args) throws Exception {
    String what = args.length < 2 ? "" : args[1];
    if (!what.equals("flights") && !what.equals("arrays")) {
      throw new UsageException("usage: floe generate flights|arrays --out DIR ...");
    }
    java.nio.file.Path out = null;
    int files = 10;
    int rows = 1_500_000;
    int airports = 0;
    boolean small = false;
    for (int i = 2; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--small")) {
        small = true;
        continue;
      }
      if (!flag.equals("--out") && !flag.equals("--files") && !flag.equals("--rows")
          && !flag.equals("--airports")) {
        throw new UsageException("generate: unknown option " + flag);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException("generate: " + flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--out" -> out = java.nio.file.Path.of(value);
        case "--files" -> files = positive(flag, value);
        case "--airports" -> airports = positive(flag, value);
        default -> rows = positive(flag, value.replace("_", ""));
      }
    }
    if (out == null) {
      throw new UsageException("generate " + what + " needs --out DIR");
    }
    try {
      java.nio.file.Files.createDirectories(out);
    } catch (java.io.IOException | SecurityException e) {
      throw new UsageException("generate: cannot create --out " + out + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")");
    }
    if (!java.nio.file.Files.isWritable(out)) {
      throw new UsageException("generate: cannot write into --out " + out);
    }
    long start = System.nanoTime();
    if (what.equals("arrays")) {
      var written = small
          ? dev.floe.cli.generate.ArraysGenerator.generate(out, 1 << 22, 3, 144)
          : dev.floe.cli.generate.ArraysGenerator.generate(out,
              dev.floe.cli.generate.ArraysGenerator.RANDOM_ELEMENTS, 31, 1440);
      System.out.printf("wrote %d HDF5 files to %s in %.1f s%n", written.size(), out,
          (System.nanoTime() - start) / 1e9);
      return;
    }
    var written = dev.floe.cli.generate.FlightsGenerator.generate(out, files, rows, airports);
    System.out.printf("wrote %d files of %d rows to %s in %.1f s%n", written.size(), rows, out,
        (System.nanoTime() - start) / 1e9);
  }

  private static int positive(String flag, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("generate: " + flag + " takes a positive whole number, not '"
        + value + "'");
  }

  /** Runs the command named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.print(USAGE);
      return;
    }
    try {
      run(args);
    } catch (UsageException e) {
      System.err.println("floe: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(String[] args) throws Exception {
    switch (args[0]) {
      case "demo" -> Demo.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      case "generate" -> generate(args);
      case "run" -> {
        int status = JobRunner.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        if (status != 0) {
          System.exit(status);
        }
      }
      case "secret" -> {
        if (args.length != 3 || !args[1].equals("--out")) {
          throw new UsageException("usage: floe secret --out FILE");
        }
        java.nio.file.Path file = java.nio.file.Path.of(args[2]);
        try {
          ClusterSecret.generate().writeTo(file);
        } catch (java.io.UncheckedIOException e) {
          throw new UsageException("secret: " + e.getMessage() + " ("
              + e.getCause().getMessage() + ")");
        }
        System.out.println("floe: wrote a new cluster secret to " + file
            + "; start workers with --secret-file " + file + " and clients with "
            + "FLOE_SECRET_FILE=" + file);
      }
      case "worker" -> {
        if (args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"))) {
          System.out.print(WorkerCommand.USAGE);
          return;
        }
        WorkerCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      }
      default -> {
        System.err.println("floe: unknown command '" + args[0] + "'");
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }
}
