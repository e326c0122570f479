package dev.floe.frame.plan;

import dev.floe.frame.kernel.Partitioning;
import dev.floe.core.chunk.Chunk;
import java.io.Serializable;
import java.util.List;

/** Where each row of an input partition goes in a shuffle. Immutable, hashed into task keys. */
public sealed interface Router extends Serializable
    permits Router.ByRange, Router.ByHash, Router.BySlices {
  /** The output partition of each row of input partition {@code partition}. */
  int[] targets(Chunk chunk, int partition);

  /** The columns the router reads. */
  List<String> columns();

  /** A few words for {@code explain()}. */
  String describe();

  /**
   * Rows go to the partition whose range of {@code column} holds their value; {@code descending}
   * numbers the ranges from the greatest. Missing values go to the last partition either way.
   */
  record ByRange(String column, List<Object> divisions, boolean descending) implements Router {
    /** Copies the divisions. */
    public ByRange {
      divisions = List.copyOf(divisions);
    }

    @Override
    public int[] targets(Chunk chunk, int partition) {
      int[] targets = Partitioning.byRange(chunk.column(column), divisions);
      if (descending) {
        int last = divisions.size() - 2;
        var values = chunk.column(column);
        for (int row = 0; row < targets.length; row++) {
          targets[row] = values.isMissing(row) ? last : last - targets[row];
        }
      }
      return targets;
    }

    @Override
    public List<String> columns() {
      return List.of(column);
    }

    @Override
    public String describe() {
      return "by range of " + column + (descending ? ", descending" : "");
    }
  }

  /** Rows go to the partition their key's hash picks. */
  record ByHash(List<String> keys, int parts) implements Router {
    /** Copies the keys. */
    public ByHash {
      keys = List.copyOf(keys);
    }

    @Override
    public int[] targets(Chunk chunk, int partition) {
      return Partitioning.byHash(chunk, keys, parts);
    }

    @Override
    public List<String> columns() {
      return keys;
    }

    @Override
    public String describe() {
      return "by hash of " + keys;
    }
  }

  /**
   * Input partition {@code p} is cut into {@code slices[p]} runs of rows of (nearly) equal length,
   * which go to outputs {@code first[p]}, {@code first[p] + 1}, … — repartitioning by count
   * without reordering rows.
   */
  record BySlices(int[] first, int[] slices) implements Router {
    @Override
    public int[] targets(Chunk chunk, int partition) {
      int[] targets = new int[chunk.rows()];
      int count = slices[partition];
      for (int row = 0; row < targets.length; row++) {
        targets[row] = first[partition] + (int) ((long) row * count / Math.max(1, targets.length));
      }
      return targets;
    }

    @Override
    public List<String> columns() {
      return List.of();
    }

    @Override
    public String describe() {
      return "by position";
    }
  }
}
