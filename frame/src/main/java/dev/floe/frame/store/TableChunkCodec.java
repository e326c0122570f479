package dev.floe.frame.store;

import dev.floe.core.DType;
import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import dev.floe.runtime.store.ChunkCodec;
import dev.floe.runtime.store.RawArrays;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Spills and sends table chunks in Floe's own binary layout: the row and column counts, then per
 * column its name, type and values as little-endian arrays ({@link RawArrays}) with the missing
 * rows as bit words; text as its dictionary (each entry's UTF-8 bytes) and codes. Plain JDK I/O:
 * it needs no JVM options and no native memory, so spilling works however Java was started.
 */
public final class TableChunkCodec implements ChunkCodec {
  private static final int FORMAT = 0x464c5431; // "FLT1"

  @Override
  public boolean accepts(Object value) {
    return value instanceof Chunk;
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    Chunk chunk = (Chunk) value;
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(FORMAT);
    data.writeInt(chunk.rows());
    data.writeInt(chunk.names().size());
    for (int c = 0; c < chunk.names().size(); c++) {
      ColumnData column = chunk.columns().get(c);
      data.writeUTF(chunk.names().get(c));
      data.writeUTF(column.type().name());
      if (column instanceof ColumnData.Strings text) {
        writeText(data, text);
      } else {
        RawArrays.write(data, values(column), column.size());
        long[] words = column.missing() == null ? new long[0] : column.missing().toLongArray();
        data.writeInt(words.length);
        RawArrays.write(data, words, words.length);
      }
    }
    data.flush();
  }

  @Override
  public Object read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != FORMAT) {
      throw new StreamCorruptedException("not a Floe table chunk");
    }
    int rows = data.readInt();
    int width = data.readInt();
    List<String> names = new ArrayList<>(width);
    List<ColumnData> columns = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      names.add(data.readUTF());
      DType type = DType.valueOf(data.readUTF());
      if (type == DType.STRING) {
        columns.add(readText(data, rows));
        continue;
      }
      Object values = switch (type) {
        case INT64, DATETIME -> new long[rows];
        case FLOAT64 -> new double[rows];
        case BOOL -> new boolean[rows];
        case DATE -> new int[rows];
        default -> throw new StreamCorruptedException("no table column of type " + type);
      };
      RawArrays.read(data, values, rows);
      long[] words = new long[data.readInt()];
      RawArrays.read(data, words, words.length);
      BitSet missing = words.length == 0 ? null : BitSet.valueOf(words);
      columns.add(switch (type) {
        case INT64 -> new ColumnData.Longs((long[]) values, rows, missing);
        case DATETIME -> new ColumnData.DateTimes((long[]) values, rows, missing);
        case FLOAT64 -> new ColumnData.Doubles((double[]) values, rows, missing);
        case BOOL -> new ColumnData.Booleans((boolean[]) values, rows, missing);
        default -> new ColumnData.Dates((int[]) values, rows, missing);
      });
    }
    return new Chunk(names, columns, rows);
  }

  /** The value array of a column that is not text. */
  private static Object values(ColumnData column) {
    if (column instanceof ColumnData.Longs c) {
      return c.values();
    }
    if (column instanceof ColumnData.Doubles c) {
      return c.values();
    }
    if (column instanceof ColumnData.Booleans c) {
      return c.values();
    }
    if (column instanceof ColumnData.Dates c) {
      return c.epochDays();
    }
    return ((ColumnData.DateTimes) column).epochMicros();
  }

  private static void writeText(DataOutputStream data, ColumnData.Strings text)
      throws IOException {
    String[] dictionary = text.dictionary();
    data.writeBoolean(text.distinct());
    data.writeInt(dictionary.length);
    for (String entry : dictionary) {
      byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
      data.writeInt(bytes.length);
      data.write(bytes);
    }
    RawArrays.write(data, text.codes(), text.size());
  }

  private static ColumnData.Strings readText(DataInputStream data, int rows) throws IOException {
    boolean distinct = data.readBoolean();
    String[] dictionary = new String[data.readInt()];
    byte[] buffer = new byte[64];
    for (int i = 0; i < dictionary.length; i++) {
      int length = data.readInt();
      if (length > buffer.length) {
        buffer = new byte[Math.max(length, buffer.length * 2)];
      }
      data.readFully(buffer, 0, length);
      dictionary[i] = new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
    int[] codes = new int[rows];
    RawArrays.read(data, codes, rows);
    return new ColumnData.Strings(codes, rows, dictionary, distinct);
  }
}
