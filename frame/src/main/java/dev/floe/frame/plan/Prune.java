package dev.floe.frame.plan;

import dev.floe.core.Schema;
import java.util.List;

/**
 * Some partitions of the input, in order: what is left when known divisions rule the others out.
 * The others are never made.
 */
public record Prune(FramePlan input, List<Integer> kept) implements FramePlan {
  /** Copies the list of kept partitions (increasing, contiguous for known divisions). */
  public Prune {
    kept = List.copyOf(kept);
  }

  @Override
  public Schema schema() {
    return input.schema();
  }

  @Override
  public int partitions() {
    return kept.size();
  }

  @Override
  public Divisions divisions() {
    Divisions divisions = input.divisions();
    return divisions == null ? null
        : divisions.slice(kept.get(0), kept.get(kept.size() - 1));
  }

  @Override
  public List<FramePlan> inputs() {
    return List.of(input);
  }

  @Override
  public FramePlan withInputs(List<FramePlan> inputs) {
    return new Prune(inputs.get(0), kept);
  }

  @Override
  public String label() {
    return "Prune(partitions " + (kept.size() == 1 ? kept.get(0)
        : kept.get(0) + "–" + kept.get(kept.size() - 1)) + " of " + input.partitions() + ")";
  }
}
