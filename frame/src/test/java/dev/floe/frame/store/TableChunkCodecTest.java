package dev.floe.frame.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table chunks through the spill and transfer codec give back equal chunks. */
class TableChunkCodecTest {
  private static Chunk roundTrip(Chunk chunk) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableChunkCodec codec = new TableChunkCodec();
    assertThat(codec.accepts(chunk)).isTrue();
    codec.write(chunk, bytes);
    return (Chunk) codec.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static void assertSame(Chunk back, Chunk chunk) {
    assertThat(back.names()).isEqualTo(chunk.names());
    assertThat(back.rows()).isEqualTo(chunk.rows());
    for (int c = 0; c < chunk.columns().size(); c++) {
      ColumnData expected = chunk.columns().get(c);
      ColumnData actual = back.columns().get(c);
      assertThat(actual.type()).isEqualTo(expected.type());
      for (int row = 0; row < chunk.rows(); row++) {
        assertThat(actual.format(row)).as("%s row %d", chunk.names().get(c), row)
            .isEqualTo(expected.format(row));
      }
    }
  }

  @Test
  void everyColumnTypeWithMissingValuesRoundTrips() throws IOException {
    BitSet second = new BitSet();
    second.set(1);
    Chunk chunk = new Chunk(List.of("i", "d", "b", "s", "day", "at"), List.of(
        new ColumnData.Longs(new long[] {Long.MIN_VALUE + 1, 0, Long.MAX_VALUE}, 3, second),
        new ColumnData.Doubles(new double[] {-0.0, Double.NaN, 1e300}, 3, second),
        new ColumnData.Booleans(new boolean[] {true, false, true}, 3, second),
        new ColumnData.Strings(new int[] {1, -1, 0}, 3, new String[] {"Zürich 🚀", "", "unused"}),
        new ColumnData.Dates(new int[] {-1, 0, 20_000}, 3, second),
        new ColumnData.DateTimes(new long[] {-1, 0, 1_700_000_000_123_456L}, 3, second)), 3);
    Chunk back = roundTrip(chunk);
    assertSame(back, chunk);
    ColumnData.Strings strings = (ColumnData.Strings) back.column("s");
    assertThat(strings.codes()).as("codes keep their dictionary order").containsExactly(1, -1, 0);
    assertThat(strings.dictionary()).containsExactly("Zürich 🚀", "", "unused");
    assertThat(((ColumnData.Doubles) back.column("d")).values()[0]).isEqualTo(-0.0);
    assertThat(back.column("i").missing()).isEqualTo(second);
  }

  @Test
  void emptyAndAllMissingChunksRoundTrip() throws IOException {
    Chunk empty = new Chunk(List.of("x", "s"), List.of(
        new ColumnData.Doubles(new double[0], 0, null),
        new ColumnData.Strings(new int[0], 0, new String[0])), 0);
    assertSame(roundTrip(empty), empty);
    BitSet all = new BitSet();
    all.set(0, 2);
    Chunk missing = new Chunk(List.of("x", "s"), List.of(
        new ColumnData.Doubles(new double[2], 2, all),
        new ColumnData.Strings(new int[] {-1, -1}, 2, new String[0])), 2);
    assertSame(roundTrip(missing), missing);
  }

  @Test
  void largeColumnsCrossSliceBoundsAndRepeatedTextsStayMarked() throws IOException {
    int rows = 300_001;
    long[] longs = new long[rows + 5]; // arrays may be longer than the column
    double[] doubles = new double[rows];
    int[] codes = new int[rows];
    BitSet missing = new BitSet();
    for (int i = 0; i < rows; i++) {
      longs[i] = i * 7_919L - 1_000_000;
      doubles[i] = i / 3.0;
      codes[i] = i % 5 == 0 ? -1 : i % 3;
      if (i % 1_000 == 0) {
        missing.set(i);
      }
    }
    Chunk chunk = new Chunk(List.of("l", "d", "s"), List.of(
        new ColumnData.Longs(longs, rows, missing),
        new ColumnData.Doubles(doubles, rows, null),
        new ColumnData.Strings(codes, rows, new String[] {"a", "b", "a"}, false)), rows);
    Chunk back = roundTrip(chunk);
    assertThat(((ColumnData.Longs) back.column("l")).values()).startsWith(
        java.util.Arrays.copyOf(longs, rows));
    assertThat(((ColumnData.Doubles) back.column("d")).values()).isEqualTo(doubles);
    assertThat(back.column("l").missing()).isEqualTo(missing);
    ColumnData.Strings text = (ColumnData.Strings) back.column("s");
    assertThat(text.distinct()).isFalse();
    assertThat(text.codes()).isEqualTo(codes);
  }
}
