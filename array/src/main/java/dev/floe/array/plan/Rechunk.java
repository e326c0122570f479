package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * New chunk boundaries for the same array: each output block is assembled from the input blocks
 * it overlaps. An output block that is exactly an input block reuses it (no task).
 */
public record Rechunk(Node input, ChunkGrid grid) implements OneInput {

  @Override
  public String name() {
    return "rechunk";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Rechunk(inputs.get(0), grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    ChunkGrid in = input.grid();
    List<TaskKey> blocks = lowering.keys(input);
    List<TaskKey> keys = new ArrayList<>();
    int n = grid.ndim();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] offset = grid.blockOffset(position);
      int[] shape = grid.blockShape(position);
      // per dimension: the overlapping input chunks
      List<List<int[]>> overlaps = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        List<int[]> along = new ArrayList<>();
        for (int c = 0; c < in.count(d); c++) {
          int from = Math.max(offset[d], in.offset(d, c));
          int to = Math.min(offset[d] + shape[d], in.offset(d, c) + in.length(d, c));
          if (from < to || shape[d] == 0 && c == 0) {
            // chunk, where in the input chunk, where in the output block, how many
            along.add(new int[] {c, from - in.offset(d, c), from - offset[d], to - from});
          }
        }
        overlaps.add(along);
      }
      List<int[]> inputPositions = new ArrayList<>();
      List<int[][]> placements = new ArrayList<>();
      collect(overlaps, 0, new int[n][], inputPositions, placements);
      if (placements.size() == 1 && Arrays.equals(in.blockShape(inputPositions.get(0)), shape)) {
        keys.add(blocks.get(in.block(inputPositions.get(0))));
        continue;
      }
      List<TaskKey> dependencies = new ArrayList<>();
      for (int[] inputPosition : inputPositions) {
        dependencies.add(blocks.get(in.block(inputPosition)));
      }
      DType type = input.dtype();
      List<int[][]> where = placements;
      keys.add(lowering.task(name(), dependencies, inputs -> {
        List<Blocks.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
          int[][] p = where.get(i);
          pieces.add(new Blocks.Piece((Dense) inputs[i], p[0], p[1], p[2]));
        }
        return Blocks.assemble(type, shape, pieces);
      }, placements, shape));
    }
    return keys;
  }

  private static void collect(List<List<int[]>> overlaps, int d, int[][] chosen,
      List<int[]> positions, List<int[][]> placements) {
    if (d == overlaps.size()) {
      int n = chosen.length;
      int[] position = new int[n];
      int[][] placement = new int[3][n];
      for (int k = 0; k < n; k++) {
        position[k] = chosen[k][0];
        placement[0][k] = chosen[k][1];
        placement[1][k] = chosen[k][2];
        placement[2][k] = chosen[k][3];
      }
      positions.add(position);
      placements.add(placement);
      return;
    }
    for (int[] overlap : overlaps.get(d)) {
      chosen[d] = overlap;
      collect(overlaps, d + 1, chosen, positions, placements);
    }
  }
}
