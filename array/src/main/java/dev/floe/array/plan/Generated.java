package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.kernel.Generator;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * An array made by a {@link Generator}, possibly a strided view of a larger generated array:
 * element {@code i} along dimension {@code d} is element {@code start[d] + i * step[d]} of the
 * array of {@code baseShape}. Slicing a generated array makes a new Generated node, so only the
 * selected elements are ever generated.
 */
public record Generated(Generator generator, DType dtype, int[] baseShape, int[] start,
    int[] step, ChunkGrid grid) implements Source {

  /** The whole generated array of {@code shape}, chunked by {@code grid}. */
  public static Generated of(Generator generator, DType dtype, int[] shape, ChunkGrid grid) {
    int[] start = new int[shape.length];
    int[] step = new int[shape.length];
    java.util.Arrays.fill(step, 1);
    return new Generated(generator, dtype, shape, start, step, grid);
  }


  @Override
  public String name() {
    return generator.name();
  }


  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] offset = grid.blockOffset(position);
      int[] count = grid.blockShape(position);
      int[] first = new int[count.length];
      for (int d = 0; d < count.length; d++) {
        first[d] = start[d] + offset[d] * step[d];
      }
      Generator formula = generator;
      DType type = dtype;
      int[] shape = baseShape;
      int[] stride = step;
      keys.add(lowering.task(name(), List.of(),
          inputs -> formula.block(type, shape, first, stride, count),
          generator, dtype, baseShape, first, step, count));
    }
    return keys;
  }
}
