package dev.floe.runtime.event;

/**
 * A result moved: spilled to disk, loaded back, or sent from one worker to another.
 *
 * @param kind what kind of move
 * @param place where it happened: the thread that spilled or loaded, or the worker that fetched
 * @param startNanos when it started, on the {@link System#nanoTime()} clock of this JVM
 * @param durationNanos how long it took
 * @param bytes how many bytes moved
 */
public record DataEvent(Kind kind, String place, long startNanos, long durationNanos, long bytes) {

  /** The kinds of move. */
  public enum Kind {
    /** A held result was written to the spill folder to make room. */
    SPILL,
    /** A spilled result was read back because a task needed it. */
    LOAD,
    /** A worker fetched a task's input from the worker that held it. */
    TRANSFER
  }
}
