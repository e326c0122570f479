package dev.floe.array.plan;

import dev.floe.runtime.graph.TaskKey;
import java.util.List;

/** The same blocks as {@code input}, with chunk lengths now known (after they were computed). */
public record KnownChunks(Node input, ChunkGrid grid) implements OneInput {

  @Override
  public String name() {
    return input.name();
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new KnownChunks(inputs.get(0), grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    return lowering.keys(input);
  }
}
