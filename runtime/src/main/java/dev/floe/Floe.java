package dev.floe;

import dev.floe.runtime.delayed.Delayed;
import java.util.List;

/**
 * Floe's front door for computing several lazy results together, so work they share — reading
 * the same files, the same per-partition statistics — runs once:
 *
 * <pre>{@code
 * List<Object> both = Floe.compute(df.col("DepDelay").mean(), df.col("DepDelay").std());
 * }</pre>
 */
public final class Floe {
  private Floe() {}

  /** Computes every result in one graph on the default scheduler; results in the given order. */
  public static List<Object> compute(Delayed<?>... results) {
    return Delayed.computeAll(List.of(results));
  }
}
