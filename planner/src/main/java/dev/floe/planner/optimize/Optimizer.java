package dev.floe.planner.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules run in named phases, in order, each rule once — as dask-expr runs simplify, then the
 * optimizations, then lowering. A phase is a list of rules; a rule is a small class with its own
 * tests.
 *
 * @param <R> the plans' root type
 */
public final class Optimizer<R> {
  /** A named group of rules run one after another. */
  public record Phase<R>(String name, List<Rule<R>> rules) {
    /** Copies the rules. */
    public Phase {
      rules = List.copyOf(rules);
    }
  }

  private final List<Phase<R>> phases;

  /** An optimizer with these phases, run in this order. */
  public Optimizer(List<Phase<R>> phases) {
    this.phases = List.copyOf(phases);
  }

  /** The phases, in order. */
  public List<Phase<R>> phases() {
    return phases;
  }

  /** The roots after every phase's rules. */
  public List<R> optimize(List<R> roots) {
    List<R> current = new ArrayList<>(roots);
    for (Phase<R> phase : phases) {
      for (Rule<R> rule : phase.rules()) {
        current = rule.apply(current);
      }
    }
    return current;
  }
}
