package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Casting;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's {@code concatenate} along {@code axis}: the inputs' blocks side by side, with the same
 * chunks along every other dimension. Blocks pass through untouched (no task) unless their dtype
 * must be promoted.
 *
 * @param name {@code concatenate}, or {@code stack} when the inputs are stacked arrays
 */
public record Concatenate(String name, List<Node> inputs, int axis, DType dtype, ChunkGrid grid)
    implements Node {

  /** Copies the inputs. */
  public Concatenate {
    inputs = List.copyOf(inputs);
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Concatenate(name, inputs, axis, dtype, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b).clone();
      int chunk = position[axis];
      int which = 0;
      while (chunk >= inputs.get(which).grid().count(axis)) {
        chunk -= inputs.get(which).grid().count(axis);
        which++;
      }
      Node input = inputs.get(which);
      position[axis] = chunk;
      TaskKey key = lowering.keys(input).get(input.grid().block(position));
      if (input.dtype() != dtype) {
        DType type = dtype;
        key = lowering.task("astype", List.of(key),
            inputs -> Casting.astype((Dense) inputs[0], type), dtype);
      }
      keys.add(key);
    }
    return keys;
  }
}
