package dev.floe.array.plan;

import dev.floe.planner.optimize.Rule;
import java.util.List;

/**
 * Slice push-down: a slice of a generated array is a generator of the selected elements, so only
 * they are ever generated; a slice of an elementwise operation whose inputs share its chunks is
 * the operation over slices of its inputs, which push further down in turn (so {@code (a + b)[:10]}
 * generates ten elements of each).
 */
final class PushSlices implements Rule<Node> {
  @Override
  public List<Node> apply(List<Node> roots) {
    return ArrayDag.rewrite(roots, PushSlices::push);
  }

  static Node push(Node node) {
    if (!(node instanceof SliceNode slice)) {
      return node;
    }
    if (slice.input() instanceof Generated generated
        && slice.selections().stream().noneMatch(SliceNode.Selection::drop)) {
      return compose(generated, slice);
    }
    if (slice.input() instanceof Elementwise elementwise
        && elementwise.inputs().stream().allMatch(in -> in.grid().equals(elementwise.grid()))) {
      List<Node> inputs = elementwise.inputs().stream()
          .map(in -> push(new SliceNode(in, slice.selections(), slice.grid()))).toList();
      return new Elementwise(elementwise.expr(), inputs, elementwise.dtype(), slice.grid());
    }
    return node;
  }

  /** The generator of the elements {@code slice} selects from {@code source}. */
  private static Generated compose(Generated source, SliceNode slice) {
    int n = source.baseShape().length;
    int[] start = new int[n];
    int[] step = new int[n];
    for (int d = 0; d < n; d++) {
      SliceNode.Selection selection = slice.selections().get(d);
      int first = offset(source.grid().chunks(d), selection.inputChunk()[0])
          + selection.start()[0];
      start[d] = source.start()[d] + first * source.step()[d];
      step[d] = source.step()[d] * selection.step();
    }
    return new Generated(source.generator(), source.dtype(), source.baseShape(), start, step,
        slice.grid());
  }

  private static int offset(int[] chunks, int chunk) {
    int offset = 0;
    for (int c = 0; c < chunk; c++) {
      offset += chunks[c];
    }
    return offset;
  }
}
