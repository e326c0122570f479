package dev.floe.io.hdf5;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a reader needs to know of a dataset before reading it.
 *
 * @param file the HDF5 file
 * @param name the dataset's path inside the file, e.g. {@code /t2m}
 * @param elementType the primitive type a slab is read as: {@code double.class}, {@code
 *     float.class}, {@code long.class} or {@code int.class} (smaller integers widen to int,
 *     unsigned 32-bit integers to long)
 * @param shape the dataset's dimensions
 * @param storageChunks the dataset's chunk shape on disk, or null when it is stored contiguously
 */
public record Hdf5Dataset(
    Path file, String name, Class<?> elementType, long[] shape, int[] storageChunks) {

  /** Copies the arrays, so the description cannot change under its holder. */
  public Hdf5Dataset {
    shape = shape.clone();
    storageChunks = storageChunks == null ? null : storageChunks.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public int[] storageChunks() {
    return storageChunks == null ? null : storageChunks.clone();
  }

  @Override
  public String toString() {
    return file + ":" + name + " " + elementType + Arrays.toString(shape);
  }
}
