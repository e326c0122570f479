package dev.floe.cluster;

/**
 * A result {@code persist} keeps on the workers: where it lives and how big it is. Touched only
 * by the coordinator's thread; {@code holders} shrinks when workers leave.
 */
final class PersistedResult {
  final ResultRef ref;
  WorkerView[] holders;
  final long bytes;

  PersistedResult(ResultRef ref, WorkerView[] holders, long bytes) {
    this.ref = ref;
    this.holders = holders;
    this.bytes = bytes;
  }
}
