package dev.floe.frame.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.DType;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.util.List;
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
}
