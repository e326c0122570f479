package dev.floe.runtime.store;

import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.store.HeldChunk.State;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Task results held under a memory budget: when held results outgrow it, the least recently used
 * are written to disk and read back, transparently, when a task asks for them again.
 *
 * <p>Implementation overview. The store tracks {@link HeldChunk}s: results of at least {@link
 * #MIN_HELD_BYTES} that some pending task, or a persisted collection, still needs. Smaller results
 * are left to the caller, untracked: they cost more to track than they weigh. Every chunk's bytes
 * count against the budget while it is in memory. Those a {@link ChunkCodec} can write sit in an
 * access-ordered map, least recently used first; {@link #makeRoom} walks it from the start and
 * spills unpinned chunks until the held bytes plus the room asked for fit the budget. A chunk
 * moves IN_MEMORY → SPILLING → ON_DISK → LOADING → IN_MEMORY …, and to RELEASED at its last
 * release. A chunk keeps its file once written, so spilling it a second time is free.
 *
 * <p>Concurrency. One lock guards every chunk's state and the accounting; file I/O happens outside
 * it. The thread that moves a chunk to SPILLING or LOADING owns its I/O. A pin that comes while a
 * chunk is SPILLING takes it back to IN_MEMORY (its value has not been dropped yet); the spiller
 * then only keeps the file. A pin that comes while it is LOADING waits for the loader. A release
 * during either leaves the file to the I/O owner to delete. Threads that wait for memory wait on
 * the lock, and every release and spill wakes them.
 */
public final class ChunkStore implements AutoCloseable {
  /** Results smaller than this are not tracked: cheaper to keep than to account for. */
  public static final long MIN_HELD_BYTES = 4096;

  final Object lock = new Object();
  private final MemoryBudget budget;
  private final SpillFolder folder;
  private final LinkedHashMap<HeldChunk, Boolean> spillable = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Object, HeldChunk> persisted = new ConcurrentHashMap<>();
  private volatile Consumer<DataEvent> moves = event -> {};
  private volatile long memoryBytes; // written under the lock; read without it by overBudget
  private long peakMemoryBytes;
  private long diskBytes;
  private long spills;
  private long loads;

  /** A store with the given budget. */
  public ChunkStore(MemoryBudget budget) {
    this.budget = budget;
    this.folder = new SpillFolder(budget.spillDirectory());
  }

  /** The budget this store keeps to. */
  public MemoryBudget budget() {
    return budget;
  }

  /**
   * Holds {@code value} (of {@code bytes}, as {@link ChunkSizes} estimates), spilling older
   * results if it does not fit; the caller has the one reference.
   *
   * @throws SpillLimitException when making room would pass the spill limit
   */
  public HeldChunk hold(Object value, long bytes) {
    HeldChunk chunk = new HeldChunk(this, value, bytes, ChunkCodecs.forValue(value));
    synchronized (lock) {
      addToMemory(chunk);
    }
    try {
      makeRoom(0);
    } catch (RuntimeException e) {
      chunk.release();
      throw e;
    }
    return chunk;
  }

  /**
   * Spills least recently used results until {@code bytes} more would fit the budget, or nothing
   * more can be spilled; returns whether they fit.
   *
   * @throws SpillLimitException when spilling would pass the spill limit
   */
  public boolean makeRoom(long bytes) {
    while (true) {
      HeldChunk victim;
      synchronized (lock) {
        if (memoryBytes + bytes <= budget.memoryLimitBytes()) {
          return true;
        }
        victim = chooseVictim();
        if (victim == null) {
          return false;
        }
        reserveDisk(victim);
        victim.state = State.SPILLING;
        spillable.remove(victim);
        memoryBytes -= victim.bytes;
      }
      spill(victim);
    }
  }

  /** Whether the held results in memory exceed the budget right now. */
  public boolean overBudget() {
    return memoryBytes > budget.memoryLimitBytes(); // every root task asks: no lock
  }

  /**
   * Waits up to {@code millis} for held memory to fall under the budget (a release or a spill
   * wakes the wait); returns whether it did.
   */
  public boolean awaitRoom(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    synchronized (lock) {
      while (memoryBytes > budget.memoryLimitBytes()) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return false;
        }
        lock.wait(left);
      }
      return true;
    }
  }

  /** Keeps {@code chunk} (with a reference of its own) under {@code key} until unpersisted. */
  public void persist(Object key, HeldChunk chunk) {
    HeldChunk previous = persisted.put(key, chunk.retain());
    if (previous != null) {
      previous.release();
    }
  }

  /** The chunk persisted under {@code key}, or null. */
  public HeldChunk persisted(Object key) {
    return persisted.get(key);
  }

  /** Whether anything is persisted (a cheap check before looking keys up). */
  public boolean hasPersisted() {
    return !persisted.isEmpty();
  }

  /** Drops the persisted chunk under {@code key}, if any; returns whether there was one. */
  public boolean unpersist(Object key) {
    HeldChunk chunk = persisted.remove(key);
    if (chunk != null) {
      chunk.release();
    }
    return chunk != null;
  }

  /**
   * Reports each spill and each load to {@code observer}, on the thread that did it (the
   * scheduler's watchers; called outside the store's lock).
   */
  public void observeMoves(Consumer<DataEvent> observer) {
    moves = observer;
  }

  /** The store's use right now. */
  public StoreStats stats() {
    synchronized (lock) {
      return new StoreStats(memoryBytes, peakMemoryBytes, diskBytes, spills, loads,
          persisted.size());
    }
  }

  /** The folder spill files are in, or null when nothing was spilled yet. */
  public Path spillFolder() {
    return folder.path();
  }

  /** Drops every persisted result and deletes the spill folder. */
  @Override
  public void close() {
    for (Object key : persisted.keySet()) {
      unpersist(key);
    }
    folder.close();
  }

  @Override
  public String toString() {
    return "ChunkStore[" + budget + ", " + stats() + "]";
  }

  Object pin(HeldChunk chunk) {
    synchronized (lock) {
      while (chunk.state == State.LOADING) {
        waitUninterruptibly();
      }
      switch (chunk.state) {
        case IN_MEMORY -> {
          chunk.pins++;
          spillable.get(chunk); // marks it recently used
          return chunk.value;
        }
        case SPILLING -> {
          // The spiller has not dropped the value yet: keep it; the spiller only keeps the file.
          chunk.pins++;
          addToMemory(chunk);
          return chunk.value;
        }
        case RELEASED -> throw new IllegalStateException("a released result was asked for");
        default -> {
          chunk.state = State.LOADING;
          chunk.pins++;
        }
      }
    }
    Object value;
    long loadStart = System.nanoTime();
    try {
      value = SpillFolder.read(chunk.codec, chunk.file);
    } catch (RuntimeException e) {
      synchronized (lock) {
        chunk.pins--;
        if (chunk.state == State.LOADING) {
          chunk.state = State.ON_DISK;
        }
        lock.notifyAll();
      }
      throw e;
    }
    Path orphan = null;
    synchronized (lock) {
      loads++;
      if (chunk.state == State.LOADING) {
        chunk.value = value;
        addToMemory(chunk);
      } else { // released while loading: the file is ours to delete
        diskBytes -= chunk.fileBytes;
        orphan = chunk.file;
      }
      lock.notifyAll();
    }
    moves.accept(new DataEvent(DataEvent.Kind.LOAD, Thread.currentThread().getName(), loadStart,
        System.nanoTime() - loadStart, chunk.fileBytes));
    if (orphan != null) {
      SpillFolder.delete(orphan);
    }
    makeRoom(0);
    return value;
  }

  void unpin(HeldChunk chunk) {
    synchronized (lock) {
      chunk.pins--;
    }
  }

  void retain(HeldChunk chunk) {
    synchronized (lock) {
      if (chunk.state == State.RELEASED) {
        throw new IllegalStateException("a released result cannot be retained");
      }
      chunk.references++;
    }
  }

  void release(HeldChunk chunk) {
    Path file = null;
    synchronized (lock) {
      if (chunk.state == State.RELEASED || --chunk.references > 0) {
        return;
      }
      State was = chunk.state;
      chunk.state = State.RELEASED;
      if (was == State.IN_MEMORY) {
        memoryBytes -= chunk.bytes;
        spillable.remove(chunk);
      }
      chunk.value = null;
      if (was == State.IN_MEMORY || was == State.ON_DISK) {
        file = chunk.file; // otherwise the spiller or loader deletes it when done
        diskBytes -= file == null ? 0 : chunk.fileBytes;
      }
      lock.notifyAll();
    }
    if (file != null) {
      SpillFolder.delete(file);
    }
  }

  private void addToMemory(HeldChunk chunk) {
    chunk.state = State.IN_MEMORY;
    memoryBytes += chunk.bytes;
    peakMemoryBytes = Math.max(peakMemoryBytes, memoryBytes);
    if (chunk.codec != null) {
      spillable.put(chunk, Boolean.TRUE);
    }
  }

  private HeldChunk chooseVictim() {
    for (Iterator<HeldChunk> it = spillable.keySet().iterator(); it.hasNext(); ) {
      HeldChunk candidate = it.next();
      if (candidate.pins == 0) {
        return candidate;
      }
    }
    return null;
  }

  /** Counts a first spill's estimated size against the spill limit before writing it. */
  private void reserveDisk(HeldChunk victim) {
    if (victim.file != null) {
      return;
    }
    if (diskBytes + victim.bytes > budget.spillLimitBytes()) {
      throw new SpillLimitException("spilling a result of " + Bytes.format(victim.bytes)
          + " would take spill files past the limit of " + Bytes.format(budget.spillLimitBytes())
          + " (" + Bytes.format(diskBytes) + " on disk in " + budget.spillDirectory() + "); raise "
          + MemoryBudget.SPILL_LIMIT_PROPERTY + ", give the JVM more memory (-Xmx), or compute"
          + " less at once");
    }
    diskBytes += victim.bytes;
  }

  private void spill(HeldChunk victim) {
    Path written = null;
    long spillStart = System.nanoTime();
    if (victim.file == null) {
      try {
        written = folder.write(victim.codec, victim.value);
      } catch (RuntimeException e) {
        synchronized (lock) {
          diskBytes -= victim.bytes;
          if (victim.state == State.SPILLING) {
            addToMemory(victim);
          }
        }
        throw e;
      }
    }
    long size = written == null ? 0 : SpillFolder.size(written);
    boolean deleteWritten = false;
    synchronized (lock) {
      if (written != null) {
        diskBytes += size - victim.bytes;
        victim.file = written;
        victim.fileBytes = size;
        spills++;
      }
      if (victim.state == State.SPILLING) {
        victim.state = State.ON_DISK;
        victim.value = null;
      } else if (victim.state == State.RELEASED) {
        diskBytes -= victim.fileBytes;
        deleteWritten = true;
      }
      lock.notifyAll();
    }
    if (written != null) {
      moves.accept(new DataEvent(DataEvent.Kind.SPILL, Thread.currentThread().getName(),
          spillStart, System.nanoTime() - spillStart, size));
    }
    if (deleteWritten) {
      SpillFolder.delete(victim.file);
    }
  }

  private void waitUninterruptibly() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a spilled result was read back", e);
    }
  }
}
