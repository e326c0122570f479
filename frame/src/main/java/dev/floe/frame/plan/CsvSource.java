package dev.floe.frame.plan;

import dev.floe.core.chunk.Chunk;
import dev.floe.core.DType;
import dev.floe.io.csv.BlockScan;
import dev.floe.io.csv.CsvBlock;
import dev.floe.io.csv.CsvOptions;
import dev.floe.io.csv.CsvReader;
import dev.floe.io.csv.CsvSchema;
import dev.floe.io.csv.CsvSplitter;
import dev.floe.io.csv.SchemaInference;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV files as partitions: one per block of each file, read by a {@link Scan}; blocks are sized
 * from the files' total size and the cores unless the options fix it ({@link
 * CsvOptions#blockSizeFor}). The schema is inferred once, when the source is made; the blocks'
 * quote scans are tasks of their own, shared by every computation over the source (their keys
 * hash the file's path, size and modification time).
 */
public final class CsvSource {
  private final List<Path> files;
  private final CsvOptions options;
  private final CsvSchema schema;
  private final List<CsvBlock> blocks = new ArrayList<>();
  private final List<Task> scanTasks = new ArrayList<>(); // by partition; null for one-block files
  private final List<Object> fileTokens = new ArrayList<>();

  /** Plans reading {@code files}: infers the schema and cuts each file into blocks. */
  public CsvSource(List<Path> files, CsvOptions options) {
    this.files = List.copyOf(files);
    this.options = options;
    this.schema = SchemaInference.infer(files, options);
    long[] sizes = new long[files.size()];
    long[] modified = new long[files.size()];
    long total = 0;
    for (int f = 0; f < sizes.length; f++) {
      Path file = files.get(f);
      try {
        sizes[f] = Files.size(file);
        modified[f] = Files.getLastModifiedTime(file).toMillis();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      total += sizes[f];
    }
    long blockSize = options.blockSizeFor(total, Runtime.getRuntime().availableProcessors());
    for (int f = 0; f < sizes.length; f++) {
      Path file = files.get(f);
      long size = sizes[f];
      Object fileToken = List.of(file.toAbsolutePath().toString(), size, modified[f]);
      List<CsvBlock> fileBlocks = CsvSplitter.plan(file, size, blockSize);
      for (CsvBlock block : fileBlocks) {
        blocks.add(block);
        fileTokens.add(fileToken);
        if (fileBlocks.size() > 1) {
          char quote = options.quote();
          Task scan = new Task(
              TaskKey.of("csv-scan", fileToken, block.index(), block.start(), block.end(), quote),
              "csv-scan", List.of(), inputs -> CsvSplitter.scan(block, quote));
          scanTasks.add(scan);
        } else {
          scanTasks.add(null);
        }
      }
    }
  }

  /** The schema every partition has. */
  public CsvSchema schema() {
    return schema;
  }

  /** Every column of the files, in order. */
  public List<String> columns() {
    return schema.columns();
  }

  /** Their types. */
  public List<DType> dtypes() {
    return schema.dtypes();
  }

  /** How many partitions (blocks) there are. */
  public int partitions() {
    return blocks.size();
  }

  /** The files read. */
  public List<Path> files() {
    return files;
  }

  /** Adds the scan tasks partition {@code i} needs; returns their keys, in order. */
  List<TaskKey> addInputs(int partition, TaskGraph.Builder graph) {
    CsvBlock block = blocks.get(partition);
    List<TaskKey> keys = new ArrayList<>();
    if (scanTasks.get(partition) == null) {
      return keys;
    }
    for (int i = partition - block.index(); i <= partition; i++) {
      graph.add(scanTasks.get(i));
      keys.add(scanTasks.get(i).key());
    }
    return keys;
  }

  /** What identifies partition {@code i}'s content, for task keys. */
  Object token(int partition, List<String> columns) {
    CsvBlock block = blocks.get(partition);
    return List.of(fileTokens.get(partition), block.index(), block.start(), block.end(),
        optionsToken(), columns);
  }

  /** What reads partition {@code i}'s columns: all a read task needs, and nothing more. */
  BlockRead reader(int partition, List<String> columns) {
    return new BlockRead(blocks.get(partition), schema.select(columns), options);
  }

  /**
   * Reads one block's columns, given the results of its scan tasks. A value of its own (not a
   * method of the source) so that a read task carries only this to a cluster worker.
   */
  record BlockRead(CsvBlock block, CsvSchema schema, CsvOptions options) implements Serializable {
    Chunk read(Object[] scans) {
      List<BlockScan> scanned = new ArrayList<>();
      for (Object scan : scans) {
        scanned.add((BlockScan) scan);
      }
      return CsvReader.read(block, scanned, schema, options);
    }
  }

  /**
   * Sources are equal when they read the same blocks of the same files (same paths, sizes and
   * modification times) with the same options: two {@code readCsv} calls of unchanged files are
   * one source, so their scans are shared and their results found again.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CsvSource source && source.fileTokens.equals(fileTokens)
        && source.blocks.equals(blocks) && source.optionsToken().equals(optionsToken());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(fileTokens, blocks);
  }

  private List<Object> optionsToken() {
    return Arrays.asList(options.delimiter(), options.quote(), options.header(),
        options.encoding().name(), options.naValues(), options.dtypes(), options.parseDates(),
        options.usecols(), options.names(), options.skipBadLines(), options.replaceMalformed());
  }
}
