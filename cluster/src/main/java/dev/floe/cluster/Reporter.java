package dev.floe.cluster;

import dev.floe.cluster.Protocol.LostInput;
import dev.floe.cluster.Protocol.Replica;
import dev.floe.cluster.Protocol.Report;
import dev.floe.cluster.Protocol.TaskError;
import dev.floe.runtime.store.StoreStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Collects what happens to one client's tasks on a worker and sends it as {@link Report}s.
 *
 * <p>Events are appended under the reporter's lock. The first event after a send schedules a
 * flush on the worker's single report thread; events that arrive before the flush runs ride along
 * in the same report. Under load reports therefore grow and their number stays small, and an idle
 * worker reports an event within one message's latency.
 */
final class Reporter {
  private final UUID client;
  private final BiConsumer<UUID, Protocol.Message> sender;
  private final Executor flusher;
  private long[] runs = new long[64];
  private int[] positions = new int[64];
  private byte[] kinds = new byte[64];
  private long[] bytes = new long[64];
  private long[] nanos = new long[64];
  private int size;
  private List<Object> notes = new ArrayList<>();
  private boolean flushScheduled;
  private boolean closed;
  private final UUID worker;
  private final Supplier<StoreStats> storeStats;

  Reporter(UUID client, UUID worker, BiConsumer<UUID, Protocol.Message> sender,
      Executor flusher, Supplier<StoreStats> storeStats) {
    this.client = client;
    this.worker = worker;
    this.sender = sender;
    this.flusher = flusher;
    this.storeStats = storeStats;
  }

  /** Records one event and makes sure a report will carry it. */
  synchronized void add(long run, int position, byte kind, long byteCount, long nanoCount) {
    if (size == runs.length) {
      int capacity = size * 2;
      runs = Arrays.copyOf(runs, capacity);
      positions = Arrays.copyOf(positions, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      bytes = Arrays.copyOf(bytes, capacity);
      nanos = Arrays.copyOf(nanos, capacity);
    }
    runs[size] = run;
    positions[size] = position;
    kinds[size] = kind;
    bytes[size] = byteCount;
    nanos[size] = nanoCount;
    size++;
    scheduleFlush();
  }

  /** Records a task's failure, with its cause serialized (or described, when it cannot be). */
  void failed(long run, int position, Throwable failure) {
    byte[] cause;
    try {
      cause = Wire.serialize(failure, ClientClassLoader::isShipped);
    } catch (IOException | RuntimeException e) {
      cause = null;
    }
    String description = WorkerNode.describe(failure);
    synchronized (this) {
      notes.add(new TaskError(run, position, cause, description));
      add(run, position, Protocol.FAILED, 0, 0);
    }
  }

  /** Records that a task could not fetch an input from its owner. */
  synchronized void lostInput(long run, int position, int input, UUID owner) {
    notes.add(new LostInput(run, position, input, owner));
    add(run, position, Protocol.INPUT_LOST, 0, 0);
  }

  /** Records that this worker now holds a copy of another worker's result. */
  synchronized void replica(Replica replica) {
    notes.add(replica);
  }

  private void scheduleFlush() {
    if (!flushScheduled && !closed) {
      flushScheduled = true;
      try {
        flusher.execute(this::flushNow);
      } catch (RuntimeException e) { // the worker is shutting down
        flushScheduled = false;
      }
    }
  }

  /** Sends what has been recorded, if anything. */
  void flushNow() {
    Report report;
    synchronized (this) {
      flushScheduled = false;
      if (size == 0 && notes.isEmpty()) {
        return;
      }
      report = new Report(worker, Arrays.copyOf(runs, size), Arrays.copyOf(positions, size),
          Arrays.copyOf(kinds, size), Arrays.copyOf(bytes, size), Arrays.copyOf(nanos, size),
          notes, storeStats.get());
      size = 0;
      notes = new ArrayList<>();
    }
    sender.accept(client, report);
  }

  synchronized void close() {
    closed = true;
  }
}
