package dev.floe.runtime.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How much memory a scheduler may use for held task results, and where and how much it may spill
 * to disk when they do not fit. Immutable; each {@code with} method returns a new value.
 *
 * <p>The defaults come from system properties, so a job can be tuned without code:
 * {@value #MEMORY_LIMIT_PROPERTY} (bytes, or with a k/m/g suffix) or {@value
 * #MEMORY_FRACTION_PROPERTY} (of the maximum heap, default {@value #DEFAULT_HEAP_FRACTION}),
 * {@value #SPILL_DIRECTORY_PROPERTY} (default: the JDK's temporary folder) and {@value
 * #SPILL_LIMIT_PROPERTY} (default: no cap beyond the disk itself).
 */
public final class MemoryBudget {
  /** System property: the memory limit in bytes ({@code 512m}, {@code 2g} also accepted). */
  public static final String MEMORY_LIMIT_PROPERTY = "floe.memory.limit";
  /** System property: the memory limit as a fraction of the maximum heap. */
  public static final String MEMORY_FRACTION_PROPERTY = "floe.memory.fraction";
  /** System property: the folder spill files go in (a subfolder per scheduler is made there). */
  public static final String SPILL_DIRECTORY_PROPERTY = "floe.spill.dir";
  /** System property: the most bytes spill files may take on disk. */
  public static final String SPILL_LIMIT_PROPERTY = "floe.spill.limit";
  /** The share of the maximum heap held results may take unless configured. */
  public static final double DEFAULT_HEAP_FRACTION = 0.4;

  private final long memoryLimitBytes;
  private final Path spillDirectory;
  private final long spillLimitBytes;

  private MemoryBudget(long memoryLimitBytes, Path spillDirectory, long spillLimitBytes) {
    if (memoryLimitBytes <= 0) {
      throw new IllegalArgumentException("a memory limit must be positive, not " + memoryLimitBytes);
    }
    if (spillLimitBytes < 0) {
      throw new IllegalArgumentException("a spill limit cannot be negative: " + spillLimitBytes);
    }
    this.memoryLimitBytes = memoryLimitBytes;
    this.spillDirectory = Objects.requireNonNull(spillDirectory, "spillDirectory");
    this.spillLimitBytes = spillLimitBytes;
  }

  /** The budget the system properties describe (see the class comment). */
  public static MemoryBudget fromSystemProperties() {
    long maxHeap = Runtime.getRuntime().maxMemory();
    String limit = System.getProperty(MEMORY_LIMIT_PROPERTY);
    String fraction = System.getProperty(MEMORY_FRACTION_PROPERTY);
    long memory;
    if (limit != null) {
      memory = Bytes.parse(MEMORY_LIMIT_PROPERTY, limit);
    } else {
      double share = fraction == null ? DEFAULT_HEAP_FRACTION : parseFraction(fraction);
      memory = (long) (maxHeap * share);
    }
    String folder = System.getProperty(SPILL_DIRECTORY_PROPERTY, System.getProperty("java.io.tmpdir"));
    String spill = System.getProperty(SPILL_LIMIT_PROPERTY);
    return new MemoryBudget(memory, Path.of(folder),
        spill == null ? Long.MAX_VALUE : Bytes.parse(SPILL_LIMIT_PROPERTY, spill));
  }

  /** With held results limited to {@code bytes}. */
  public MemoryBudget withMemoryLimit(long bytes) {
    return new MemoryBudget(bytes, spillDirectory, spillLimitBytes);
  }

  /** With spill files made under {@code folder}. */
  public MemoryBudget withSpillDirectory(Path folder) {
    return new MemoryBudget(memoryLimitBytes, folder, spillLimitBytes);
  }

  /** With spill files limited to {@code bytes} on disk; 0 turns spilling off. */
  public MemoryBudget withSpillLimit(long bytes) {
    return new MemoryBudget(memoryLimitBytes, spillDirectory, bytes);
  }

  /** The most bytes held results may take in memory before the least recently used spill. */
  public long memoryLimitBytes() {
    return memoryLimitBytes;
  }

  /** The folder spill files go in. */
  public Path spillDirectory() {
    return spillDirectory;
  }

  /** The most bytes spill files may take on disk ({@link Long#MAX_VALUE}: no cap). */
  public long spillLimitBytes() {
    return spillLimitBytes;
  }

  private static double parseFraction(String text) {
    try {
      double fraction = Double.parseDouble(text.trim());
      if (fraction > 0 && fraction <= 1) {
        return fraction;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(MEMORY_FRACTION_PROPERTY
        + " must be a fraction of the heap in (0, 1], such as 0.4, not '" + text + "'");
  }

  @Override
  public String toString() {
    return "MemoryBudget[memory=" + Bytes.format(memoryLimitBytes) + ", spill to " + spillDirectory
        + (spillLimitBytes == Long.MAX_VALUE ? "" : " up to " + Bytes.format(spillLimitBytes)) + "]";
  }
}
