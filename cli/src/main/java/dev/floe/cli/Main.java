package dev.floe.cli;

/** {@code floe COMMAND}: the entry point of the all-in-one jar. */
public final class Main {
  private static final String USAGE = """
      usage: floe COMMAND

      commands:
        demo                    run the tutorial's Delayed examples, sequentially and in parallel
        generate flights --out DIR [--files N] [--rows R]
                                write N flights CSV files of R rows (default 10 x 1500000)
      """;

  private Main() {}

  private static void generate(String[] args) throws Exception {
    if (args.length < 2 || !args[1].equals("flights")) {
      throw new IllegalArgumentException("usage: floe generate flights --out DIR [--files N] [--rows R]");
    }
    java.nio.file.Path out = null;
    int files = 10;
    int rows = 1_500_000;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--out" -> out = java.nio.file.Path.of(args[i + 1]);
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        case "--rows" -> rows = Integer.parseInt(args[i + 1].replace("_", ""));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("generate flights needs --out DIR");
    }
    long start = System.nanoTime();
    var written = dev.floe.cli.generate.FlightsGenerator.generate(out, files, rows);
    System.out.printf("wrote %d files of %d rows to %s in %.1f s%n", written.size(), rows, out,
        (System.nanoTime() - start) / 1e9);
  }

  /** Runs the command named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.print(USAGE);
      return;
    }
    switch (args[0]) {
      case "demo" -> Demo.main();
      case "generate" -> generate(args);
      default -> {
        System.err.println("floe: unknown command '" + args[0] + "'");
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }
}
