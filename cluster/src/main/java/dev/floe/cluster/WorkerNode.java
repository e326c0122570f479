package dev.floe.cluster;

import dev.floe.core.Diagnostics;
import dev.floe.cluster.Protocol.EndRun;
import dev.floe.cluster.Protocol.FetchClass;
import dev.floe.cluster.Protocol.FetchResult;
import dev.floe.cluster.Protocol.HandedOver;
import dev.floe.cluster.Protocol.Order;
import dev.floe.cluster.Protocol.Replica;
import dev.floe.cluster.Protocol.RunTasks;
import dev.floe.cluster.Protocol.TakeOver;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.ChunkSizes;
import dev.floe.runtime.store.ChunkStore;
import dev.floe.runtime.store.HeldChunk;
import dev.floe.runtime.store.MemoryBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker: runs the tasks clients send it on its own threads and holds their results until the
 * clients release them.
 *
 * <p>Implementation overview. Orders arrive in batches ({@link RunTasks}) and wait in one deque;
 * {@code threads} worker threads take them from the head, so work runs in the order the client
 * chose. A steal request takes unstarted orders from the tail. A task's inputs are found in the
 * worker's own results, or fetched straight from the worker the client named as their owner
 * (and kept here as a copy, which the client is told of). Results of at least {@link
 * ChunkStore#MIN_HELD_BYTES} are held in a {@link ChunkStore} under the worker's memory budget,
 * so they spill to disk like local results do. What happened is reported back through one {@link
 * Reporter} per client, which batches events while a report is in flight.
 *
 * <p>Concurrency. Results live in a concurrent map keyed by {@link ResultRef}; a held result is
 * pinned while a task reads it or it is being encoded for another member, and released exactly
 * once, by whoever removes it from the map. Ended computations are remembered for a while so
 * that orders arriving late (messages may overtake each other) are dropped, not run. A client
 * that leaves the cluster takes its queued orders and results with it.
 */
final class WorkerNode implements AutoCloseable {
  private static final long FETCH_TIMEOUT_SECONDS = 600;
  private static final long ENDED_RUN_MEMORY_MS = 10 * 60_000;

  private final String name;
  private final int threads;
  private final ChunkStore store;
  private final CountDownLatch started = new CountDownLatch(1);
  private final LinkedBlockingDeque<Work> queue = new LinkedBlockingDeque<>();
  private final Map<ResultRef, Object> results = new ConcurrentHashMap<>();
  private final Map<UUID, ClientClassLoader> loaders = new ConcurrentHashMap<>();
  private final Map<UUID, Reporter> reporters = new ConcurrentHashMap<>();
  private final Map<RunId, Long> endedRuns = new ConcurrentHashMap<>();
  private final Map<Thread, Work> running = new ConcurrentHashMap<>();
  private final List<Thread> workerThreads = new ArrayList<>();
  private final ExecutorService flusher = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "floe-worker-reports");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Transport transport;
  private volatile boolean closing;

  /** One order to run, with the client and computation it belongs to. */
  private record Work(UUID client, long run, int position, Order order) {}

  /** One computation of one client: what an ended-run check looks up, once per task. */
  private record RunId(UUID client, long run) {}

  WorkerNode(String name, int threads, MemoryBudget budget) {
    if (threads < 1) {
      throw new IllegalArgumentException("a worker needs at least 1 thread, not " + threads);
    }
    this.name = name;
    this.threads = threads;
    this.store = new ChunkStore(budget);
  }

  /** Joins the cluster and starts the worker threads. */
  void start(ClusterSettings settings) {
    transport = Transport.join(settings, false, name, threads,
        Transport.Node.of(this, (joined, left) -> {
          for (Peer peer : left) {
            if (peer.client()) {
              forgetClient(peer.id());
            }
          }
        }));
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(this::work, name + "-" + (i + 1));
      thread.setDaemon(true);
      workerThreads.add(thread);
      thread.start();
    }
    started.countDown();
  }

  String name() {
    return name;
  }

  int threads() {
    return threads;
  }

  Transport transport() {
    return transport;
  }

  ChunkStore store() {
    return store;
  }

  private void awaitStart() {
    try {
      started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- messages --------------------------------------------------------------------------

  /** Queues a batch of orders; a batch that cannot be read fails its first task, saying why. */
  void accept(RunTasks batch) {
    awaitStart();
    if (isEnded(batch.client, batch.run)) {
      return;
    }
    Order[] orders;
    try {
      orders = (Order[]) Wire.deserialize(batch.orders, WorkerNode.class.getClassLoader(),
          loader(batch.client));
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      reporter(batch.client).failed(batch.run, batch.positions[0], new IllegalStateException(
          "worker " + name + " cannot read the tasks it was sent: " + describe(e), e));
      return;
    }
    for (int i = 0; i < orders.length; i++) {
      queue.addLast(new Work(batch.client, batch.run, batch.positions[i], orders[i]));
    }
    if (closing) {
      steal(batch.client, Integer.MAX_VALUE); // retiring: hand them straight back
    }
  }

  /** Drops results clients no longer need. */
  void release(ResultRef[] refs) {
    for (ResultRef ref : refs) {
      releaseHeld(results.remove(ref));
    }
  }

  /** Ends a computation here: queued orders dropped, results released but the kept ones. */
  void endRun(EndRun end) {
    endedRuns.put(new RunId(end.client, end.run), System.currentTimeMillis());
    queue.removeIf(work -> work.client.equals(end.client) && work.run == end.run);
    if (end.interrupt) {
      running.forEach((thread, work) -> {
        if (work.client.equals(end.client) && work.run == end.run) {
          thread.interrupt();
        }
      });
    }
    Set<TaskKey> keep = Set.of(end.keep);
    results.keySet().removeIf(ref -> {
      if (ref.client().equals(end.client) && ref.run() == end.run && !keep.contains(ref.key())) {
        releaseHeld(results.get(ref));
        return true;
      }
      return false;
    });
    pruneEndedRuns();
  }

  /** Gives back up to {@code count} queued orders of a client (the newest first). */
  void steal(UUID client, int count) {
    Reporter reporter = reporter(client);
    int given = 0;
    Iterator<Work> newestFirst = queue.descendingIterator();
    while (given < count && newestFirst.hasNext()) {
      Work work = newestFirst.next();
      if (work.client.equals(client) && queue.removeLastOccurrence(work)) {
        reporter.add(work.run, work.position, Protocol.RETURNED, 0, 0);
        given++;
      }
    }
    reporter.add(0, -1, Protocol.STEAL_ANSWERED, given, 0);
  }

  /** The encoded bytes of a result held here, for another member. */
  byte[] encoded(ResultRef ref) throws IOException {
    awaitStart();
    Object held = results.get(ref);
    if (held == null) {
      throw new IllegalStateException("worker " + name + " does not hold " + ref.key());
    }
    Object value = held;
    if (held instanceof HeldChunk chunk) {
      value = chunk.pin();
    }
    try {
      return Wire.encodeResult(value, ClientClassLoader::isShipped);
    } catch (IOException | RuntimeException e) {
      throw new UntransferableResultException("the result of task " + ref.key() + " ("
          + value.getClass().getName() + ") cannot be sent from worker " + name + " to another"
          + " JVM: no chunk codec writes it and it is not serializable (" + e + ")", e);
    } finally {
      if (held instanceof HeldChunk chunk) {
        chunk.unpin();
      }
    }
  }

  /** Takes over results a retiring worker hands us. */
  void takeOver(ResultRef[] refs, byte[][] values) throws IOException, ClassNotFoundException {
    for (int i = 0; i < refs.length; i++) {
      Object value = Wire.decodeResult(values[i], WorkerNode.class.getClassLoader(),
          loader(refs[i].client()));
      Object kept = keep(value, ChunkSizes.estimateBytes(value));
      if (results.putIfAbsent(refs[i], kept) != null) {
        releaseHeld(kept);
      }
    }
  }

  // ---- running tasks ----------------------------------------------------------------------

  private void work() {
    while (!closing) {
      Work work;
      try {
        work = queue.take();
      } catch (InterruptedException e) {
        if (closing) {
          return;
        }
        continue;
      }
      if (!isEnded(work.client, work.run)) {
        execute(work);
      }
      Thread.interrupted(); // an interrupt aimed at a stopped task must not reach the next
    }
  }

  private void execute(Work work) {
    Reporter reporter = reporter(work.client);
    reporter.add(work.run, work.position, Protocol.STARTED, 0, 0);
    Order order = work.order;
    Object[] inputs = new Object[order.inputs().length];
    List<HeldChunk> pinned = new ArrayList<>(inputs.length);
    List<Replica> fetched = new ArrayList<>(0);
    long start = System.nanoTime();
    try {
      for (int i = 0; i < inputs.length; i++) {
        Object input = input(order.inputs()[i], order.owners()[i], pinned, fetched);
        if (input == LOST) {
          reporter.lostInput(work.run, work.position, i, order.owners()[i]);
          return;
        }
        inputs[i] = input;
      }
      for (Replica replica : fetched) {
        reporter.replica(replica);
      }
      Object result;
      running.put(Thread.currentThread(), work);
      try {
        result = order.function().apply(inputs);
      } finally {
        running.remove(Thread.currentThread());
      }
      long nanos = System.nanoTime() - start;
      long bytes = ChunkSizes.estimateBytes(result);
      Object kept = keep(result, bytes);
      if (isEnded(work.client, work.run)) {
        releaseHeld(kept);
        return;
      }
      Object previous = results.put(new ResultRef(work.client, work.run, order.key()), kept);
      releaseHeld(previous);
      reporter.add(work.run, work.position, Protocol.DONE, Math.max(bytes, 0), nanos);
    } catch (Throwable failure) {
      if (!isEnded(work.client, work.run)) {
        reporter.failed(work.run, work.position, failure);
      }
    } finally {
      for (HeldChunk chunk : pinned) {
        chunk.unpin();
      }
    }
  }

  private static final Object LOST = new Object();

  /** An input's value: held here, or fetched from its owner (LOST when that fails). */
  private Object input(ResultRef ref, UUID owner, List<HeldChunk> pinned, List<Replica> fetched)
      throws IOException, ClassNotFoundException, InterruptedException {
    Object held = results.get(ref);
    if (held instanceof HeldChunk chunk) {
      Object value = chunk.pin();
      pinned.add(chunk);
      return value;
    }
    if (held != null) {
      return held;
    }
    Peer member = owner == null ? null : transport.member(owner);
    if (member == null) {
      return LOST;
    }
    byte[] bytes;
    long fetchStart = System.nanoTime();
    try {
      bytes = transport.request(member, new FetchResult(ref),
          TimeUnit.SECONDS.toMillis(FETCH_TIMEOUT_SECONDS))
          .get(FETCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      UntransferableResultException untransferable = UntransferableResultException.in(e);
      if (untransferable != null) {
        throw untransferable;
      }
      return LOST;
    }
    Object value = Wire.decodeResult(bytes, WorkerNode.class.getClassLoader(),
        loader(ref.client()));
    Object kept = keep(value, ChunkSizes.estimateBytes(value));
    if (results.putIfAbsent(ref, kept) == null) {
      fetched.add(new Replica(ref, bytes.length, System.nanoTime() - fetchStart));
    } else {
      releaseHeld(kept);
    }
    return value;
  }

  /** A result as it is kept here: held in the store (spillable) when big enough, else as is. */
  private Object keep(Object value, long bytes) {
    return bytes >= ChunkStore.MIN_HELD_BYTES ? store.hold(value, bytes) : value;
  }

  private static void releaseHeld(Object held) {
    if (held instanceof HeldChunk chunk) {
      chunk.release();
    }
  }

  // ---- clients ----------------------------------------------------------------------------

  private ClientClassLoader loader(UUID client) {
    return loaders.computeIfAbsent(client, id ->
        new ClientClassLoader(id, WorkerNode.class.getClassLoader(), this::fetchClassFile));
  }

  private byte[] fetchClassFile(UUID client, String className) throws ClassNotFoundException {
    Peer member = transport.member(client);
    if (member == null) {
      throw new ClassNotFoundException(className + ": the client that shipped it has left");
    }
    try {
      return transport.request(member, new FetchClass(className),
          TimeUnit.SECONDS.toMillis(FETCH_TIMEOUT_SECONDS))
          .get(FETCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new ClassNotFoundException(className + " is on neither worker " + name
          + "'s class path nor among the client's own classes", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClassNotFoundException(className + ": interrupted while fetching it", e);
    } catch (TimeoutException e) {
      throw new ClassNotFoundException(className + ": the client did not send it in time", e);
    }
  }

  Reporter reporter(UUID client) {
    return reporters.computeIfAbsent(client,
        id -> new Reporter(id, id(), this::send, flusher, store::stats));
  }

  /** Sends a report to a client, unless it has left. */
  void send(UUID client, Protocol.Message message) {
    Peer member = transport.member(client);
    if (member != null) {
      try {
        transport.send(member, message);
      } catch (IOException e) {
        // the client is leaving (its membership event cleans up), or this worker is closing
        Diagnostics.warn(WorkerNode.class, "worker " + name + " cannot report to its client: "
            + e.getMessage());
      }
    }
  }

  UUID id() {
    return transport.self();
  }

  private void forgetClient(UUID client) {
    queue.removeIf(work -> work.client.equals(client));
    results.keySet().removeIf(ref -> {
      if (ref.client().equals(client)) {
        releaseHeld(results.get(ref));
        return true;
      }
      return false;
    });
    loaders.remove(client);
    Reporter reporter = reporters.remove(client);
    if (reporter != null) {
      reporter.close();
    }
  }

  private boolean isEnded(UUID client, long run) {
    return endedRuns.containsKey(new RunId(client, run));
  }

  private void pruneEndedRuns() {
    long oldest = System.currentTimeMillis() - ENDED_RUN_MEMORY_MS;
    endedRuns.values().removeIf(time -> time < oldest);
  }

  static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
      return "class " + cause.getMessage() + " is missing on the worker (" + e + ")";
    }
    return e.toString();
  }

  // ---- leaving ----------------------------------------------------------------------------

  /**
   * Leaves the cluster gracefully: stops taking orders (queued ones go back to their clients),
   * lets running tasks finish, hands every result to the worker with the most free memory, tells
   * the clients where their results went, and shuts the member down.
   */
  void retire() {
    if (transport == null || closing) {
      return;
    }
    closing = true;
    for (UUID client : Set.copyOf(reporters.keySet())) {
      steal(client, Integer.MAX_VALUE);
    }
    while (!running.isEmpty()) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Reporter reporter : reporters.values()) {
      reporter.flushNow(); // what finished here is reported before where it went
    }
    handOver();
    close();
  }

  private void handOver() {
    Peer heir = null;
    UUID self = id();
    for (Peer member : transport.members()) {
      if (!member.client() && !member.id().equals(self)) {
        heir = member;
        break;
      }
    }
    if (heir == null || results.isEmpty()) {
      return;
    }
    List<ResultRef> refs = new ArrayList<>(results.keySet());
    List<byte[]> values = new ArrayList<>();
    List<ResultRef> sent = new ArrayList<>();
    for (ResultRef ref : refs) {
      try {
        values.add(encoded(ref));
        sent.add(ref);
      } catch (IOException | RuntimeException e) {
        // lost here; the client recomputes it from its key
      }
    }
    try {
      transport.request(heir, new TakeOver(sent.toArray(new ResultRef[0]),
          values.toArray(new byte[0][])), TimeUnit.SECONDS.toMillis(FETCH_TIMEOUT_SECONDS))
          .get(FETCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return; // the clients recompute what was lost
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Map<UUID, List<ResultRef>> byClient = new HashMap<>();
    for (ResultRef ref : sent) {
      byClient.computeIfAbsent(ref.client(), id -> new ArrayList<>()).add(ref);
    }
    UUID heirId = heir.id();
    byClient.forEach((client, moved) -> {
      Peer member = transport.member(client);
      if (member != null) {
        transport.sendAndWait(member, new HandedOver(id(), heirId,
            moved.toArray(new ResultRef[0])), TimeUnit.SECONDS.toMillis(FETCH_TIMEOUT_SECONDS));
      }
    });
  }

  /** Shuts the member down at once: queued work and held results are dropped. */
  @Override
  public void close() {
    closing = true;
    for (Thread thread : workerThreads) {
      thread.interrupt();
    }
    for (Reporter reporter : reporters.values()) {
      reporter.close();
    }
    flusher.shutdown();
    Transport joined = transport;
    if (joined != null) {
      joined.close();
    }
    results.values().forEach(WorkerNode::releaseHeld);
    results.clear();
    store.close();
  }
}
