package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A numpy reduction as three steps: a {@link Partial} per block, a merge of two partials, and the
 * final value from the merged partial. Merging in a fixed tree order makes results independent of
 * thread count.
 *
 * <p>Sums accumulate in double (float inputs) or long (integer inputs) and means and variances in
 * double, whatever the input type — for float32 this is more accurate than numpy, which
 * accumulates float32 in float32. Variance merges count, mean and squared deviations (Chan et
 * al.), so it stays accurate where the sum of squares would cancel. NaN propagates through every
 * reduction, as in numpy; min, max, argmin and argmax of nothing are errors.
 *
 * @param kind which reduction
 * @param ddof delta degrees of freedom, for var and std: the divisor is {@code count - ddof}
 */
public record Reduction(Kind kind, int ddof) implements Serializable {

  /** The reductions. */
  public enum Kind { SUM, MEAN, VAR, STD, MIN, MAX, ARGMIN, ARGMAX, ANY, ALL }

  /** Rows are folded in pieces of this many elements, small enough to stay in L1 cache. */
  private static final int PIECE_ELEMENTS = 2048;

  /** numpy's name, used to name tasks. */
  public String name() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The dtype of the result for an input of dtype {@code input}. */
  public DType resultType(DType input) {
    switch (kind) {
      case SUM: return input.isFloating() ? input : DType.INT64;
      case MEAN:
      case VAR:
      case STD: return input == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
      case MIN:
      case MAX: return input;
      case ARGMIN:
      case ARGMAX: return DType.INT64;
      default: return DType.BOOL;
    }
  }

  private boolean usesLongs(DType input) {
    return !input.isFloating() && (kind == Kind.SUM || kind == Kind.MIN || kind == Kind.MAX);
  }

  private boolean isArg() {
    return kind == Kind.ARGMIN || kind == Kind.ARGMAX;
  }

  /**
   * The partial of one block.
   *
   * @param block the block
   * @param reduced which of the block's dimensions are reduced
   * @param offset the block's position in the whole array (for arg*)
   * @param arrayShape the whole array's shape (for arg*: indices are flat over the reduced axes)
   */
  public Partial partial(Dense block, boolean[] reduced, int[] offset, int[] arrayShape) {
    int[] shape = block.shape();
    if (shape.length == 0) {
      shape = new int[] {1};
      reduced = new boolean[] {true};
      offset = new int[] {0};
      arrayShape = new int[] {1};
    }
    Layout layout = new Layout(shape, reduced);
    int outSize = layout.outSize;
    if (isArg()) {
      return argPartial(block, layout, offset, arrayShape);
    }
    if (kind == Kind.ANY || kind == Kind.ALL) {
      boolean[] flags = new boolean[outSize];
      Arrays.fill(flags, kind == Kind.ALL);
      layout.forEachRow((start, length, out) -> {
        for (int j = 0; j < length; j++) {
          int o = layout.innerReduced ? out : out + j;
          flags[o] = kind == Kind.ANY ? flags[o] || block.getBoolean(start + j)
              : flags[o] && block.getBoolean(start + j);
        }
      });
      return new Partial(layout.outShape, layout.count, null, null, null, flags);
    }
    if (usesLongs(block.dtype())) {
      long[] longs = new long[outSize];
      if (kind != Kind.SUM) {
        Arrays.fill(longs, kind == Kind.MIN ? Long.MAX_VALUE : Long.MIN_VALUE);
      }
      long[] scratch = new long[Math.min(layout.inner, PIECE_ELEMENTS)];
      layout.forEachRow((start, length, out) -> {
        for (int j = 0; j < length; j++) {
          scratch[j] = block.getLong(start + j);
        }
        for (int j = 0; j < length; j++) {
          int o = layout.innerReduced ? out : out + j;
          longs[o] = kind == Kind.SUM ? longs[o] + scratch[j]
              : kind == Kind.MIN ? Math.min(longs[o], scratch[j]) : Math.max(longs[o], scratch[j]);
        }
      });
      return new Partial(layout.outShape, layout.count, null, null, longs, null);
    }
    double[] values = new double[outSize];
    if (kind == Kind.MIN || kind == Kind.MAX) {
      Arrays.fill(values, kind == Kind.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }
    RowSource rows = new RowSource(block, Math.min(layout.inner, PIECE_ELEMENTS));
    if (kind == Kind.VAR || kind == Kind.STD) {
      return varPartial(rows, layout, values);
    }
    layout.forEachRow((start, length, out) -> {
      double[] x = rows.row(start, length);
      int base = rows.base(start);
      if (layout.innerReduced) {
        values[out] = kind == Kind.MIN ? Math.min(values[out], Folds.min(x, base, length))
            : kind == Kind.MAX ? Math.max(values[out], Folds.max(x, base, length))
            : values[out] + Folds.sum(x, base, length);
      } else if (kind == Kind.MIN) {
        for (int j = 0; j < length; j++) {
          values[out + j] = Math.min(values[out + j], x[base + j]);
        }
      } else if (kind == Kind.MAX) {
        for (int j = 0; j < length; j++) {
          values[out + j] = Math.max(values[out + j], x[base + j]);
        }
      } else {
        for (int j = 0; j < length; j++) {
          values[out + j] += x[base + j];
        }
      }
    });
    return new Partial(layout.outShape, layout.count, values, null, null, null);
  }

  /** Count, mean and squared deviations, folded piece by piece (each piece two-pass, in cache). */
  private Partial varPartial(RowSource rows, Layout layout, double[] means) {
    double[] m2 = new double[layout.outSize];
    long[] counts = new long[layout.outSize];
    layout.forEachRow((start, length, out) -> {
      double[] x = rows.row(start, length);
      int base = rows.base(start);
      if (layout.innerReduced) {
        double mean = Folds.sum(x, base, length) / length;
        double squares = Folds.squaredDeviations(x, base, length, mean);
        merge(means, m2, counts, out, mean, squares, length);
      } else {
        for (int j = 0; j < length; j++) {
          merge(means, m2, counts, out + j, x[base + j], 0, 1);
        }
      }
    });
    return new Partial(layout.outShape, layout.count, means, m2, null, null);
  }

  /** Chan et al.'s merge of (count, mean, m2) of {@code n} elements into entry {@code o}. */
  private static void merge(double[] means, double[] m2, long[] counts, int o, double mean,
      double squares, long n) {
    long total = counts[o] + n;
    double delta = mean - means[o];
    means[o] += delta * n / total;
    m2[o] += squares + delta * delta * counts[o] * n / total;
    counts[o] = total;
  }

  private Partial argPartial(Dense block, Layout layout, int[] offset, int[] arrayShape) {
    double[] best = new double[layout.outSize];
    long[] index = new long[layout.outSize];
    Arrays.fill(index, -1);
    int[] shape = block.shape().length == 0 ? new int[] {1} : block.shape();
    int[] position = new int[shape.length];
    for (int i = 0; i < block.size(); i++) {
      int o = layout.outIndex(position);
      long global = 0;
      for (int d = 0; d < shape.length; d++) {
        if (layout.reduced[d]) {
          global = global * arrayShape[d] + offset[d] + position[d];
        }
      }
      double v = block.getDouble(i);
      if (index[o] < 0 || better(v, best[o])) {
        best[o] = v;
        index[o] = global;
      }
      for (int d = shape.length - 1; d >= 0 && ++position[d] == shape[d]; d--) {
        position[d] = 0;
      }
    }
    return new Partial(layout.outShape, layout.count, best, null, index, null);
  }

  /** Whether {@code v} replaces {@code current}; the first NaN wins, as in numpy. */
  private boolean better(double v, double current) {
    if (Double.isNaN(current)) {
      return false;
    }
    if (Double.isNaN(v)) {
      return true;
    }
    return kind == Kind.ARGMIN ? v < current : v > current;
  }

  /** Merges two partials of the same output block; {@code a} comes first in array order. */
  public Partial combine(Partial a, Partial b) {
    int n = a.size();
    if (isArg()) {
      double[] best = a.values().clone();
      long[] index = a.longs().clone();
      for (int i = 0; i < n; i++) {
        if (index[i] < 0 || b.longs()[i] >= 0 && better(b.values()[i], best[i])) {
          best[i] = b.values()[i];
          index[i] = b.longs()[i];
        }
      }
      return new Partial(a.shape(), a.count() + b.count(), best, null, index, null);
    }
    if (a.flags() != null) {
      boolean[] flags = new boolean[n];
      for (int i = 0; i < n; i++) {
        flags[i] = kind == Kind.ANY ? a.flags()[i] || b.flags()[i] : a.flags()[i] && b.flags()[i];
      }
      return new Partial(a.shape(), a.count() + b.count(), null, null, null, flags);
    }
    if (a.longs() != null) {
      long[] longs = new long[n];
      for (int i = 0; i < n; i++) {
        long x = a.longs()[i];
        long y = b.longs()[i];
        longs[i] = kind == Kind.SUM ? x + y : kind == Kind.MIN ? Math.min(x, y) : Math.max(x, y);
      }
      return new Partial(a.shape(), a.count() + b.count(), null, null, longs, null);
    }
    double[] values = new double[n];
    if (a.m2() != null) {
      double[] m2 = new double[n];
      long na = a.count();
      long nb = b.count();
      long total = na + nb;
      for (int i = 0; i < n; i++) {
        if (total == 0) {
          continue;
        }
        double delta = b.values()[i] - a.values()[i];
        values[i] = a.values()[i] + delta * nb / total;
        m2[i] = a.m2()[i] + b.m2()[i] + delta * delta * na * nb / total;
      }
      return new Partial(a.shape(), total, values, m2, null, null);
    }
    for (int i = 0; i < n; i++) {
      double x = a.values()[i];
      double y = b.values()[i];
      values[i] = kind == Kind.MIN ? Math.min(x, y) : kind == Kind.MAX ? Math.max(x, y) : x + y;
    }
    return new Partial(a.shape(), a.count() + b.count(), values, null, null, null);
  }

  /** The result block from the merged partial of every input block. */
  public Dense finish(Partial partial, DType input) {
    DType type = resultType(input);
    int[] shape = partial.shape();
    long count = partial.count();
    if (count == 0 && (kind == Kind.MIN || kind == Kind.MAX || isArg())) {
      throw new IllegalArgumentException("zero-size array to reduction operation " + name()
          + " which has no identity");
    }
    switch (kind) {
      case ANY:
      case ALL:
        return Dense.of(partial.flags(), shape);
      case ARGMIN:
      case ARGMAX:
        return Dense.of(partial.longs(), shape);
      default:
        break;
    }
    if (partial.longs() != null) {
      return Buffers.fromLongs(partial.longs(), type, shape);
    }
    double[] values = partial.values().clone();
    if (kind == Kind.MEAN) {
      for (int i = 0; i < values.length; i++) {
        values[i] /= count;
      }
    } else if (kind == Kind.VAR || kind == Kind.STD) {
      double divisor = Math.max(count - ddof, 0);
      for (int i = 0; i < values.length; i++) {
        double var = partial.m2()[i] / divisor;
        values[i] = kind == Kind.STD ? Math.sqrt(var) : var;
      }
    }
    return Buffers.fromDoubles(values, type, shape);
  }

  /** A block's rows as doubles: its own array for float64, else converted one row at a time. */
  private static final class RowSource {
    private final Dense block;
    private final double[] own;
    private final double[] scratch;

    RowSource(Dense block, int inner) {
      this.block = block;
      this.own = block.data() instanceof double[] d ? d : null;
      this.scratch = own == null ? new double[inner] : null;
    }

    double[] row(int start, int length) {
      if (own != null) {
        return own;
      }
      Object data = block.data();
      if (data instanceof float[] floats) {
        for (int j = 0; j < length; j++) {
          scratch[j] = floats[start + j];
        }
      } else {
        for (int j = 0; j < length; j++) {
          scratch[j] = block.getDouble(start + j);
        }
      }
      return scratch;
    }

    int base(int start) {
      return own != null ? start : 0;
    }
  }

  /**
   * How a block's elements map to output elements: the block is walked as rows along its last
   * dimension, each row either folding into one output element (last dimension reduced) or
   * adding elementwise into a run of them.
   */
  private static final class Layout {
    final int[] shape;
    final boolean[] reduced;
    final int[] outShape;
    final int outSize;
    final int[] outStrides;
    final int inner;
    final boolean innerReduced;
    final long count;

    Layout(int[] shape, boolean[] reduced) {
      this.shape = shape;
      this.reduced = reduced;
      int kept = 0;
      long reducedCount = 1;
      for (int d = 0; d < shape.length; d++) {
        if (reduced[d]) {
          reducedCount *= shape[d];
        } else {
          kept++;
        }
      }
      outShape = new int[kept];
      outStrides = new int[shape.length];
      int stride = 1;
      int k = kept;
      for (int d = shape.length - 1; d >= 0; d--) {
        if (!reduced[d]) {
          outShape[--k] = shape[d];
          outStrides[d] = stride;
          stride *= shape[d];
        }
      }
      outSize = stride;
      inner = shape[shape.length - 1];
      innerReduced = reduced[shape.length - 1];
      count = reducedCount;
    }

    int outIndex(int[] position) {
      int o = 0;
      for (int d = 0; d < position.length; d++) {
        o += position[d] * outStrides[d];
      }
      return o;
    }

    /**
     * Calls {@code visitor} for each piece of each row (at most {@link #PIECE_ELEMENTS} long):
     * its flat start, length and first output position.
     */
    void forEachRow(RowVisitor visitor) {
      if (inner == 0) {
        return;
      }
      int rows = 1;
      for (int d = 0; d < shape.length - 1; d++) {
        rows *= shape[d];
      }
      int[] position = new int[shape.length];
      int out = 0;
      for (int r = 0; r < rows; r++) {
        for (int p = 0; p < inner; p += PIECE_ELEMENTS) {
          visitor.visit(r * inner + p, Math.min(PIECE_ELEMENTS, inner - p),
              innerReduced ? out : out + p);
        }
        for (int d = shape.length - 2; d >= 0; d--) {
          position[d]++;
          out += outStrides[d];
          if (position[d] < shape[d]) {
            break;
          }
          out -= outStrides[d] * position[d];
          position[d] = 0;
        }
      }
    }
  }

  @FunctionalInterface
  private interface RowVisitor {
    void visit(int start, int length, int out);
  }
}
