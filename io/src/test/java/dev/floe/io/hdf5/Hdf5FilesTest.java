package dev.floe.io.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by h5py/libhdf5 (see make_fixtures.py) and by Floe itself. */
class Hdf5FilesTest {
  private static final Path FIXTURES = resource("hdf5/h5py-fixtures.h5");

  @TempDir Path temp;

  private static Path resource(String name) {
    try {
      return Path.of(Hdf5FilesTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void describesContiguousAndChunkedDatasets() {
    Hdf5Dataset contiguous = Hdf5Files.describe(FIXTURES, "/contiguous_f8");
    assertThat(contiguous.elementType()).isEqualTo(double.class);
    assertThat(contiguous.shape()).containsExactly(3, 4);
    assertThat(contiguous.storageChunks()).isNull();

    Hdf5Dataset chunked = Hdf5Files.describe(FIXTURES, "chunked_gzip_f4");
    assertThat(chunked.elementType()).isEqualTo(float.class);
    assertThat(chunked.shape()).containsExactly(10, 7);
    assertThat(chunked.storageChunks()).containsExactly(4, 3);
  }

  @Test
  void readsSlabsOfContiguousData() {
    double[] slab = (double[]) Hdf5Files.read(FIXTURES, "/contiguous_f8",
        new long[] {1, 1}, new int[] {2, 3});
    assertThat(slab).containsExactly(5, 6, 7, 9, 10, 11);
  }

  @Test
  void readsSlabsAcrossCompressedChunks() {
    float[] slab = (float[]) Hdf5Files.read(FIXTURES, "/chunked_gzip_f4",
        new long[] {3, 2}, new int[] {3, 4});
    float[] expected = new float[12];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        expected[r * 4 + c] = ((3 + r) * 7 + 2 + c) * 0.5f;
      }
    }
    assertThat(slab).containsExactly(expected);
  }

  @Test
  void readsIntegerTypesWithShuffleAndEveryByteOrder() {
    long[] wide = (long[]) Hdf5Files.read(FIXTURES, "/shuffle_i8", new long[] {0}, new int[] {100});
    assertThat(wide[0]).isEqualTo(-50L * 3_000_000_000L);
    assertThat(wide[99]).isEqualTo(49L * 3_000_000_000L);
    assertThat((double[]) Hdf5Files.read(FIXTURES, "/big_endian_f8", new long[] {0}, new int[] {5}))
        .containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat((int[]) Hdf5Files.read(FIXTURES, "/int16", new long[] {0}, new int[] {6}))
        .containsExactly(-3, -2, -1, 0, 1, 2);
    assertThat((int[]) Hdf5Files.read(FIXTURES, "/uint8", new long[] {0}, new int[] {4}))
        .containsExactly(0, 1, 200, 255);
    assertThat((long[]) Hdf5Files.read(FIXTURES, "/uint32", new long[] {0}, new int[] {2}))
        .containsExactly(0, 4_000_000_000L);
    assertThat((int[]) Hdf5Files.read(FIXTURES, "/grp/cube_i4", new long[] {1, 1, 1},
        new int[] {1, 2, 3})).containsExactly(17, 18, 19, 21, 22, 23);
  }

  @Test
  void errorsNameTheFileAndDataset() {
    assertThatThrownBy(() -> Hdf5Files.describe(FIXTURES, "/nope"))
        .isInstanceOf(Hdf5Exception.class)
        .hasMessageContaining("h5py-fixtures.h5 dataset /nope: no such dataset")
        .hasMessageContaining("/contiguous_f8");
    assertThatThrownBy(() -> Hdf5Files.describe(FIXTURES, "/names"))
        .hasMessageContaining("dataset /names: has element type");
    assertThatThrownBy(() -> Hdf5Files.describe(FIXTURES, "/grp"))
        .hasMessageContaining("is a group, not a dataset");
    assertThatThrownBy(() -> Hdf5Files.describe(FIXTURES, "/scalar"))
        .hasMessageContaining("is a scalar");
    assertThatThrownBy(() -> Hdf5Files.read(FIXTURES, "/contiguous_f8", new long[] {2, 0},
        new int[] {2, 4})).hasMessageContaining("outside the dataset's shape [3, 4]");
    Path truncated = resource("hdf5/truncated.h5");
    assertThatThrownBy(() -> Hdf5Files.read(truncated, "/contiguous_f8", new long[] {0, 0},
        new int[] {1, 1})).isInstanceOf(Hdf5Exception.class)
        .hasMessageContaining("truncated.h5");
    assertThatThrownBy(() -> Hdf5Files.describe(temp.resolve("missing.h5"), "/x"))
        .hasMessageContaining("missing.h5: no such file");
  }

  @Test
  void writesWholeFilesThatReadBack() {
    Path file = temp.resolve("out/written.h5");
    float[] data = new float[6 * 5];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 1.5f;
    }
    Hdf5Files.write(file, "/group/values", data, new int[] {6, 5}, new int[] {4, 2});
    Hdf5Dataset written = Hdf5Files.describe(file, "/group/values");
    assertThat(written.shape()).containsExactly(6, 5);
    assertThat(written.storageChunks()).containsExactly(4, 2);
    assertThat((float[]) Hdf5Files.read(file, "/group/values", new long[] {0, 0},
        new int[] {6, 5})).containsExactly(data);
    assertThat(temp.resolve("out").toFile().list()).containsExactly("written.h5");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path file = temp.resolve("keep.h5");
    Files.writeString(file, "old");
    assertThatThrownBy(() -> Hdf5Files.write(file, "/x", new double[5], new int[] {2, 3}, null))
        .isInstanceOf(Hdf5Exception.class).hasMessageContaining("keep.h5 dataset /x");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(temp.toFile().list()).containsExactly("keep.h5");
  }
}
