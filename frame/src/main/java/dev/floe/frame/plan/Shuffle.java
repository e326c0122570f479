package dev.floe.frame.plan;

import dev.floe.core.Schema;
import java.util.List;

/**
 * Every row of the input moved to the output partition a {@link Router} picks, then each output
 * finished ({@link Finish}: sorted, deduplicated, or kept in order). Lowered by {@link
 * ShuffleTasks}.
 *
 * @param divisions the outputs' bounds when the router makes them known (a range shuffle), else
 *     null
 */
public record Shuffle(FramePlan input, Router router, int outputs, Finish finish,
    Divisions divisions) implements FramePlan {
  /** Checks there is an output. */
  public Shuffle {
    if (outputs < 1) {
      throw new IllegalArgumentException("a shuffle needs at least one output partition");
    }
  }

  @Override
  public Schema schema() {
    return input.schema();
  }

  @Override
  public int partitions() {
    return outputs;
  }

  @Override
  public List<FramePlan> inputs() {
    return List.of(input);
  }

  @Override
  public FramePlan withInputs(List<FramePlan> inputs) {
    return new Shuffle(inputs.get(0), router, outputs, finish, divisions);
  }

  @Override
  public String label() {
    return "Shuffle(" + router.describe() + " into " + outputs + ", " + finish.describe() + ")";
  }
}
