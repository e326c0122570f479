package dev.floe.frame.plan;

import dev.floe.core.Schema;
import java.util.List;

/**
 * CSV files read block by block: one partition per block, only {@code columns} parsed (the
 * projection push-down chooses them; none still counts the records).
 *
 * @param source the files, their blocks and their inferred schema
 * @param columns the columns read, in the files' order
 */
public record Scan(CsvSource source, List<String> columns) implements Leaf {
  /** Copies the columns. */
  public Scan {
    columns = List.copyOf(columns);
  }

  /** Every column of {@code source}. */
  public static Scan of(CsvSource source) {
    return new Scan(source, source.columns());
  }

  @Override
  public Schema schema() {
    return new Schema(source.columns(), source.dtypes()).select(columns);
  }

  @Override
  public int partitions() {
    return source.partitions();
  }

  @Override
  public Divisions divisions() {
    return null;
  }


  @Override
  public String label() {
    return "ReadCsv(" + source.files().size() + (source.files().size() == 1 ? " file" : " files")
        + ", " + partitions() + " blocks, "
        + (columns.equals(source.columns()) ? "all " + columns.size() + " columns"
        : "columns=" + columns) + ")";
  }
}
