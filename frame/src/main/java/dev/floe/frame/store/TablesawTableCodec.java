package dev.floe.frame.store;

import dev.floe.frame.kernel.Tables;
import dev.floe.runtime.store.ChunkCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw {@link Table} (a reduction's result, such as a group-by's partial
 * aggregates) column by column: name, Tablesaw type, and the values as objects, missing ones as
 * null. Read back, every column has its original type, so a table that crossed to another JVM
 * (or was spilled) prints exactly as before.
 */
public final class TablesawTableCodec implements ChunkCodec {
  @Override
  public boolean accepts(Object value) {
    return value instanceof Table;
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    Table table = (Table) value;
    ObjectOutputStream objects = new ObjectOutputStream(out);
    objects.writeUTF(table.name() == null ? "" : table.name());
    objects.writeInt(table.columnCount());
    objects.writeInt(table.rowCount());
    for (Column<?> column : table.columns()) {
      objects.writeUTF(column.name());
      objects.writeUTF(column.type().name());
      Object[] values = new Object[column.size()];
      for (int row = 0; row < values.length; row++) {
        values[row] = column.isMissing(row) ? null : column.get(row);
      }
      objects.writeObject(values);
    }
    objects.flush();
  }

  @Override
  public Object read(InputStream in) throws IOException {
    Tables.ready();
    ObjectInputStream objects = new ObjectInputStream(in);
    Table table = Table.create(objects.readUTF());
    int columns = objects.readInt();
    objects.readInt();
    try {
      for (int c = 0; c < columns; c++) {
        String name = objects.readUTF();
        ColumnType type = ColumnType.valueOf(objects.readUTF());
        Column<?> column = type.create(name);
        for (Object cell : (Object[]) objects.readObject()) {
          if (cell == null) {
            column.appendMissing();
          } else {
            column.appendObj(cell);
          }
        }
        table.addColumns(column);
      }
    } catch (ClassNotFoundException e) {
      throw new IOException("a table column holds values of an unknown class", e);
    }
    return table;
  }
}
