package dev.floe.array;

import dev.floe.core.DType;
import dev.floe.array.plan.BlockReshape;
import dev.floe.array.plan.ChunkGrid;
import dev.floe.array.plan.Concatenate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** numpy's {@code stack} and {@code concatenate}: blocks laid side by side, never copied. */
final class Joining {
  private Joining() {}

  static NdArray stack(List<NdArray> arrays, int axis) {
    if (arrays.isEmpty()) {
      throw new IllegalArgumentException("need at least one array to stack");
    }
    int[] shape = arrays.get(0).shape();
    int at = NdArray.normalizeAxis(axis, shape.length + 1);
    List<NdArray> expanded = new ArrayList<>();
    ChunkGrid first = arrays.get(0).node().grid();
    for (int i = 0; i < arrays.size(); i++) {
      NdArray array = arrays.get(i);
      if (!Arrays.equals(array.shape(), shape)) {
        throw new IllegalArgumentException("all input arrays must have the same shape: array 0 "
            + "has " + Arrays.toString(shape) + ", array " + i + " has "
            + Arrays.toString(array.shape()));
      }
      NdArray aligned = Unify.toGrid(array, first);
      int[][] chunks = new int[shape.length + 1][];
      for (int d = 0, k = 0; d <= shape.length; d++) {
        chunks[d] = d == at ? new int[] {1} : first.chunks(k++);
      }
      expanded.add(new NdArray(new BlockReshape(aligned.node(), new ChunkGrid(chunks))));
    }
    return join("stack", expanded, at);
  }

  static NdArray concatenate(List<NdArray> arrays, int axis) {
    return join("concatenate", arrays, axis);
  }

  private static NdArray join(String name, List<NdArray> arrays, int axis) {
    if (arrays.isEmpty()) {
      throw new IllegalArgumentException("need at least one array to concatenate");
    }
    NdArray first = arrays.get(0);
    int n = first.ndim();
    int at = NdArray.normalizeAxis(axis, n);
    DType dtype = first.dtype();
    List<dev.floe.array.plan.Node> nodes = new ArrayList<>();
    int[][] chunks = first.chunks();
    List<Integer> along = new ArrayList<>();
    for (int i = 0; i < arrays.size(); i++) {
      NdArray array = arrays.get(i);
      if (array.ndim() != n) {
        throw new IllegalArgumentException("all the input arrays must have same number of "
            + "dimensions: array 0 has " + n + ", array " + i + " has " + array.ndim());
      }
      int[][] target = first.chunks();
      for (int d = 0; d < n; d++) {
        if (d != at && array.shape()[d] != first.shape()[d]) {
          throw new IllegalArgumentException("all the input array dimensions except for the "
              + "concatenation axis must match exactly: dimension " + d + " is "
              + first.shape()[d] + " in array 0 and " + array.shape()[d] + " in array " + i);
        }
      }
      target[at] = array.node().grid().chunks(at);
      NdArray aligned = Unify.toGrid(array, new ChunkGrid(target));
      nodes.add(aligned.node());
      for (int length : target[at]) {
        along.add(length);
      }
      dtype = DType.promote(dtype, array.dtype());
    }
    chunks[at] = along.stream().mapToInt(Integer::intValue).toArray();
    return new NdArray(new Concatenate(name, nodes, at, dtype, new ChunkGrid(chunks)));
  }
}
