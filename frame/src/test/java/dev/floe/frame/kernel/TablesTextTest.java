package dev.floe.frame.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.DType;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Text columns handed to Tablesaw from Floe's dictionaries behave as Tablesaw's own. */
class TablesTextTest {
  @Test
  void dictionaryCodesBecomeATablesawColumnThatStaysUsable() {
    ColumnData.Strings first = new ColumnData.Strings(new int[] {2, -1, 0, 2}, 4,
        new String[] {"b", "unused", "a", ""});
    ColumnData.Strings second = ColumnData.Strings.of(new String[] {"", "c", "a"});
    Table table = Tables.toTable("t", List.of("s"), List.of(DType.STRING),
        List.of(new Chunk(List.of("s"), List.of(first), 4),
            new Chunk(List.of("s"), List.of(second), 3)));
    StringColumn column = table.stringColumn("s");
    assertThat(column.asList()).containsExactly("a", "", "b", "a", "", "c", "a");
    assertThat(column.isMissing(1)).isTrue();
    assertThat(column.isMissing(4)).isTrue(); // an empty text is Tablesaw's missing value
    assertThat(column.countMissing()).isEqualTo(2);
    assertThat(column.unique().asList()).containsExactlyInAnyOrder("a", "b", "c", "");
    assertThat(column.countOccurrences("a")).isEqualTo(3);
    column.append("d");
    column.append("a");
    column.appendMissing();
    assertThat(column.asList().subList(7, 10)).containsExactly("d", "a", "");
    assertThat(column.countOccurrences("a")).isEqualTo(4);
    assertThat(column.isMissing(9)).isTrue();
    assertThat(column.countUnique()).isEqualTo(5);
    assertThat(table.where(column.isEqualTo("a")).rowCount()).isEqualTo(4);
    // replacing the only "b" removes its key; new texts beyond the handed-over keys
    column.set(2, "e");
    assertThat(column.unique().asList()).containsExactlyInAnyOrder("a", "c", "d", "e", "");
    for (int i = 0; i < 100; i++) {
      column.append("n" + i);
    }
    assertThat(column.get(109)).isEqualTo("n99");
    assertThat(column.countUnique()).isEqualTo(105);
    StringColumn copy = column.copy();
    assertThat(copy.asList()).isEqualTo(column.asList());
    StringColumn sorted = column.copy();
    sorted.sortAscending();
    assertThat(sorted.get(sorted.size() - 1)).isEqualTo("n99");
    assertThat(column.asSet()).contains("a", "n0", "e");
  }

  @Test
  void readingRowsLeavesTheDictionaryUnmergedUntilAKeyIsNeeded() {
    DeferredTextMap map = new DeferredTextMap(new String[] {"a", "b", "a"},
        new int[] {0, DeferredTextMap.MISSING_KEY, 2, 1}, 1);
    assertThat(map.getValueForIndex(2)).isEqualTo("a");
    assertThat(map.isMissing(1)).isTrue();
    assertThat(map.countMissing()).isEqualTo(1);
    assertThat(map.size()).isEqualTo(4);
    assertThat(map.asObjectArray()).containsExactly("a", "", "a", "b");
    assertThat(map.isSettled()).isFalse();
    assertThat(map.countUnique()).isEqualTo(3); // "a", "b" and the missing value
    assertThat(map.isSettled()).isTrue();
    assertThat(map.getKeyForIndex(0)).isEqualTo(map.getKeyForIndex(2));
    assertThat(map.asObjectArray()).containsExactly("a", "", "a", "b");
  }

  @Test
  void overlappingPartitionDictionariesBehaveAsOneTablesawColumn() {
    Random random = new Random(16);
    for (int round = 0; round < 200; round++) {
      List<Chunk> chunks = new ArrayList<>();
      List<String> values = new ArrayList<>();
      int parts = 1 + random.nextInt(4);
      for (int p = 0; p < parts; p++) {
        int entries = 1 + random.nextInt(6);
        String[] dictionary = new String[entries];
        for (int e = 0; e < entries; e++) {
          dictionary[e] = random.nextInt(8) == 0 ? "" : "t" + random.nextInt(5);
        }
        int rows = random.nextInt(12);
        int[] codes = new int[rows];
        for (int r = 0; r < rows; r++) {
          codes[r] = random.nextInt(6) == 0 ? -1 : random.nextInt(entries);
          values.add(codes[r] < 0 ? "" : dictionary[codes[r]]);
        }
        chunks.add(new Chunk(List.of("s"),
            List.of(new ColumnData.Strings(codes, rows, dictionary)), rows));
      }
      StringColumn column = Tables.toTable("t", List.of("s"), List.of(DType.STRING), chunks)
          .stringColumn("s");
      StringColumn expected = StringColumn.create("s", values);
      assertThat(column.asList()).isEqualTo(expected.asList());
      assertThat(column.countMissing()).isEqualTo(expected.countMissing());
      assertThat(column.countUnique()).isEqualTo(expected.countUnique());
      assertThat(column.asSet()).isEqualTo(expected.asSet());
      for (String text : List.of("", "t0", "t1", "t4", "absent")) {
        assertThat(column.countOccurrences(text)).as(text)
            .isEqualTo(expected.countOccurrences(text));
        assertThat(column.isEqualTo(text).toArray()).as(text)
            .isEqualTo(expected.isEqualTo(text).toArray());
        assertThat(column.firstIndexOf(text)).isEqualTo(expected.firstIndexOf(text));
      }
      assertThat(column.isIn("t2", "t3").toArray()).isEqualTo(expected.isIn("t2", "t3").toArray());
      for (int i = 0; i + 1 < column.size(); i++) {
        assertThat(column.equals(i, i + 1)).isEqualTo(expected.equals(i, i + 1));
      }
      assertThat(column.countByCategory().sortOn("Category").printAll())
          .isEqualTo(expected.countByCategory().sortOn("Category").printAll());
      StringColumn sorted = column.copy();
      sorted.sortAscending();
      StringColumn sortedExpected = expected.copy();
      sortedExpected.sortAscending();
      assertThat(sorted.asList()).isEqualTo(sortedExpected.asList());
    }
  }
}
