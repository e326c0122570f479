package dev.floe.array;

import dev.floe.array.plan.ChunkGrid;
import dev.floe.array.plan.SliceNode;
import java.util.ArrayList;
import java.util.List;

/** numpy basic indexing of an NdArray (the optimizer pushes slices down: {@code PushSlices}). */
final class Slicing {
  private Slicing() {}

  static NdArray slice(NdArray array, Index... given) {
    ChunkGrid grid = array.node().grid();
    if (!grid.known()) {
      throw Unify.unknownChunks("slicing");
    }
    List<Index> indices = expand(given, array.ndim());
    int[] shape = array.shape();
    List<SliceNode.Selection> selections = new ArrayList<>();
    for (int d = 0; d < shape.length; d++) {
      Index index = indices.get(d);
      if (index.isSingle()) {
        int at = index.position(shape[d], d);
        selections.add(SliceNode.Selection.of(grid.chunks(d), at, 1, 1, true));
      } else {
        int[] firstAndCount = index.firstAndCount(shape[d]);
        selections.add(SliceNode.Selection.of(grid.chunks(d), firstAndCount[0], index.step(),
            firstAndCount[1], false));
      }
    }
    return new NdArray(new SliceNode(array.node(), selections, SliceNode.gridOf(selections)));
  }

  private static List<Index> expand(Index[] given, int ndim) {
    List<Index> indices = new ArrayList<>();
    int explicit = 0;
    int ellipses = 0;
    for (Index index : given) {
      if (index.isEllipsis()) {
        ellipses++;
      } else {
        explicit++;
      }
    }
    if (ellipses > 1) {
      throw new IllegalArgumentException("an index can only have a single ellipsis ('...')");
    }
    if (explicit > ndim) {
      throw new IllegalArgumentException("too many indices for array: array is " + ndim
          + "-dimensional, but " + explicit + " were indexed");
    }
    for (Index index : given) {
      if (index.isEllipsis()) {
        for (int i = 0; i < ndim - explicit; i++) {
          indices.add(Index.all());
        }
      } else {
        indices.add(index);
      }
    }
    while (indices.size() < ndim) {
      indices.add(Index.all());
    }
    return indices;
  }
}
