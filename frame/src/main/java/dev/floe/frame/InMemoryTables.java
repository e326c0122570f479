package dev.floe.frame;

import dev.floe.core.Schema;
import dev.floe.core.chunk.Chunk;
import dev.floe.frame.kernel.TableChunks;
import dev.floe.frame.plan.Persisted;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

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
    List<Chunk> chunks = new ArrayList<>();
    for (Table table : tables) {
      chunks.add(TableChunks.of(table));
    }
    Schema schema = schema(chunks.get(0));
    for (int i = 1; i < chunks.size(); i++) {
      Schema other = schema(chunks.get(i));
      if (!other.equals(schema)) {
        throw new IllegalArgumentException("table " + i + " ('" + tables.get(i).name()
            + "') has columns " + describe(other) + " where table 0 ('" + tables.get(0).name()
            + "') has " + describe(schema)
            + ": fromTables needs the same names and types in every table");
      }
    }
    Persisted partitions = Persisted.ofChunks(chunks, schema);
    return new DataFrame(partitions, null);
  }

  private static Schema schema(Chunk chunk) {
    return new Schema(chunk.names(), chunk.columns().stream().map(c -> c.type()).toList());
  }

  private static String describe(Schema schema) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < schema.names().size(); i++) {
      parts.add(schema.names().get(i) + " " + schema.dtypes().get(i).name().toLowerCase());
    }
    return parts.toString();
  }
}
