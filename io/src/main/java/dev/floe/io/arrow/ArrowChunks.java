package dev.floe.io.arrow;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.chunk.ColumnData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Chunks as Arrow IPC streams: one schema and one record batch per chunk. int64, float64 and bool
 * columns become BigInt, Float8 and Bit vectors; dates Date(DAY); date-times Timestamp(MICRO)
 * without a zone; strings stay dictionary-encoded (Int32 codes over a Utf8 dictionary, in the
 * chunk's own code order). Missing values are Arrow nulls. Reading gives back an equal chunk.
 */
public final class ArrowChunks {
  private static final BufferAllocator ROOT = new RootAllocator(Long.MAX_VALUE);
  private static final ArrowType CODE_TYPE = new ArrowType.Int(32, true);

  private ArrowChunks() {}

  /** Writes {@code chunk} to {@code out} as an Arrow IPC stream (does not close {@code out}). */
  public static void write(Chunk chunk, OutputStream out) throws IOException {
    try (BufferAllocator allocator = ROOT.newChildAllocator("write", 0, Long.MAX_VALUE)) {
      List<FieldVector> vectors = new ArrayList<>();
      DictionaryProvider.MapDictionaryProvider dictionaries =
          new DictionaryProvider.MapDictionaryProvider();
      try {
        for (int c = 0; c < chunk.names().size(); c++) {
          vectors.add(toVector(chunk.names().get(c), chunk.columns().get(c), c, chunk.rows(),
              allocator, dictionaries));
        }
        List<Field> fields = vectors.stream().map(FieldVector::getField).toList();
        try (VectorSchemaRoot root = new VectorSchemaRoot(fields, vectors, chunk.rows());
            ArrowStreamWriter writer =
                new ArrowStreamWriter(root, dictionaries, Channels.newChannel(out))) {
          writer.start();
          writer.writeBatch();
          writer.end();
        }
      } finally {
        vectors.forEach(FieldVector::close);
        for (long id : dictionaries.getDictionaryIds()) {
          dictionaries.lookup(id).getVector().close();
        }
      }
    }
  }

  /** Reads a chunk {@link #write} wrote. */
  public static Chunk read(InputStream in) throws IOException {
    try (BufferAllocator allocator = ROOT.newChildAllocator("read", 0, Long.MAX_VALUE);
        ArrowStreamReader reader = new ArrowStreamReader(in, allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      if (!reader.loadNextBatch()) {
        throw new IOException("the Arrow stream has a schema but no record batch");
      }
      Map<Long, Dictionary> dictionaries = reader.getDictionaryVectors();
      int rows = root.getRowCount();
      List<String> names = new ArrayList<>();
      List<ColumnData> columns = new ArrayList<>();
      for (FieldVector vector : root.getFieldVectors()) {
        names.add(vector.getName());
        DictionaryEncoding encoding = vector.getField().getDictionary();
        columns.add(encoding == null ? fromVector(vector, rows)
            : strings((IntVector) vector,
                (VarCharVector) dictionaries.get(encoding.getId()).getVector(), rows));
      }
      return new Chunk(names, columns, rows);
    }
  }

  private static FieldVector toVector(String name, ColumnData column, int id, int rows,
      BufferAllocator allocator, DictionaryProvider.MapDictionaryProvider dictionaries) {
    BitSet missing = column.missing();
    if (column instanceof ColumnData.Longs c) {
      BigIntVector vector = new BigIntVector(name, allocator);
      vector.allocateNew(rows);
      for (int i = 0; i < rows; i++) {
        vector.set(i, c.values()[i]);
      }
      return finish(vector, missing, rows);
    }
    if (column instanceof ColumnData.Doubles c) {
      Float8Vector vector = new Float8Vector(name, allocator);
      vector.allocateNew(rows);
      for (int i = 0; i < rows; i++) {
        vector.set(i, c.values()[i]);
      }
      return finish(vector, missing, rows);
    }
    if (column instanceof ColumnData.Booleans c) {
      BitVector vector = new BitVector(name, allocator);
      vector.allocateNew(rows);
      for (int i = 0; i < rows; i++) {
        vector.set(i, c.values()[i] ? 1 : 0);
      }
      return finish(vector, missing, rows);
    }
    if (column instanceof ColumnData.Dates c) {
      DateDayVector vector = new DateDayVector(name, allocator);
      vector.allocateNew(rows);
      for (int i = 0; i < rows; i++) {
        vector.set(i, c.epochDays()[i]);
      }
      return finish(vector, missing, rows);
    }
    if (column instanceof ColumnData.DateTimes c) {
      TimeStampMicroVector vector = new TimeStampMicroVector(name, allocator);
      vector.allocateNew(rows);
      for (int i = 0; i < rows; i++) {
        vector.set(i, c.epochMicros()[i]);
      }
      return finish(vector, missing, rows);
    }
    // read back as distinct entries, so written as such
    ColumnData.Strings c = ((ColumnData.Strings) column).withDistinctDictionary();
    DictionaryEncoding encoding = new DictionaryEncoding(id, false, (ArrowType.Int) CODE_TYPE);
    VarCharVector dictionary = new VarCharVector(name + "-dictionary", allocator);
    dictionary.allocateNew(c.dictionary().length);
    for (int i = 0; i < c.dictionary().length; i++) {
      dictionary.setSafe(i, c.dictionary()[i].getBytes(StandardCharsets.UTF_8));
    }
    dictionary.setValueCount(c.dictionary().length);
    dictionaries.put(new Dictionary(dictionary, encoding));
    IntVector codes = new IntVector(name, new FieldType(true, CODE_TYPE, encoding), allocator);
    codes.allocateNew(rows);
    for (int i = 0; i < rows; i++) {
      int code = c.codes()[i];
      if (code == ColumnData.Strings.MISSING) {
        codes.setNull(i);
      } else {
        codes.set(i, code);
      }
    }
    codes.setValueCount(rows);
    return codes;
  }

  private static FieldVector finish(FieldVector vector, BitSet missing, int rows) {
    if (missing != null) {
      for (int i = missing.nextSetBit(0); i >= 0 && i < rows; i = missing.nextSetBit(i + 1)) {
        vector.setNull(i);
      }
    }
    vector.setValueCount(rows);
    return vector;
  }

  private static ColumnData fromVector(FieldVector vector, int rows) throws IOException {
    BitSet missing = null;
    if (vector.getNullCount() > 0) {
      missing = new BitSet(rows);
      for (int i = 0; i < rows; i++) {
        if (vector.isNull(i)) {
          missing.set(i);
        }
      }
    }
    if (vector instanceof BigIntVector v) {
      long[] values = new long[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = v.getDataBuffer().getLong((long) i * BigIntVector.TYPE_WIDTH);
      }
      return new ColumnData.Longs(values, rows, missing);
    }
    if (vector instanceof Float8Vector v) {
      double[] values = new double[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = v.getDataBuffer().getDouble((long) i * Float8Vector.TYPE_WIDTH);
      }
      return new ColumnData.Doubles(values, rows, missing);
    }
    if (vector instanceof BitVector v) {
      boolean[] values = new boolean[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = !v.isNull(i) && v.get(i) != 0;
      }
      return new ColumnData.Booleans(values, rows, missing);
    }
    if (vector instanceof DateDayVector v) {
      int[] values = new int[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = v.getDataBuffer().getInt((long) i * DateDayVector.TYPE_WIDTH);
      }
      return new ColumnData.Dates(values, rows, missing);
    }
    if (vector instanceof TimeStampMicroVector v) {
      long[] values = new long[rows];
      for (int i = 0; i < rows; i++) {
        values[i] = v.getDataBuffer().getLong((long) i * TimeStampMicroVector.TYPE_WIDTH);
      }
      return new ColumnData.DateTimes(values, rows, missing);
    }
    throw new IOException("column '" + vector.getName() + "' has Arrow type "
        + vector.getField().getType() + ", which Floe does not read");
  }

  private static ColumnData strings(IntVector codes, VarCharVector dictionary, int rows) {
    String[] values = new String[dictionary.getValueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = new String(dictionary.get(i), StandardCharsets.UTF_8);
    }
    int[] result = new int[rows];
    for (int i = 0; i < rows; i++) {
      result[i] = codes.isNull(i) ? ColumnData.Strings.MISSING : codes.get(i);
    }
    return new ColumnData.Strings(result, rows, values);
  }
}
