package dev.floe.cluster;

import dev.floe.runtime.graph.TaskFunction;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.store.StoreStats;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The messages between a client's coordinator and the workers. Each travels through the {@link
 * Transport} to one member and is handed to the node living there (a {@code WorkerNode} or a
 * {@code Coordinator}). Messages are small and carry pre-serialized payloads where user classes
 * are involved, so that the transport itself only ever decodes Floe's classes.
 *
 * <p>Messages may be handled in any order and on several threads at once; every handler copes.
 */
final class Protocol {
  /** Report entry kinds. */
  static final byte STARTED = 1;
  static final byte DONE = 2;
  static final byte RETURNED = 3;
  static final byte FAILED = 4;
  static final byte INPUT_LOST = 5;
  static final byte STEAL_ANSWERED = 6;

  private Protocol() {}

  /** A one-way message, delivered to the node of the member it was sent to. */
  abstract static class Message implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    abstract void deliver(Object node);
  }

  /** What a worker needs to run one task, serialized in a batch inside {@link RunTasks}. */
  record Order(TaskKey key, String operation, TaskFunction function, ResultRef[] inputs,
      UUID[] owners) implements Serializable {}

  /** Client to worker: run these tasks of one computation (a serialized {@code Order[]}). */
  static final class RunTasks extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final UUID client;
    final long run;
    final int[] positions;
    final byte[] orders;

    RunTasks(UUID client, long run, int[] positions, byte[] orders) {
      this.client = client;
      this.run = run;
      this.positions = positions;
      this.orders = orders;
    }

    @Override
    void deliver(Object node) {
      ((WorkerNode) node).accept(this);
    }
  }

  /** Client to worker: these results are no longer needed. */
  static final class Release extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final ResultRef[] refs;

    Release(ResultRef[] refs) {
      this.refs = refs;
    }

    @Override
    void deliver(Object node) {
      ((WorkerNode) node).release(refs);
    }
  }

  /**
   * Client to worker: a computation has ended. Its queued tasks are dropped, its running ones
   * interrupted when {@code interrupt}, and its results released except those under {@code
   * keep} (persisted).
   */
  static final class EndRun extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final UUID client;
    final long run;
    final TaskKey[] keep;
    final boolean interrupt;

    EndRun(UUID client, long run, TaskKey[] keep, boolean interrupt) {
      this.client = client;
      this.run = run;
      this.keep = keep;
      this.interrupt = interrupt;
    }

    @Override
    void deliver(Object node) {
      ((WorkerNode) node).endRun(this);
    }
  }

  /** Client to worker: give back up to {@code count} queued, unstarted tasks of this client. */
  static final class Steal extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final UUID client;
    final int count;

    Steal(UUID client, int count) {
      this.client = client;
      this.count = count;
    }

    @Override
    void deliver(Object node) {
      ((WorkerNode) node).steal(client, count);
    }
  }

  /** A task's failure as it travels back: the cause itself, or its text when unserializable. */
  record TaskError(long run, int position, byte[] cause, String description)
      implements Serializable {}

  /** A task could not fetch input {@code input} from {@code owner}. */
  record LostInput(long run, int position, int input, UUID owner) implements Serializable {}

  /**
   * A worker now also holds a copy of {@code ref}, fetched as another task's input: {@code bytes}
   * on the wire, in {@code nanos}.
   */
  record Replica(ResultRef ref, long bytes, long nanos) implements Serializable {}

  /**
   * Worker to client: what happened to its tasks since the last report, as parallel arrays (one
   * entry per event) plus notes: {@link TaskError}, {@link LostInput}, {@link Replica}; and the
   * worker's store use as the report left.
   */
  static final class Report extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final UUID worker;
    final long[] runs;
    final int[] positions;
    final byte[] kinds;
    final long[] bytes;
    final long[] nanos;
    final List<Object> notes;
    final StoreStats store;

    Report(UUID worker, long[] runs, int[] positions, byte[] kinds, long[] bytes, long[] nanos,
        List<Object> notes, StoreStats store) {
      this.worker = worker;
      this.runs = runs;
      this.positions = positions;
      this.kinds = kinds;
      this.bytes = bytes;
      this.nanos = nanos;
      this.notes = notes;
      this.store = store;
    }

    @Override
    void deliver(Object node) {
      ((Coordinator) node).report(this);
    }
  }

  /**
   * Worker to client: a retiring worker handed the results it held to {@code heir}; the client
   * now finds them there.
   */
  static final class HandedOver extends Message {
    @Serial private static final long serialVersionUID = 1L;
    final UUID worker;
    final UUID heir;
    final ResultRef[] refs;

    HandedOver(UUID worker, UUID heir, ResultRef[] refs) {
      this.worker = worker;
      this.heir = heir;
      this.refs = refs;
    }

    @Override
    void deliver(Object node) {
      ((Coordinator) node).handedOver(this);
    }
  }

  /** A request answered by the member it is sent to; the node does the work. */
  abstract static class Request implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    abstract byte[] answer(Object node) throws Exception;
  }

  /** Anyone to a worker: the encoded bytes of a result it holds. */
  static final class FetchResult extends Request {
    @Serial private static final long serialVersionUID = 1L;
    final ResultRef ref;

    FetchResult(ResultRef ref) {
      this.ref = ref;
    }

    @Override
    byte[] answer(Object node) throws Exception {
      return ((WorkerNode) node).encoded(ref);
    }
  }

  /** Worker to a worker: take these results (encoded) over from a retiring worker. */
  static final class TakeOver extends Request {
    @Serial private static final long serialVersionUID = 1L;
    final ResultRef[] refs;
    final byte[][] values;

    TakeOver(ResultRef[] refs, byte[][] values) {
      this.refs = refs;
      this.values = values;
    }

    @Override
    byte[] answer(Object node) throws Exception {
      ((WorkerNode) node).takeOver(refs, values);
      return new byte[0];
    }
  }

  /** Worker to client: the class file of a class the client shipped. */
  static final class FetchClass extends Request {
    @Serial private static final long serialVersionUID = 1L;
    final String className;

    FetchClass(String className) {
      this.className = className;
    }

    @Override
    byte[] answer(Object node) throws Exception {
      return ((Coordinator) node).classFile(className);
    }
  }
}
