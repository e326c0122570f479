package dev.floe.diagnostics;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.DataEvent;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.StoreStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what the dashboard shows, from the events of the scheduler it watches.
 *
 * <p>Implementation notes. State: a bounded queue of the latest {@link #MAX_BARS} bars (tasks,
 * transfers, spills, loads), each numbered so the page can ask only for bars it has not seen; the
 * places bars are drawn in (threads or workers, in order of first appearance); the progress of the
 * last {@link #KEPT_COMPUTATIONS} computations per operation; the time spent running tasks again;
 * and the latest computation's graph with each task's state. Concurrency: events arrive on task
 * threads (or the cluster coordinator's loop) and the page's requests on the HTTP server's thread;
 * every method holds the recorder's lock, which is only ever held briefly (no I/O, no calls out).
 * Watching costs one short lock per event, and only while a dashboard is open.
 */
final class Recorder implements TaskListener {
  /** How many bars are kept for the task stream. */
  static final int MAX_BARS = 50_000;
  /** How many bars one answer carries at most (the newest). */
  static final int MAX_BARS_PER_ANSWER = 5_000;
  /** Graphs with more tasks than this are summarised, not drawn. */
  static final int MAX_DRAWN_GRAPH_TASKS = 1_500;
  /** How many computations the progress panel keeps. */
  static final int KEPT_COMPUTATIONS = 6;

  private static final double NANOS_PER_MS = 1e6;

  private final long epochNanos = System.nanoTime();
  private final ArrayDeque<Bar> bars = new ArrayDeque<>();
  private long nextSeq;
  private final Map<String, Integer> places = new LinkedHashMap<>();
  private final LinkedHashMap<Long, Progress> computations = new LinkedHashMap<>();
  private long recomputedTasks;
  private long recomputedNanos;
  private GraphState graph;
  private long graphVersion;

  /** One bar of the task stream: a task, or a data move, in a place, over a time span. */
  record Bar(long seq, int place, String label, double startMs, double durationMs, String kind) {}

  @Override
  public synchronized void computationStarted(ComputationEvent event) {
    computations.put(event.computationId(), new Progress(event));
    Iterator<Progress> oldest = computations.values().iterator();
    while (computations.size() > KEPT_COMPUTATIONS && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
    if (event.graph() != null) {
      graph = new GraphState(++graphVersion, event.computationId(), event.graph());
    }
  }

  @Override
  public synchronized void taskStarted(TaskEvent event) {
    place(event.thread());
    if (graph != null && graph.computationId == event.computationId()) {
      graph.mark(event.key(), GraphState.RUNNING);
    }
  }

  @Override
  public synchronized void taskFinished(TaskEvent event) {
    Progress progress = computations.get(event.computationId());
    boolean again = progress != null && progress.finished(event);
    if (again) {
      recomputedTasks++;
      recomputedNanos += event.durationNanos();
    }
    String kind = event.failure() != null ? "failed" : again ? "recomputed" : "task";
    addBar(event.thread(), event.operation(), event.startNanos(), event.durationNanos(), kind);
    if (graph != null && graph.computationId == event.computationId()) {
      graph.mark(event.key(), event.failure() == null ? GraphState.DONE : GraphState.FAILED);
    }
  }

  @Override
  public synchronized void dataMoved(DataEvent event) {
    String kind = event.kind().name().toLowerCase(Locale.ROOT);
    addBar(event.place(), kind, event.startNanos(), event.durationNanos(), kind);
  }

  @Override
  public synchronized void computationFinished(ComputationEvent event) {
    Progress progress = computations.get(event.computationId());
    if (progress != null) {
      progress.end(event);
    }
  }

  private void addBar(String place, String label, long startNanos, long durationNanos,
      String kind) {
    bars.addLast(new Bar(nextSeq++, place(place), label, (startNanos - epochNanos) / NANOS_PER_MS,
        durationNanos / NANOS_PER_MS, kind));
    if (bars.size() > MAX_BARS) {
      bars.removeFirst();
    }
  }

  private int place(String name) {
    return places.computeIfAbsent(name, n -> places.size());
  }

  /**
   * The dashboard's document: bars numbered from {@code sinceSeq} on, the graph's structure when
   * the page's {@code knownGraphVersion} is stale (only task states otherwise), and the rest whole.
   */
  synchronized String state(String scheduler, Map<String, StoreStats> memory, long sinceSeq,
      long knownGraphVersion) {
    Json json = new Json().beginObject();
    json.name("scheduler").value(scheduler);
    json.name("nowMs").value((System.nanoTime() - epochNanos) / NANOS_PER_MS);
    json.name("seq").value(nextSeq);
    json.name("places").beginArray();
    for (String place : places.keySet()) {
      json.value(place);
    }
    json.endArray();
    writeBars(json, sinceSeq);
    json.name("computations").beginArray();
    List<Progress> newestFirst = new ArrayList<>(computations.values());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      newestFirst.get(i).write(json, epochNanos);
    }
    json.endArray();
    json.name("memory").beginArray();
    for (Map.Entry<String, StoreStats> worker : memory.entrySet()) {
      StoreStats stats = worker.getValue();
      json.beginObject().name("worker").value(worker.getKey())
          .name("held").value(stats.memoryBytes()).name("peak").value(stats.peakMemoryBytes())
          .name("spilled").value(stats.diskBytes()).name("spills").value(stats.spills())
          .name("loads").value(stats.loads()).endObject();
    }
    json.endArray();
    json.name("recompute").beginObject().name("tasks").value(recomputedTasks)
        .name("ms").value(recomputedNanos / NANOS_PER_MS).endObject();
    json.name("graph");
    if (graph == null) {
      json.value((String) null);
    } else {
      graph.write(json, knownGraphVersion);
    }
    return json.endObject().toString();
  }

  private void writeBars(Json json, long sinceSeq) {
    long from = Math.max(sinceSeq, nextSeq - MAX_BARS_PER_ANSWER);
    json.name("bars").beginArray();
    Iterator<Bar> newest = bars.descendingIterator();
    List<Bar> fresh = new ArrayList<>();
    while (newest.hasNext()) {
      Bar bar = newest.next();
      if (bar.seq() < from) {
        break;
      }
      fresh.add(bar);
    }
    for (int i = fresh.size() - 1; i >= 0; i--) {
      Bar bar = fresh.get(i);
      json.beginArray().value(bar.place()).value(bar.label()).value(bar.startMs())
          .value(bar.durationMs()).value(bar.kind()).endArray();
    }
    json.endArray();
  }

  /** One computation's progress, per operation, in the order operations first appear. */
  private static final class Progress {
    final long id;
    final String scheduler;
    final long startNanos = System.nanoTime();
    final Map<String, int[]> totalAndDone = new LinkedHashMap<>();
    final Set<TaskKey> finishedKeys = new HashSet<>();
    final int taskCount;
    String outcome = "RUNNING";
    long elapsedNanos = -1;

    Progress(ComputationEvent event) {
      id = event.computationId();
      scheduler = event.scheduler();
      taskCount = event.taskCount();
      if (event.graph() != null) {
        for (int i = 0; i < event.graph().size(); i++) {
          totalAndDone.computeIfAbsent(event.graph().task(i).operation(), op -> new int[2])[0]++;
        }
      }
    }

    /** Counts a finished task; returns whether it had finished before (it ran again). */
    boolean finished(TaskEvent event) {
      if (!finishedKeys.add(event.key())) {
        return true;
      }
      int[] counts = totalAndDone.computeIfAbsent(event.operation(), op -> new int[2]);
      counts[1]++;
      counts[0] = Math.max(counts[0], counts[1]);
      return false;
    }

    void end(ComputationEvent event) {
      outcome = event.outcome().name();
      elapsedNanos = event.elapsedNanos();
    }

    void write(Json json, long epochNanos) {
      long elapsed = elapsedNanos >= 0 ? elapsedNanos : System.nanoTime() - startNanos;
      json.beginObject().name("id").value(id).name("scheduler").value(scheduler)
          .name("state").value(outcome).name("tasks").value(taskCount).name("done").value(finishedKeys.size())
          .name("elapsedMs").value(elapsed / NANOS_PER_MS).name("ops").beginArray();
      for (Map.Entry<String, int[]> op : totalAndDone.entrySet()) {
        json.beginArray().value(op.getKey()).value(op.getValue()[0]).value(op.getValue()[1])
            .endArray();
      }
      json.endArray().endObject();
    }
  }

  /** The latest computation's graph, with each task's state, when small enough to draw. */
  private static final class GraphState {
    static final char WAITING = '0';
    static final char RUNNING = '1';
    static final char DONE = '2';
    static final char FAILED = '3';

    final long version;
    final long computationId;
    final TaskGraph graph;
    final boolean drawn;
    final char[] states;

    GraphState(long version, long computationId, TaskGraph graph) {
      this.version = version;
      this.computationId = computationId;
      this.graph = graph;
      this.drawn = graph.size() <= MAX_DRAWN_GRAPH_TASKS;
      this.states = new char[drawn ? graph.size() : 0];
      Arrays.fill(states, WAITING);
    }

    void mark(TaskKey key, char state) {
      int position = drawn ? graph.position(key) : -1;
      if (position >= 0) {
        states[position] = state;
      }
    }

    void write(Json json, long knownVersion) {
      json.beginObject().name("version").value(version).name("computation").value(computationId)
          .name("tasks").value(graph.size()).name("drawn").value(drawn);
      if (drawn && knownVersion != version) {
        json.name("ops").beginArray();
        for (int i = 0; i < graph.size(); i++) {
          json.value(graph.task(i).operation());
        }
        json.endArray().name("edges").beginArray();
        for (int i = 0; i < graph.size(); i++) {
          for (int d = 0; d < graph.dependencyCount(i); d++) {
            json.value(graph.dependency(i, d)).value(i);
          }
        }
        json.endArray();
      }
      json.name("states").value(new String(states));
      json.endObject();
    }
  }
}
