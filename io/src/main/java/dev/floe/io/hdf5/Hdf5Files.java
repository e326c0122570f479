package dev.floe.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads slabs of HDF5 datasets and writes whole datasets.
 *
 * <p>Every call opens the file and closes it before returning, so calls are independent and may
 * run on any thread at once. Errors are {@link Hdf5Exception}s naming the file and dataset.
 */
public final class Hdf5Files {
  private Hdf5Files() {}

  /** Describes {@code dataset} in {@code file}: its element type, shape and storage chunks. */
  public static Hdf5Dataset describe(Path file, String dataset) {
    return withFile(file, dataset, hdf -> describe(file, dataset, find(hdf, file, dataset)));
  }

  /**
   * Reads the hyperslab at {@code offset} with {@code shape} (both in elements, one per
   * dimension) as a flat C-order array of the dataset's {@link Hdf5Dataset#elementType()}.
   */
  public static Object read(Path file, String dataset, long[] offset, int[] shape) {
    return withFile(file, dataset, hdf -> {
      Dataset node = find(hdf, file, dataset);
      Hdf5Dataset description = describe(file, dataset, node);
      checkSlab(description, offset, shape);
      long count = 1;
      for (int length : shape) {
        count *= length;
      }
      if (count == 0) {
        return java.lang.reflect.Array.newInstance(description.elementType(), 0);
      }
      ByteBuffer bytes = ((DatasetBase) node).getSliceDataBuffer(offset.clone(), shape.clone());
      return decode(bytes, node.getDataType(), Math.toIntExact(count));
    });
  }

  /**
   * Runs {@code body} on the open file and closes it. jhdf reads metadata lazily, so a damaged
   * file can fail anywhere in the body: every failure becomes an error naming file and dataset.
   */
  private static <T> T withFile(Path file, String dataset, Function<HdfFile, T> body) {
    try (HdfFile hdf = open(file)) {
      return body.apply(hdf);
    } catch (Hdf5Exception e) {
      throw e;
    } catch (RuntimeException e) {
      throw new Hdf5Exception(file, dataset, "cannot read (is the file damaged?): "
          + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code data} (a flat C-order {@code double[]}, {@code float[]}, {@code long[]} or
   * {@code int[]}) as dataset {@code dataset} of a new file {@code file} with the given shape,
   * replacing any file there. Stored in chunks of {@code storageChunks} when not null, else
   * contiguously. The file appears whole or not at all.
   */
  public static void write(Path file, String dataset, Object data, int[] shape,
      int[] storageChunks) {
    Path target = file.toAbsolutePath();
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle
        .current().pid() + "-" + Thread.currentThread().getId());
    try {
      Files.createDirectories(target.getParent());
      Object nested = Nested.of(data, shape);
      try (WritableHdfFile hdf = HdfFile.write(temporary)) {
        WritableGroup group = groupFor(hdf, dataset);
        String leaf = dataset.substring(dataset.lastIndexOf('/') + 1);
        if (storageChunks == null) {
          group.putDataset(leaf, nested);
        } else {
          group.putDataset(leaf, nested,
              DatasetCreationOptions.builder().chunkDimensions(storageChunks).build());
        }
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new Hdf5Exception(file, dataset, "cannot write: " + e.getMessage(), e);
    }
  }

  private static WritableGroup groupFor(WritableHdfFile hdf, String dataset) {
    WritableGroup group = hdf;
    String[] parts = dataset.replaceAll("^/+", "").split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      group = group.putGroup(parts[i]);
    }
    return group;
  }

  private static HdfFile open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new Hdf5Exception(file, null, "no such file", null);
    }
    try {
      return new HdfFile(file);
    } catch (RuntimeException e) {
      throw new Hdf5Exception(file, null, "not a readable HDF5 file: " + e.getMessage(), e);
    }
  }

  private static Dataset find(HdfFile hdf, Path file, String dataset) {
    Node node;
    try {
      node = hdf.getByPath(dataset);
    } catch (RuntimeException e) {
      throw new Hdf5Exception(file, dataset, "no such dataset (the file has "
          + names(hdf) + ")", e);
    }
    if (!(node instanceof Dataset found)) {
      throw new Hdf5Exception(file, dataset, "is a group, not a dataset", null);
    }
    return found;
  }

  private static String names(Group group) {
    StringBuilder out = new StringBuilder();
    for (Node child : group) {
      out.append(out.length() == 0 ? "" : ", ").append(child.getPath());
    }
    return out.length() == 0 ? "nothing" : out.toString();
  }

  private static Hdf5Dataset describe(Path file, String name, Dataset dataset) {
    if (dataset.isScalar() || dataset.isEmpty() && dataset.getDimensions().length == 0) {
      throw new Hdf5Exception(file, name, "is a scalar; only arrays can be read", null);
    }
    Class<?> type = elementType(file, name, dataset.getDataType());
    int[] chunks = dataset instanceof ChunkedDataset chunked ? chunked.getChunkDimensions() : null;
    if (chunks != null && chunks.length > dataset.getDimensions().length) {
      chunks = Arrays.copyOf(chunks, dataset.getDimensions().length);
    }
    return new Hdf5Dataset(file, name, type, dataset.getDimensionsAsLong(), chunks);
  }

  private static Class<?> elementType(Path file, String name, DataType type) {
    if (type instanceof FloatingPoint) {
      switch (type.getSize()) {
        case 8: return double.class;
        case 4: return float.class;
        default: break;
      }
    } else if (type instanceof FixedPoint fixed) {
      switch (type.getSize()) {
        case 8:
          if (fixed.isSigned()) {
            return long.class;
          }
          break;
        case 4: return fixed.isSigned() ? int.class : long.class;
        case 2:
        case 1: return int.class;
        default: break;
      }
    }
    throw new Hdf5Exception(file, name, "has element type " + describeType(type)
        + "; readable types are 32/64-bit floats and 8-64-bit integers (unsigned up to 32-bit)",
        null);
  }

  private static String describeType(DataType type) {
    String kind = type instanceof FixedPoint fixed
        ? (fixed.isSigned() ? "int" : "uint") + type.getSize() * 8
        : type instanceof FloatingPoint ? "float" + type.getSize() * 8
        : type.getClass().getSimpleName();
    return kind;
  }

  private static void checkSlab(Hdf5Dataset dataset, long[] offset, int[] shape) {
    long[] dims = dataset.shape();
    boolean inside = offset.length == dims.length && shape.length == dims.length;
    for (int d = 0; inside && d < dims.length; d++) {
      inside = offset[d] >= 0 && shape[d] >= 0 && offset[d] + shape[d] <= dims[d];
    }
    if (!inside) {
      throw new Hdf5Exception(dataset.file(), dataset.name(), "slab at " + Arrays.toString(offset)
          + " of shape " + Arrays.toString(shape) + " is outside the dataset's shape "
          + Arrays.toString(dims), null);
    }
  }

  private static Object decode(ByteBuffer raw, DataType type, int count) {
    ByteOrder order = type instanceof FloatingPoint f ? f.getByteOrder()
        : ((FixedPoint) type).getByteOrder();
    ByteBuffer bytes = raw.duplicate().order(order);
    if (type instanceof FloatingPoint) {
      if (type.getSize() == 8) {
        double[] out = new double[count];
        bytes.asDoubleBuffer().get(out);
        return out;
      }
      float[] out = new float[count];
      bytes.asFloatBuffer().get(out);
      return out;
    }
    boolean signed = ((FixedPoint) type).isSigned();
    switch (type.getSize()) {
      case 8: {
        long[] out = new long[count];
        bytes.asLongBuffer().get(out);
        return out;
      }
      case 4: {
        int[] ints = new int[count];
        bytes.asIntBuffer().get(ints);
        if (signed) {
          return ints;
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
          out[i] = Integer.toUnsignedLong(ints[i]);
        }
        return out;
      }
      case 2: {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
          short value = bytes.getShort();
          out[i] = signed ? value : Short.toUnsignedInt(value);
        }
        return out;
      }
      default: {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
          byte value = bytes.get();
          out[i] = signed ? value : Byte.toUnsignedInt(value);
        }
        return out;
      }
    }
  }
}
