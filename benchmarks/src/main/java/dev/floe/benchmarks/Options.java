package dev.floe.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form {@code --name value}; every option takes a value. */
public final class Options {
  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Parses {@code --name value} pairs.
   *
   * @throws IllegalArgumentException for an argument that is not {@code --name} or lacks a value
   */
  public static Options parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option like --tasks, got '" + args[i] + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      values.put(args[i].substring(2), args[++i]);
    }
    return new Options(values);
  }

  /** A text option, or {@code fallback} when it is absent. */
  public String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** An integer option, or {@code fallback} when it is absent. */
  public int integer(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a whole number, not '" + value + "'", e);
    }
  }
}
