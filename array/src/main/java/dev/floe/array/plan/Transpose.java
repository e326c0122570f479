package dev.floe.array.plan;

import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/** numpy's {@code transpose(axes)}: block by block, each block transposed. */
public record Transpose(Node input, int[] axes, ChunkGrid grid) implements OneInput {

  @Override
  public String name() {
    return "transpose";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Transpose(inputs.get(0), axes, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> blocks = lowering.keys(input);
    List<TaskKey> keys = new ArrayList<>();
    int[] order = axes;
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] inputPosition = new int[position.length];
      for (int d = 0; d < position.length; d++) {
        inputPosition[axes[d]] = position[d];
      }
      keys.add(lowering.task(name(), List.of(blocks.get(input.grid().block(inputPosition))),
          inputs -> Blocks.transpose((Dense) inputs[0], order), axes));
    }
    return keys;
  }
}
