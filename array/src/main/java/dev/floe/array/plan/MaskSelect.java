package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Boolean-mask indexing, {@code x[mask]}: a 1-D array with one chunk per input block, whose
 * lengths are unknown until computed.
 */
public record MaskSelect(Node input, Node mask, ChunkGrid grid) implements Node {

  @Override
  public DType dtype() {
    return input.dtype();
  }

  @Override
  public List<Node> inputs() {
    return List.of(input, mask);
  }

  @Override
  public String name() {
    return "getitem-mask";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new MaskSelect(inputs.get(0), inputs.get(1), grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> values = lowering.keys(input);
    List<TaskKey> masks = lowering.keys(mask);
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < values.size(); b++) {
      keys.add(lowering.task(name(), List.of(values.get(b), masks.get(b)),
          inputs -> Blocks.select((Dense) inputs[0], (Dense) inputs[1])));
    }
    return keys;
  }
}
