package dev.floe.runtime.store;

import java.io.Serializable;

/**
 * A snapshot of a {@link ChunkStore}'s use.
 *
 * @param memoryBytes bytes of held results in memory now
 * @param peakMemoryBytes the most {@code memoryBytes} has been
 * @param diskBytes bytes of spill files on disk now
 * @param spills how many results were written to disk
 * @param loads how many spilled results were read back
 * @param persisted how many results are persisted
 */
public record StoreStats(
    long memoryBytes, long peakMemoryBytes, long diskBytes, long spills, long loads, int persisted)
    implements Serializable {
  @Override
  public String toString() {
    return "held " + Bytes.format(memoryBytes) + " (peak " + Bytes.format(peakMemoryBytes)
        + "), spilled " + Bytes.format(diskBytes) + " on disk, " + spills + " spills, " + loads
        + " loads, " + persisted + " persisted";
  }
}
