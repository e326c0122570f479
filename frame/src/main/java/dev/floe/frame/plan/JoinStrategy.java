package dev.floe.frame.plan;

/** How a join brings matching rows together. */
public enum JoinStrategy {
  /** The right side is one partition: every left partition is joined with all of it. */
  BROADCAST_RIGHT,
  /** The left side is one partition: all of it is joined with every right partition. */
  BROADCAST_LEFT,
  /** Both sides are partitioned alike on the key (equal divisions): partition i with i. */
  ALIGNED,
  /** Both sides are hash-shuffled on the key into the same number of partitions. */
  HASH_SHUFFLE
}
