package dev.floe.frame.plan;

import dev.floe.core.chunk.Chunk;
import java.io.Serializable;

/** What a task computes from one partition, after the steps: a partial result or the rows. */
@FunctionalInterface
public interface PartitionFunction extends Serializable {
  /** The result for one partition. */
  Object apply(Chunk partition) throws Exception;
}
