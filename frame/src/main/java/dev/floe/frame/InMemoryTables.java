package dev.floe.frame;

import dev.floe.core.DType;
import dev.floe.core.Schema;
import dev.floe.core.chunk.Chunk;
import dev.floe.frame.kernel.TableChunks;
import dev.floe.frame.plan.Persisted;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables as a frame's partitions: each table becomes a chunk now, held by a plan leaf
 * whose tasks hand the chunks out ({@link Persisted#ofChunks}), so they travel to cluster workers
 * as any task's value would.
 */
final class InMemoryTables {
  private InMemoryTables() {}

  static DataFrame frame(List<Table> tables) {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("fromTables needs at least one table");
    }
    Schema schema = schema(tables.get(0));
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      Schema other = schema(table);
      if (!other.equals(schema)) {
        throw new IllegalArgumentException("table " + i + " ('" + table.name() + "') has columns "
            + describe(other) + " where table 0 ('" + tables.get(0).name() + "') has "
            + describe(schema) + ": fromTables needs the same names and types in every table");
      }
      chunks.add(TableChunks.of(table));
    }
    Persisted partitions = Persisted.ofChunks(chunks, schema);
    return new DataFrame(partitions, null);
  }

  private static Schema schema(Table table) {
    List<String> names = new ArrayList<>();
    List<DType> types = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      names.add(column.name());
      types.add(TableChunks.typeOf(table.name(), column));
    }
    return new Schema(names, types);
  }

  private static String describe(Schema schema) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < schema.names().size(); i++) {
      parts.add(schema.names().get(i) + " " + schema.dtypes().get(i).name().toLowerCase());
    }
    return parts.toString();
  }
}
