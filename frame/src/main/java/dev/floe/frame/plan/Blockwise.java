package dev.floe.frame.plan;

import dev.floe.core.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Row-wise steps applied to every partition on its own (filters, new columns, conversions, a user
 * function): partition {@code i} of the output comes from partition {@code i} of the input alone,
 * so the steps fuse with whatever makes and consumes the partition.
 */
public record Blockwise(FramePlan input, List<Step> steps) implements FramePlan {
  /** Copies the steps; there is at least one. */
  public Blockwise {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a blockwise node needs a step");
    }
  }

  @Override
  public Schema schema() {
    Schema schema = input.schema();
    for (Step step : steps) {
      schema = step.schema(schema);
    }
    return schema;
  }

  @Override
  public int partitions() {
    return input.partitions();
  }

  @Override
  public Divisions divisions() {
    Divisions divisions = input.divisions();
    for (Step step : steps) {
      if (divisions == null || !step.keepsValuesOf(divisions.column())) {
        return null;
      }
    }
    return divisions;
  }

  @Override
  public List<FramePlan> inputs() {
    return List.of(input);
  }

  @Override
  public FramePlan withInputs(List<FramePlan> inputs) {
    return new Blockwise(inputs.get(0), steps);
  }

  @Override
  public String label() {
    return "Blockwise(" + steps.stream().map(Step::describe).collect(Collectors.joining(", "))
        + ")";
  }
}
