package dev.floe.frame;

/** How rows without a match on the other side are kept, as pandas' {@code how}. */
public enum JoinKind {
  /** Only rows with a match on both sides. */
  INNER,
  /** Every left row; right columns missing where no right row matches. */
  LEFT,
  /** Every right row; left columns missing where no left row matches. */
  RIGHT,
  /** Every row of both sides. */
  OUTER
}
