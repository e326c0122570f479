package dev.floe.frame.plan;

import java.io.Serializable;
import java.util.List;

/**
 * What is known of how rows are spread over partitions: partition {@code i} holds the rows whose
 * {@code column} is from {@code bounds[i]} up to but not including {@code bounds[i + 1]} (the
 * last also {@code bounds[n]}; rows where it is missing are in the last partition). Bounds are in
 * {@code Keys} form.
 */
public record Divisions(String column, List<Object> bounds) implements Serializable {
  /** Copies the bounds. */
  public Divisions {
    bounds = List.copyOf(bounds);
  }

  /** The bounds of partitions {@code first} to {@code last}, both included. */
  public Divisions slice(int first, int last) {
    return new Divisions(column, bounds.subList(first, last + 2));
  }
}
