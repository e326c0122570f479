package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.core.function.Fn1;
import dev.floe.core.function.Functions;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A user function applied to every block; each result must have the block's shape and the
 * declared dtype, or the task fails naming the block and what came back.
 */
public record MapBlocks(Fn1<Dense, Dense> function, Node input, DType dtype, ChunkGrid grid)
    implements Node {

  @Override
  public List<Node> inputs() {
    return List.of(input);
  }

  @Override
  public String name() {
    return Functions.name(function);
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new MapBlocks(function, inputs.get(0), dtype, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> blocks = lowering.keys(input);
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] shape = grid.known() ? grid.blockShape(position) : null;
      Fn1<Dense, Dense> fn = function;
      DType type = dtype;
      keys.add(lowering.task(name(), List.of(blocks.get(b)), inputs -> {
        Dense result = fn.apply((Dense) inputs[0]);
        if (result == null || result.dtype() != type
            || shape != null && !Arrays.equals(result.shape(), shape)) {
          throw new IllegalStateException("mapBlocks: block " + Arrays.toString(position)
              + " should come back with shape " + Arrays.toString(shape) + " and dtype " + type
              + ", the function returned " + (result == null ? "null"
                  : "shape " + Arrays.toString(result.shape()) + " dtype " + result.dtype()));
        }
        return result;
      }, function, dtype));
    }
    return keys;
  }
}
