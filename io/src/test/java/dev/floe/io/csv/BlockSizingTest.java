package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Blocks sized from the data and the cores, unless the user fixes the size. */
class BlockSizingTest {
  private static final long MIB = 1 << 20;

  @Test
  void aFiftyMegabyteFileKeepsTwoCoresBusy() {
    long block = CsvOptions.defaults().blockSizeFor(50 * MIB, 2);
    assertThat(block).isEqualTo(50 * MIB / 8);
    assertThat((50 * MIB + block - 1) / block).isEqualTo(8); // four blocks a core
  }

  @Test
  void smallDataIsNotCutIntoTinyBlocksNorLargeDataIntoMillions() {
    assertThat(CsvOptions.defaults().blockSizeFor(3 * MIB, 2))
        .isEqualTo(CsvOptions.MIN_AUTO_BLOCK_SIZE_BYTES);
    assertThat(CsvOptions.defaults().blockSizeFor(50L << 30, 2))
        .isEqualTo(CsvOptions.MAX_AUTO_BLOCK_SIZE_BYTES);
    assertThat(CsvOptions.defaults().blockSizeFor(10L << 30, 64)).isEqualTo(40 * MIB);
  }

  @Test
  void aSizeTheUserSetIsKept() {
    assertThat(CsvOptions.defaults().blockSizeBytes(1234).blockSizeFor(50 * MIB, 2))
        .isEqualTo(1234);
    assertThat(CsvOptions.defaults().blockSizeBytes()).isEqualTo(CsvOptions.AUTO_BLOCK_SIZE);
  }
}
