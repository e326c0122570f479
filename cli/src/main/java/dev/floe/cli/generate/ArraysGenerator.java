package dev.floe.cli.generate;

import dev.floe.array.Chunking;
import dev.floe.core.DType;
import dev.floe.array.NdArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the tutorial's array data with Floe itself: {@code random.hdf5} (dataset {@code /x},
 * float32 normal noise in stored chunks of a million) and {@code weather/NN.hdf5} for each day
 * (dataset {@code /t2m}, float32 air temperature in kelvin: a latitude profile, a wave along
 * longitude that drifts day by day, and noise; stored in four chunks).
 */
public final class ArraysGenerator {
  /** Elements of /x in the full-size data set: 256 Mi float32, 1 GiB. */
  public static final int RANDOM_ELEMENTS = 1 << 28;
  /** Stored chunk length of /x, as h5py users commonly write it. */
  public static final int RANDOM_STORAGE_CHUNK = 1_000_000;

  private ArraysGenerator() {}

  /**
   * Writes the data set under {@code out}; returns the files written.
   *
   * @param elements the length of /x
   * @param days the number of weather files
   * @param rows the latitude points of each weather grid (columns are twice as many)
   */
  public static List<Path> generate(Path out, int elements, int days, int rows) {
    List<Path> written = new ArrayList<>();
    Path random = out.resolve("random.hdf5");
    NdArray.random(2026).normal(0, 1, NdArray.shape(elements),
            Chunking.of(Math.min(elements, RANDOM_STORAGE_CHUNK)))
        .astype(DType.FLOAT32).toHdf5(random, "/x");
    written.add(random);
    int columns = 2 * rows;
    Chunking whole = Chunking.of(-1);
    NdArray latitude = NdArray.linspace(-89.875, 89.875, rows, whole).reshape(rows, 1);
    NdArray longitude = NdArray.linspace(0, 359.875, columns, whole);
    NdArray profile = latitude.multiply(Math.PI / 180).cos().multiply(45).add(243);
    Chunking storage = Chunking.of((rows + 1) / 2, columns / 2);
    for (int day = 1; day <= days; day++) {
      NdArray wave = longitude.multiply(Math.PI / 90).add(day * 0.2).sin().multiply(6);
      NdArray noise = NdArray.random(day).normal(0, 1.5, NdArray.shape(rows, columns), storage);
      Path file = out.resolve(String.format(Locale.ROOT, "weather/%02d.hdf5", day));
      profile.add(wave).add(noise).astype(DType.FLOAT32).toHdf5(file, "/t2m");
      written.add(file);
    }
    return written;
  }
}
