package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An array already in memory, cut into blocks.
 *
 * @param value the whole array
 * @param token a content hash of {@code value}, computed once, so task keys do not rehash it
 */
public record MemorySource(Dense value, String token, ChunkGrid grid) implements Source {

  /** A source over {@code value}, hashing its content once. */
  public static MemorySource of(Dense value, ChunkGrid grid) {
    String token = TaskKey.of("array", value.data(), value.shape()).hash();
    return new MemorySource(value, token, grid);
  }

  @Override
  public DType dtype() {
    return value.dtype();
  }


  @Override
  public String name() {
    return "array";
  }


  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> keys = new ArrayList<>();
    Dense whole = value;
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] start = grid.blockOffset(position);
      int[] shape = grid.blockShape(position);
      int[] step = new int[shape.length];
      Arrays.fill(step, 1);
      keys.add(lowering.task(name(), List.of(),
          inputs -> Blocks.extract(whole, start, step, shape), token, start, shape));
    }
    return keys;
  }
}
