package dev.floe.array;

import dev.floe.core.DType;
import dev.floe.runtime.store.Bytes;
import dev.floe.array.kernel.BlockExpr;
import dev.floe.array.kernel.ElementwiseOp;
import dev.floe.array.kernel.Generator;
import dev.floe.array.kernel.Reduction;
import dev.floe.array.plan.BlockReshape;
import dev.floe.array.plan.ChunkGrid;
import dev.floe.array.plan.Concatenate;
import dev.floe.array.plan.Elementwise;
import dev.floe.array.plan.Generated;
import dev.floe.array.plan.Hdf5Source;
import dev.floe.array.plan.KnownChunks;
import dev.floe.array.plan.MapBlocks;
import dev.floe.array.plan.MaskSelect;
import dev.floe.array.plan.Matmul;
import dev.floe.array.plan.MemorySource;
import dev.floe.array.plan.Node;
import dev.floe.array.plan.Rechunk;
import dev.floe.array.plan.Reduce;
import dev.floe.array.plan.SliceNode;
import dev.floe.array.plan.Transpose;
import dev.floe.io.hdf5.Hdf5Dataset;
import dev.floe.io.hdf5.Hdf5Files;
import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.lazy.Planner;
import dev.floe.array.plan.ArrayPlanner;
import dev.floe.array.plan.PersistedBlocks;
import dev.floe.runtime.display.GraphPicture;
import dev.floe.runtime.display.HtmlDisplayable;
import dev.floe.core.function.Fn1;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lazy, chunked n-dimensional array with numpy's vocabulary: Dask's {@code dask.array} for
 * the JVM.
 *
 * <p>An NdArray is a plan: every method returns a new NdArray and nothing runs until {@link
 * #compute()} (or {@link #toHdf5}). The array is cut into blocks on a regular grid ({@link
 * #chunks()}); computing runs one task per block and operation, elementwise chains fused into
 * one task per block, reductions as fixed-order trees (so results are the same bits on any number
 * of threads). Results follow numpy's semantics: broadcasting, result dtypes, negative and
 * stepped slicing, NaN propagation.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class NdArray implements HtmlDisplayable, Lazy<Dense> {
  private final Node node;
  private volatile int taskCount = -1;

  NdArray(Node node) {
    this.node = node;
  }

  // ---------------------------------------------------------------------------------- creation

  /** A shape, for readable calls: {@code zeros(shape(1000, 1000), Chunking.of(100, 100))}. */
  public static int[] shape(int... dims) {
    return dims.clone();
  }

  /** A dataset of an HDF5 file, chunked automatically (following the file's own chunks). */
  public static NdArray fromHdf5(Path file, String dataset) {
    return fromHdf5(file, dataset, Chunking.auto());
  }

  /** A dataset of an HDF5 file in chunks of {@code chunks[d]} along dimension {@code d}. */
  public static NdArray fromHdf5(Path file, String dataset, int... chunks) {
    return fromHdf5(file, dataset, Chunking.of(chunks));
  }

  /**
   * A dataset of an HDF5 file, read lazily: each task reads only its own block. The file is
   * opened now to learn the dataset's shape and type; a missing file or dataset, or one of an
   * unreadable type, is an {@link dev.floe.io.hdf5.Hdf5Exception} naming both.
   */
  public static NdArray fromHdf5(Path file, String dataset, Chunking chunking) {
    Hdf5Dataset description = Hdf5Files.describe(file, dataset);
    long[] dims = description.shape();
    int[] shape = new int[dims.length];
    for (int d = 0; d < dims.length; d++) {
      shape[d] = Math.toIntExact(dims[d]);
    }
    DType dtype = DType.of(description.elementType());
    ChunkGrid grid = new ChunkGrid(chunking.resolve(shape, dtype.itemSize(),
        description.storageChunks()));
    try {
      return new NdArray(new Hdf5Source(file.toAbsolutePath().toString(), dataset,
          Files.size(file), Files.getLastModifiedTime(file).toMillis(), dtype, grid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An array in memory, chunked; the data is not copied and must not change afterwards. */
  public static NdArray fromArray(Dense value, Chunking chunking) {
    ChunkGrid grid = new ChunkGrid(chunking.resolve(value.shape(), value.dtype().itemSize(),
        null));
    return new NdArray(MemorySource.of(value, grid));
  }

  /** A 2-D array from rows of equal length (copied). */
  public static NdArray fromArray(double[][] rows, Chunking chunking) {
    int columns = rows.length == 0 ? 0 : rows[0].length;
    double[] data = new double[rows.length * columns];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != columns) {
        throw new IllegalArgumentException("row " + r + " has " + rows[r].length
            + " elements, row 0 has " + columns);
      }
      System.arraycopy(rows[r], 0, data, r * columns, columns);
    }
    return fromArray(Dense.of(data, rows.length, columns), chunking);
  }

  /** An array of zeros (float64). */
  public static NdArray zeros(int[] shape, Chunking chunking) {
    return full(0, shape, DType.FLOAT64, chunking);
  }

  /** An array of ones (float64). */
  public static NdArray ones(int[] shape, Chunking chunking) {
    return full(1, shape, DType.FLOAT64, chunking);
  }

  /** An array of {@code dtype} filled with {@code value}. */
  public static NdArray full(double value, int[] shape, DType dtype, Chunking chunking) {
    dtype.requireArrayType("full");
    return generate(new Generator(Generator.Kind.FULL, value, 0, 0), dtype, shape, chunking);
  }

  /** numpy's {@code arange(start, stop, step)}: float64 values {@code start + i * step}. */
  public static NdArray arange(double start, double stop, double step, Chunking chunking) {
    if (step == 0) {
      throw new IllegalArgumentException("arange step cannot be zero");
    }
    int count = (int) Math.max(0, Math.ceil((stop - start) / step));
    return generate(new Generator(Generator.Kind.ARANGE, start, step, 0), DType.FLOAT64,
        new int[] {count}, chunking);
  }

  /** numpy's {@code arange(n)}: int64 values 0, 1, ..., n - 1. */
  public static NdArray arange(int n, Chunking chunking) {
    return generate(new Generator(Generator.Kind.ARANGE, 0, 1, 0), DType.INT64,
        new int[] {n}, chunking);
  }

  /** numpy's {@code linspace(start, stop, num)}: {@code num} evenly spaced values, both ends in. */
  public static NdArray linspace(double start, double stop, int num, Chunking chunking) {
    if (num < 0) {
      throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
    }
    return generate(new Generator(Generator.Kind.LINSPACE, start, stop, num), DType.FLOAT64,
        new int[] {num}, chunking);
  }

  /** Seeded random arrays. */
  public static RandomState random(long seed) {
    return new RandomState(seed);
  }

  static NdArray generate(Generator generator, DType dtype, int[] shape, Chunking chunking) {
    for (int dim : shape) {
      if (dim < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed: "
            + Arrays.toString(shape));
      }
    }
    ChunkGrid grid = new ChunkGrid(chunking.resolve(shape, dtype.itemSize(), null));
    return new NdArray(Generated.of(generator, dtype, shape.clone(), grid));
  }

  // -------------------------------------------------------------------------------- properties

  /** The length of each dimension (-1 where unknown, after boolean-mask indexing). */
  public int[] shape() {
    return node.grid().shape();
  }

  /** The number of dimensions. */
  public int ndim() {
    return node.grid().ndim();
  }

  /** The element type. */
  public DType dtype() {
    return node.dtype();
  }

  /** The number of elements (-1 if unknown). */
  public long size() {
    long size = 1;
    for (int dim : shape()) {
      if (dim < 0) {
        return -1;
      }
      size *= dim;
    }
    return size;
  }

  /** The bytes the elements take (-1 if unknown). */
  public long nbytes() {
    long size = size();
    return size < 0 ? -1 : size * dtype().itemSize();
  }

  /** The chunk lengths of every dimension, as Dask's {@code chunks} (-1 where unknown). */
  public int[][] chunks() {
    return node.grid().chunks();
  }

  /** The largest chunk length of each dimension, as Dask's {@code chunksize}. */
  public int[] chunkSize() {
    return node.grid().maxChunk();
  }

  /** The number of blocks. */
  public int numBlocks() {
    return node.grid().blocks();
  }

  // ------------------------------------------------------------------------------- elementwise

  /** {@code this + other}, broadcasting. */
  public NdArray add(NdArray other) {
    return apply(ElementwiseOp.ADD, this, other);
  }

  /** {@code this + value}; an integer value keeps an integer array's dtype, as numpy. */
  public NdArray add(Number value) {
    return applyScalar(ElementwiseOp.ADD, value, false);
  }

  /** {@code this - other}, broadcasting. */
  public NdArray subtract(NdArray other) {
    return apply(ElementwiseOp.SUBTRACT, this, other);
  }

  /** {@code this - value}. */
  public NdArray subtract(Number value) {
    return applyScalar(ElementwiseOp.SUBTRACT, value, false);
  }

  /** {@code this * other}, broadcasting. */
  public NdArray multiply(NdArray other) {
    return apply(ElementwiseOp.MULTIPLY, this, other);
  }

  /** {@code this * value}. */
  public NdArray multiply(Number value) {
    return applyScalar(ElementwiseOp.MULTIPLY, value, false);
  }

  /** {@code this / other} (true division: integers give float64), broadcasting. */
  public NdArray divide(NdArray other) {
    return apply(ElementwiseOp.DIVIDE, this, other);
  }

  /** {@code this / value}. */
  public NdArray divide(Number value) {
    return applyScalar(ElementwiseOp.DIVIDE, value, false);
  }

  /** {@code this ** other}, broadcasting. */
  public NdArray pow(NdArray other) {
    return apply(ElementwiseOp.POWER, this, other);
  }

  /** {@code this ** value}. */
  public NdArray pow(Number value) {
    return applyScalar(ElementwiseOp.POWER, value, false);
  }

  /** numpy's {@code maximum}: the larger element (NaN if either is NaN). */
  public NdArray maximum(NdArray other) {
    return apply(ElementwiseOp.MAXIMUM, this, other);
  }

  /** numpy's {@code minimum}: the smaller element (NaN if either is NaN). */
  public NdArray minimum(NdArray other) {
    return apply(ElementwiseOp.MINIMUM, this, other);
  }

  /** numpy's {@code clip}: values below {@code low} become {@code low}, above {@code high} high. */
  public NdArray clip(Number low, Number high) {
    return applyScalar(ElementwiseOp.MAXIMUM, low, false)
        .applyScalar(ElementwiseOp.MINIMUM, high, false);
  }

  /** {@code -this}. */
  public NdArray negate() {
    return apply(ElementwiseOp.NEGATIVE, this);
  }

  /** The absolute value. */
  public NdArray abs() {
    return apply(ElementwiseOp.ABS, this);
  }

  /** The square root (float; integers give float64). */
  public NdArray sqrt() {
    return apply(ElementwiseOp.SQRT, this);
  }

  /** e to the power of each element. */
  public NdArray exp() {
    return apply(ElementwiseOp.EXP, this);
  }

  /** The natural logarithm. */
  public NdArray log() {
    return apply(ElementwiseOp.LOG, this);
  }

  /** The sine. */
  public NdArray sin() {
    return apply(ElementwiseOp.SIN, this);
  }

  /** The cosine. */
  public NdArray cos() {
    return apply(ElementwiseOp.COS, this);
  }

  /** {@code this == other} as bool. */
  public NdArray eq(NdArray other) {
    return apply(ElementwiseOp.EQUAL, this, other);
  }

  /** {@code this == value} as bool. */
  public NdArray eq(Number value) {
    return applyScalar(ElementwiseOp.EQUAL, value, false);
  }

  /** {@code this != other} as bool. */
  public NdArray ne(NdArray other) {
    return apply(ElementwiseOp.NOT_EQUAL, this, other);
  }

  /** {@code this != value} as bool. */
  public NdArray ne(Number value) {
    return applyScalar(ElementwiseOp.NOT_EQUAL, value, false);
  }

  /** {@code this < other} as bool. */
  public NdArray lt(NdArray other) {
    return apply(ElementwiseOp.LESS, this, other);
  }

  /** {@code this < value} as bool. */
  public NdArray lt(Number value) {
    return applyScalar(ElementwiseOp.LESS, value, false);
  }

  /** {@code this <= other} as bool. */
  public NdArray le(NdArray other) {
    return apply(ElementwiseOp.LESS_EQUAL, this, other);
  }

  /** {@code this <= value} as bool. */
  public NdArray le(Number value) {
    return applyScalar(ElementwiseOp.LESS_EQUAL, value, false);
  }

  /** {@code this > other} as bool. */
  public NdArray gt(NdArray other) {
    return apply(ElementwiseOp.GREATER, this, other);
  }

  /** {@code this > value} as bool. */
  public NdArray gt(Number value) {
    return applyScalar(ElementwiseOp.GREATER, value, false);
  }

  /** {@code this >= other} as bool. */
  public NdArray ge(NdArray other) {
    return apply(ElementwiseOp.GREATER_EQUAL, this, other);
  }

  /** {@code this >= value} as bool. */
  public NdArray ge(Number value) {
    return applyScalar(ElementwiseOp.GREATER_EQUAL, value, false);
  }

  /** Logical and (non-zero is true). */
  public NdArray and(NdArray other) {
    return apply(ElementwiseOp.AND, this, other);
  }

  /** Logical or (non-zero is true). */
  public NdArray or(NdArray other) {
    return apply(ElementwiseOp.OR, this, other);
  }

  /** Logical not (non-zero is true). */
  public NdArray not() {
    return apply(ElementwiseOp.NOT, this);
  }

  /** numpy's {@code where(condition, a, b)}: {@code a} where the condition holds, else {@code b}. */
  public static NdArray where(NdArray condition, NdArray a, NdArray b) {
    return apply(ElementwiseOp.WHERE, condition, a, b);
  }

  /** numpy's {@code where(condition, a, b)} with scalar branches. */
  public static NdArray where(NdArray condition, Number a, Number b) {
    DType type = DType.promote(scalarType(DType.BOOL, a), scalarType(DType.BOOL, b));
    ChunkGrid grid = condition.node.grid();
    BlockExpr expr = new BlockExpr.Apply(ElementwiseOp.WHERE, List.of(new BlockExpr.Input(0),
        constant(a, type), constant(b, type)));
    return new NdArray(new Elementwise(expr, List.of(condition.node), type, grid));
  }

  /** The elements converted to {@code type} (floats to integers truncate toward zero). */
  public NdArray astype(DType type) {
    type.requireArrayType("astype");
    if (type == dtype()) {
      return this;
    }
    BlockExpr expr = new BlockExpr.Cast(type, new BlockExpr.Input(0));
    return new NdArray(new Elementwise(expr, List.of(node), type, node.grid()));
  }

  private static DType scalarType(DType array, Number value) {
    boolean floating = value instanceof Double || value instanceof Float;
    return DType.promoteScalar(array, floating);
  }

  private static BlockExpr constant(Number value, DType type) {
    return new BlockExpr.Constant(Dense.scalar(value.doubleValue(), type));
  }

  private NdArray applyScalar(ElementwiseOp op, Number value, boolean scalarFirst) {
    DType constantType = scalarType(dtype(), value);
    List<BlockExpr> args = scalarFirst
        ? List.of(constant(value, constantType), new BlockExpr.Input(0))
        : List.of(new BlockExpr.Input(0), constant(value, constantType));
    DType result = op.resultType(scalarFirst ? constantType : dtype(),
        scalarFirst ? dtype() : constantType);
    return new NdArray(new Elementwise(new BlockExpr.Apply(op, args), List.of(node), result,
        node.grid()));
  }

  private static NdArray apply(ElementwiseOp op, NdArray... operands) {
    int[][] shapes = new int[operands.length][];
    DType[] types = new DType[operands.length];
    for (int i = 0; i < operands.length; i++) {
      shapes[i] = operands[i].shape();
      types[i] = operands[i].dtype();
    }
    DType result = op.resultType(types);
    ChunkGrid grid = Unify.broadcastGrid(op.numpyName(), operands);
    List<Node> inputs = new ArrayList<>();
    List<BlockExpr> args = new ArrayList<>();
    for (int i = 0; i < operands.length; i++) {
      inputs.add(Unify.toGrid(operands[i], grid).node);
      args.add(new BlockExpr.Input(i));
    }
    return new NdArray(new Elementwise(new BlockExpr.Apply(op, args), inputs, result, grid));
  }

  // -------------------------------------------------------------------------------- reductions

  /** The sum over {@code axes} (all axes when none are given); integers sum to int64. */
  public NdArray sum(int... axes) {
    return reduce(Reduction.Kind.SUM, 0, axes);
  }

  /** The mean over {@code axes} (all when none given); float32 stays float32, others float64. */
  public NdArray mean(int... axes) {
    return reduce(Reduction.Kind.MEAN, 0, axes);
  }

  /** The minimum over {@code axes} (all when none given); NaN if any element is NaN. */
  public NdArray min(int... axes) {
    return reduce(Reduction.Kind.MIN, 0, axes);
  }

  /** The maximum over {@code axes} (all when none given); NaN if any element is NaN. */
  public NdArray max(int... axes) {
    return reduce(Reduction.Kind.MAX, 0, axes);
  }

  /** The variance over {@code axes} (all when none given), dividing by the count (ddof 0). */
  public NdArray var(int... axes) {
    return reduce(Reduction.Kind.VAR, 0, axes);
  }

  /** The variance over {@code axes} (all when empty), dividing by {@code count - ddof}. */
  public NdArray var(int ddof, int[] axes) {
    return reduce(Reduction.Kind.VAR, ddof, axes);
  }

  /** The standard deviation over {@code axes} (all when none given), ddof 0. */
  public NdArray std(int... axes) {
    return reduce(Reduction.Kind.STD, 0, axes);
  }

  /** The standard deviation over {@code axes} (all when empty), dividing by count - ddof. */
  public NdArray std(int ddof, int[] axes) {
    return reduce(Reduction.Kind.STD, ddof, axes);
  }

  /** The flat index of the smallest element (the first one on ties; the first NaN if any). */
  public NdArray argmin() {
    return reduce(Reduction.Kind.ARGMIN, 0, new int[0]);
  }

  /** The index along {@code axis} of the smallest element. */
  public NdArray argmin(int axis) {
    return reduce(Reduction.Kind.ARGMIN, 0, new int[] {axis});
  }

  /** The flat index of the largest element (the first one on ties; the first NaN if any). */
  public NdArray argmax() {
    return reduce(Reduction.Kind.ARGMAX, 0, new int[0]);
  }

  /** The index along {@code axis} of the largest element. */
  public NdArray argmax(int axis) {
    return reduce(Reduction.Kind.ARGMAX, 0, new int[] {axis});
  }

  /** Whether any element over {@code axes} (all when none given) is non-zero. */
  public NdArray any(int... axes) {
    return reduce(Reduction.Kind.ANY, 0, axes);
  }

  /** Whether every element over {@code axes} (all when none given) is non-zero. */
  public NdArray all(int... axes) {
    return reduce(Reduction.Kind.ALL, 0, axes);
  }

  private NdArray reduce(Reduction.Kind kind, int ddof, int[] axes) {
    int n = ndim();
    boolean[] reduced = new boolean[n];
    if (axes.length == 0) {
      Arrays.fill(reduced, true);
    }
    for (int axis : axes) {
      int a = normalizeAxis(axis, n);
      if (reduced[a]) {
        throw new IllegalArgumentException("duplicate value in 'axis'");
      }
      reduced[a] = true;
    }
    Reduction reduction = new Reduction(kind, ddof);
    boolean arg = kind == Reduction.Kind.ARGMIN || kind == Reduction.Kind.ARGMAX;
    if (arg && !node.grid().known()) {
      throw Unify.unknownChunks(reduction.name());
    }
    ChunkGrid grid = node.grid().drop(reduced);
    return new NdArray(new Reduce(reduction, reduced, node, reduction.resultType(dtype()), grid));
  }

  static int normalizeAxis(int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
      throw new IllegalArgumentException("axis " + axis + " is out of bounds for array of "
          + "dimension " + ndim);
    }
    return axis < 0 ? axis + ndim : axis;
  }

  // ---------------------------------------------------------------------------------- indexing

  /** numpy basic indexing in numpy's syntax: {@code x.get("::2, 5000:")} is {@code x[::2, 5000:]}. */
  public NdArray get(String index) {
    return get(Index.parse(index).toArray(new Index[0]));
  }

  /** numpy basic indexing: ranges with steps, integers (dropping their dimension), {@code ...}. */
  public NdArray get(Index... indices) {
    return Slicing.slice(this, indices);
  }

  /** {@code x[i]}: the sub-array at position {@code i} of the first dimension. */
  public NdArray index(int i) {
    return get(Index.at(i));
  }

  /**
   * Boolean-mask indexing, {@code x[mask]}: the elements where {@code mask} (of this array's
   * shape) is true, in C order, as a 1-D array whose chunk lengths are unknown until computed.
   * Dimensions after the first are made whole chunks first, so blocks follow C order.
   */
  public NdArray get(NdArray mask) {
    if (!Arrays.equals(mask.shape(), shape())) {
      throw new IllegalArgumentException("boolean index did not match indexed array: shape "
          + Arrays.toString(mask.shape()) + " against " + Arrays.toString(shape()));
    }
    // numpy returns the selected elements in C order; blocks are in C order only when every
    // dimension but the first is whole, so rechunk to that first
    int[][] rows = chunks();
    for (int d = 1; d < rows.length; d++) {
      rows[d] = new int[] {shape()[d]};
    }
    ChunkGrid grid = new ChunkGrid(rows);
    NdArray values = Unify.toGrid(this, grid);
    NdArray aligned = Unify.toGrid(mask, grid);
    return new NdArray(new MaskSelect(values.node, aligned.node,
        ChunkGrid.unknown1d(grid.blocks())));
  }

  /** The array with its chunk lengths computed (after boolean-mask indexing). */
  public NdArray computeChunkSizes() {
    if (node.grid().known()) {
      return this;
    }
    Lowered blocks = ArrayPlanner.blocks(node);
    var computed = Schedulers.defaultScheduler().compute(blocks.graph(), blocks.keys());
    int[] lengths = new int[blocks.keys().size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = ((Dense) computed.get(blocks.keys().get(i))).size();
    }
    return new NdArray(new KnownChunks(node, new ChunkGrid(new int[][] {lengths})));
  }

  /** The array with its dimensions reversed (numpy's {@code .T}). */
  public NdArray transpose() {
    int[] axes = new int[ndim()];
    for (int d = 0; d < axes.length; d++) {
      axes[d] = axes.length - 1 - d;
    }
    return transpose(axes);
  }

  /** numpy's {@code transpose(axes)}: dimension {@code d} of the result is {@code axes[d]}. */
  public NdArray transpose(int... axes) {
    int n = ndim();
    if (axes.length != n) {
      throw new IllegalArgumentException("axes don't match array: " + axes.length
          + " axes for " + n + " dimensions");
    }
    int[] order = new int[n];
    boolean[] seen = new boolean[n];
    int[][] chunks = new int[n][];
    for (int d = 0; d < n; d++) {
      order[d] = normalizeAxis(axes[d], n);
      if (seen[order[d]]) {
        throw new IllegalArgumentException("repeated axis in transpose");
      }
      seen[order[d]] = true;
      chunks[d] = node.grid().chunks(order[d]);
    }
    return new NdArray(new Transpose(node, order, new ChunkGrid(chunks)));
  }

  /** numpy's {@code reshape}; one dimension may be -1 (inferred). See {@link Reshaping}. */
  public NdArray reshape(int... newShape) {
    return Reshaping.reshape(this, newShape);
  }

  /** The same array in new chunks. */
  public NdArray rechunk(Chunking chunking) {
    int[] shape = shape();
    if (!node.grid().known()) {
      throw Unify.unknownChunks("rechunk");
    }
    ChunkGrid grid = new ChunkGrid(chunking.resolve(shape, dtype().itemSize(), null));
    return grid.equals(node.grid()) ? this : new NdArray(new Rechunk(node, grid));
  }

  /** The same array in chunks of {@code chunks[d]} along dimension {@code d} (-1: whole). */
  public NdArray rechunk(int... chunks) {
    return rechunk(Chunking.of(chunks));
  }

  /** numpy's {@code stack}: equal-shaped arrays joined along a new dimension {@code axis}. */
  public static NdArray stack(List<NdArray> arrays, int axis) {
    return Joining.stack(arrays, axis);
  }

  /** numpy's {@code concatenate}: arrays joined along an existing dimension {@code axis}. */
  public static NdArray concatenate(List<NdArray> arrays, int axis) {
    return Joining.concatenate(arrays, axis);
  }

  // ------------------------------------------------------------------------------ linear algebra

  /**
   * The matrix product of 2-D arrays, block by block (EJML matrices; a native BLAS multiplies
   * when the machine has one) with a tree sum over the inner dimension's blocks.
   */
  public NdArray matmul(NdArray other) {
    if (ndim() != 2 || other.ndim() != 2) {
      throw new IllegalArgumentException("matmul takes 2-D arrays; got shapes "
          + Arrays.toString(shape()) + " and " + Arrays.toString(other.shape()));
    }
    if (shape()[1] != other.shape()[0]) {
      throw new IllegalArgumentException("matmul: Input operand 1 has a mismatch in its core "
          + "dimension 0 (size " + other.shape()[0] + " is different from " + shape()[1] + ")");
    }
    int[][] rightChunks = other.chunks();
    rightChunks[0] = node.grid().chunks(1);
    NdArray right = Unify.toGrid(other, new ChunkGrid(rightChunks));
    DType type = DType.promote(dtype(), other.dtype());
    ChunkGrid grid = new ChunkGrid(new int[][] {node.grid().chunks(0), rightChunks[1]});
    return new NdArray(new Matmul(node, right.node, type == DType.BOOL ? DType.INT64 : type,
        grid));
  }

  /** The same as {@link #matmul} for 2-D arrays (numpy's {@code dot}). */
  public NdArray dot(NdArray other) {
    return matmul(other);
  }

  // ------------------------------------------------------------------------------ escape hatch

  /** Applies {@code function} to every block; each result must keep the block's shape and dtype. */
  public NdArray mapBlocks(Fn1<Dense, Dense> function) {
    return mapBlocks(function, dtype());
  }

  /** Applies {@code function} to every block; results keep the block's shape and have {@code dtype}. */
  public NdArray mapBlocks(Fn1<Dense, Dense> function, DType dtype) {
    dtype.requireArrayType("mapBlocks");
    return new NdArray(new MapBlocks(function, node, dtype, node.grid()));
  }

  // --------------------------------------------------------------------------------- execution

  /** The plan (for the array package's helpers and tests). */
  Node node() {
    return node;
  }

  /** Arrays are planned by the {@link ArrayPlanner}. */
  @Override
  public Planner planner() {
    return ArrayPlanner.INSTANCE;
  }

  /**
   * The plan of the whole array as one dense result; the array must fit in one Java array (2^31
   * elements).
   */
  @Override
  public Object plan() {
    if (size() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("this array has " + size() + " elements, more than one "
          + "Java array holds; reduce or slice it before computing it whole: " + this);
    }
    return node;
  }

  /**
   * The computation of the whole array as one dense result, as a delayed value to pass to {@link
   * Delayed#call}; the array must fit in one Java array (2^31 elements).
   */
  public Delayed<Dense> toDelayed() {
    Lowered lowered = ArrayPlanner.INSTANCE.lower(List.of(plan()));
    return Delayed.of(lowered.graph(), lowered.keys().get(0));
  }

  /**
   * Computes every block now and keeps them in the default scheduler's memory (spilled to disk
   * under pressure); the array returned reads them instead of recomputing, until {@link
   * #release()}.
   */
  public NdArray persist() {
    Lowered blocks = ArrayPlanner.blocks(node);
    Schedulers.defaultScheduler().persist(blocks.graph(), blocks.keys());
    return new NdArray(new PersistedBlocks(blocks, node.dtype(), node.grid()));
  }

  /** Frees the blocks {@link #persist()} kept; later computations recompute them. */
  public void release() {
    if (node instanceof PersistedBlocks kept) {
      Schedulers.defaultScheduler().unpersist(kept.keys());
    }
  }

  /**
   * Computes the array and writes it as {@code dataset} of a new HDF5 file, replacing any file
   * there; chunked on disk as the array is. The file appears whole or not at all. Bool arrays are
   * stored as int32.
   */
  public void toHdf5(Path file, String dataset) {
    Dense value = compute();
    if (value.dtype() == DType.BOOL) {
      value = dev.floe.array.kernel.Casting.astype(value, DType.INT32);
    }
    int[] storage = chunkSize();
    boolean chunked = value.size() > 0 && value.ndim() > 0
        && Arrays.stream(storage).allMatch(c -> c > 0);
    Hdf5Files.write(file, dataset, value.data(), value.shape(), chunked ? storage : null);
  }

  /** Draws the task graph (SVG, PNG or PDF by the file's extension) with Graphviz. */
  public void visualize(Path file) {
    visualize().save(file);
  }

  /** The task graph as a picture: inline SVG in a notebook (needs Graphviz's {@code dot}). */
  @Override
  public GraphPicture visualize() {
    return Lazy.super.visualize();
  }

  /** The number of tasks computing the array's blocks (as Dask counts them). */
  public int taskCount() {
    int count = taskCount;
    if (count < 0) {
      count = ArrayPlanner.blocks(node).graph().size();
      taskCount = count;
    }
    return count;
  }

  /**
   * Dask's repr: {@code NdArray<normal, shape=(20000, 20000), dtype=float64,
   * chunksize=(1000, 1000), chunks=400, tasks=400, bytes=2.98 GiB>}.
   */
  /**
   * The array as a notebook shows it: whole array against one chunk (bytes, shape, count, dtype)
   * beside a picture of the chunk grid.
   */
  @Override
  public String toHtml() {
    return ArrayHtml.render(this);
  }

  @Override
  public String toString() {
    boolean known = node.grid().known();
    return "NdArray<" + node.name() + ", shape=" + Dense.shapeText(shape()) + ", dtype="
        + dtype() + ", chunksize=" + Dense.shapeText(chunkSize()) + ", chunks=" + numBlocks()
        + ", tasks=" + taskCount() + ", bytes=" + (known ? Bytes.format(nbytes()) : "unknown")
        + (known ? "" : "; chunk sizes unknown until computed (computeChunkSizes())") + ">";
  }
}
