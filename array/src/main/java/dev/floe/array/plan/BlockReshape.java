package dev.floe.array.plan;

import dev.floe.array.Dense;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A reshape that keeps every block whole: block {@code i} of the input, whose elements are a
 * contiguous run of the array in C order, becomes block {@code i} of the new grid. The array API
 * only builds it where chunks allow that (and for {@code stack}'s new axis).
 */
public record BlockReshape(Node input, ChunkGrid grid) implements OneInput {

  @Override
  public String name() {
    return "reshape";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new BlockReshape(inputs.get(0), grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> blocks = lowering.keys(input);
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] shape = grid.blockShape(grid.position(b));
      keys.add(lowering.task(name(), List.of(blocks.get(b)),
          inputs -> Dense.of(((Dense) inputs[0]).data(), shape), shape));
    }
    return keys;
  }
}
