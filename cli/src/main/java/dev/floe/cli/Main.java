package dev.floe.cli;

/** {@code floe COMMAND}: the entry point of the all-in-one jar. */
public final class Main {
  private static final String USAGE = """
      usage: floe COMMAND

      commands:
        demo    run the tutorial's Delayed examples, sequentially and in parallel
      """;

  private Main() {}

  /** Runs the command named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.print(USAGE);
      return;
    }
    switch (args[0]) {
      case "demo" -> Demo.main();
      default -> {
        System.err.println("floe: unknown command '" + args[0] + "'");
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }
}
