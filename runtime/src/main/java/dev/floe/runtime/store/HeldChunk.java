package dev.floe.runtime.store;

import java.nio.file.Path;

/**
 * One result held by a {@link ChunkStore}: in memory, or spilled to a file and read back when
 * asked for. Reference counted: {@link ChunkStore#hold} gives one reference, {@link #retain}
 * adds one, {@link #release} drops one, and the last release frees the memory and deletes the
 * file. While pinned ({@link #pin} until {@link #unpin}) a result is never spilled.
 *
 * <p>All state is guarded by the store's lock; only the file I/O happens outside it.
 */
public final class HeldChunk {
  enum State { IN_MEMORY, SPILLING, ON_DISK, LOADING, RELEASED }

  final ChunkStore store;
  final long bytes;
  final ChunkCodec codec;
  Object value;
  State state = State.IN_MEMORY;
  Path file;
  long fileBytes;
  int references = 1;
  int pins;

  HeldChunk(ChunkStore store, Object value, long bytes, ChunkCodec codec) {
    this.store = store;
    this.value = value;
    this.bytes = bytes;
    this.codec = codec;
  }

  /**
   * The value, read back from disk first when it was spilled; it stays in memory, unspillable,
   * until {@link #unpin}.
   */
  public Object pin() {
    return store.pin(this);
  }

  /** Allows the value to be spilled again (once every pin is undone). */
  public void unpin() {
    store.unpin(this);
  }

  /** Adds a reference; returns this. */
  public HeldChunk retain() {
    store.retain(this);
    return this;
  }

  /** Drops a reference; the last one frees the memory and deletes the spill file. */
  public void release() {
    store.release(this);
  }

  /** The estimated bytes the value takes in memory. */
  public long bytes() {
    return bytes;
  }

  /** Whether the value is on disk only right now. */
  public boolean isSpilled() {
    synchronized (store.lock) {
      return state == State.ON_DISK || state == State.LOADING;
    }
  }

  @Override
  public String toString() {
    return "HeldChunk[" + Bytes.format(bytes) + ", " + state + "]";
  }
}
