package dev.floe.array.plan;

import dev.floe.array.Dense;
import dev.floe.array.kernel.Blocks;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy basic indexing: per input dimension a range with a step (or an integer, which drops the
 * dimension). Each output block comes from exactly one input block, so only the input blocks the
 * selection touches are ever computed.
 */
public record SliceNode(Node input, List<Selection> selections, ChunkGrid grid)
    implements OneInput {

  /**
   * What one input dimension contributes: for each output chunk along it, the input chunk it
   * comes from and where in that chunk (start, count); all with the same step.
   *
   * @param drop true for an integer index: one element, and the dimension disappears
   */
  public record Selection(int step, int[] inputChunk, int[] start, int[] count, boolean drop) {

    /**
     * The selection of {@code count} elements from {@code first} in steps of {@code step} along
     * a dimension chunked as {@code chunks} (lengths); output chunks follow the input's.
     */
    public static Selection of(int[] chunks, int first, int step, int count, boolean drop) {
      List<int[]> parts = new ArrayList<>();
      int offset = 0;
      for (int c = 0; c < chunks.length; c++) {
        int end = offset + chunks[c];
        long lo;
        long hi;
        if (step > 0) {
          lo = Math.max(0, Math.floorDiv(offset - first + step - 1, step));
          hi = Math.min(count - 1L, Math.floorDiv(end - 1 - first, step));
        } else {
          int s = -step;
          lo = Math.max(0, Math.floorDiv(first - (end - 1) + s - 1, s));
          hi = Math.min(count - 1L, Math.floorDiv(first - offset, s));
        }
        if (lo <= hi) {
          parts.add(new int[] {(int) lo, c, first + (int) lo * step - offset, (int) (hi - lo + 1)});
        }
        offset = end;
      }
      parts.sort((x, y) -> Integer.compare(x[0], y[0]));
      if (parts.isEmpty()) {
        parts.add(new int[] {0, 0, 0, 0});
      }
      int n = parts.size();
      int[] inputChunk = new int[n];
      int[] start = new int[n];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        inputChunk[i] = parts.get(i)[1];
        start[i] = parts.get(i)[2];
        counts[i] = parts.get(i)[3];
      }
      return new Selection(step, inputChunk, start, counts, drop);
    }
  }

  /** The output grid of {@code selections}: the non-dropped dimensions' output chunks. */
  public static ChunkGrid gridOf(List<Selection> selections) {
    return new ChunkGrid(selections.stream().filter(s -> !s.drop())
        .map(Selection::count).toArray(int[][]::new));
  }

  @Override
  public String name() {
    return "getitem";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new SliceNode(inputs.get(0), selections, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> blocks = lowering.keys(input);
    ChunkGrid in = input.grid();
    List<TaskKey> keys = new ArrayList<>();
    int n = selections.size();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] inputPosition = new int[n];
      int[] start = new int[n];
      int[] step = new int[n];
      int[] count = new int[n];
      for (int d = 0, k = 0; d < n; d++) {
        Selection selection = selections.get(d);
        int chunk = selection.drop() ? 0 : position[k++];
        inputPosition[d] = selection.inputChunk()[chunk];
        start[d] = selection.start()[chunk];
        step[d] = selection.step();
        count[d] = selection.count()[chunk];
      }
      int[] outShape = grid.blockShape(position);
      TaskKey source = blocks.get(in.block(inputPosition));
      keys.add(lowering.task(name(), List.of(source), inputs -> {
        Dense part = Blocks.extract((Dense) inputs[0], start, step, count);
        return Dense.of(part.data(), outShape);
      }, start, step, count, outShape));
    }
    return keys;
  }
}
