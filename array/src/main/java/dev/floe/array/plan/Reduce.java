package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Partial;
import dev.floe.array.kernel.Reduction;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reduction over some axes: a partial per input block, a merge tree per output block over the
 * input blocks that meet it (in C order), and a final step making the output block.
 *
 * @param axes which input dimensions are reduced
 */
public record Reduce(Reduction reduction, boolean[] axes, Node input, DType dtype,
    ChunkGrid grid) implements Node {

  @Override
  public List<Node> inputs() {
    return List.of(input);
  }

  @Override
  public String name() {
    return reduction.name();
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Reduce(reduction, axes, inputs.get(0), dtype, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    ChunkGrid in = input.grid();
    List<TaskKey> blocks = lowering.keys(input);
    int[] arrayShape = in.shape();
    Map<Integer, List<TaskKey>> partials = new LinkedHashMap<>();
    String partialName = reduction.name() + "-partial";
    for (int b = 0; b < in.blocks(); b++) {
      int[] position = in.position(b);
      int[] offset = in.known() ? in.blockOffset(position) : new int[position.length];
      Reduction how = reduction;
      boolean[] reduced = axes;
      TaskKey partial = lowering.task(partialName, List.of(blocks.get(b)),
          inputs -> how.partial((Dense) inputs[0], reduced, offset, arrayShape),
          reduction, axes, offset, arrayShape);
      partials.computeIfAbsent(grid.block(kept(position)), k -> new ArrayList<>()).add(partial);
    }
    List<TaskKey> keys = new ArrayList<>();
    DType inputType = input.dtype();
    for (int o = 0; o < grid.blocks(); o++) {
      Reduction how = reduction;
      TaskKey merged = lowering.tree(partials.get(o), reduction.name() + "-combine",
          (left, right) -> how.combine((Partial) left, (Partial) right), reduction);
      keys.add(lowering.task(reduction.name(), List.of(merged),
          inputs -> how.finish((Partial) inputs[0], inputType), reduction, inputType));
    }
    return keys;
  }

  private int[] kept(int[] position) {
    int[] out = new int[grid.ndim()];
    for (int d = 0, k = 0; d < position.length; d++) {
      if (!axes[d]) {
        out[k++] = position[d];
      }
    }
    return out;
  }
}
