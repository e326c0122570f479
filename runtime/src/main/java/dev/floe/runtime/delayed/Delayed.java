package dev.floe.runtime.delayed;

import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.lazy.Planner;
import dev.floe.core.function.Fn0;
import dev.floe.core.function.Fn1;
import dev.floe.core.function.Fn2;
import dev.floe.core.function.Fn3;
import dev.floe.core.function.FnN;
import dev.floe.core.function.Functions;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lazy call of an ordinary function: the node of a task graph that computes a {@code T}.
 *
 * <p>{@code Delayed.call(fn, args...)} runs nothing; it records the call. Each argument is either
 * a plain value or another {@code Delayed}, whose result is passed when the call runs. {@link
 * #compute()} builds the graph of everything the result needs and runs it — in parallel on the
 * default scheduler, so independent calls run at once:
 *
 * <pre>{@code
 * Delayed<Integer> x = Delayed.call(Demo::inc, 1);
 * Delayed<Integer> y = Delayed.call(Demo::inc, 2);
 * Delayed<Integer> z = Delayed.call(Demo::add, x, y);
 * z.compute();                       // 5; inc(1) and inc(2) ran in parallel
 * z.visualize(Path.of("z.svg"));
 * }</pre>
 *
 * <p>A call's key is the content hash of the function (its method and captured values) and its
 * arguments, so the same call made twice is one task, computed once. Functions should therefore be
 * pure: a call that draws random numbers or reads a changing file is still computed once per
 * graph. Delayed values are immutable and may be shared between threads.
 *
 * <p>Functions are serializable functional interfaces ({@link Fn1} and friends), so a graph can
 * later run on a cluster unchanged. Each argument position has an overload for a plain value and
 * one for a {@code Delayed}; with method references Java picks the right one, while a lambda
 * given a delayed argument needs its parameter types written out ({@code (Integer v) -> v * 2})
 * — or use {@link #then}.
 *
 * @param <T> the type of the call's result
 */
public final class Delayed<T> implements Lazy<T> {
  private final Task task;
  private final List<Delayed<?>> dependencies;
  /** For a result of an existing graph: that graph, which holds the task and its inputs. */
  private final TaskGraph base;

  private Delayed(Task task, List<Delayed<?>> dependencies) {
    this(task, dependencies, null);
  }

  private Delayed(Task task, List<Delayed<?>> dependencies, TaskGraph base) {
    this.task = task;
    this.dependencies = dependencies;
    this.base = base;
  }

  /**
   * The delayed result of task {@code key} of an existing graph — how collections (dataframes,
   * arrays) hand out lazy results that combine with other delayed values. Tasks with equal keys
   * in different graphs are the same work and run once when computed together.
   *
   * @throws IllegalArgumentException when the graph has no such task
   */
  public static <T> Delayed<T> of(TaskGraph graph, TaskKey key) {
    return new Delayed<>(graph.task(key), List.of(), graph);
  }

  /**
   * Any lazy value — a frame's reduction or group-by, an array — as a delayed value, to pass to
   * {@link #call}: its plan is optimized and lowered on its own.
   */
  @SuppressWarnings("unchecked")
  public static <T> Delayed<T> from(Lazy<T> value) {
    if (value instanceof Delayed<?> delayed) {
      return (Delayed<T>) delayed;
    }
    Lowered lowered = Computing.lower(List.of(value));
    return of(lowered.graph(), lowered.keys().get(0));
  }

  /** A delayed constant: its result is {@code value}. Its key is the hash of the value. */
  public static <T> Delayed<T> value(T value) {
    TaskKey key = TaskKey.of("value", value);
    return new Delayed<>(new Task(key, "value", List.of(), inputs -> value), List.of());
  }

  /**
   * Collects lazy results into one delayed list, in order: computing it computes them all
   * (once each, in parallel).
   */
  public static <T> Delayed<List<T>> all(List<? extends Lazy<? extends T>> items) {
    List<Delayed<?>> dependencies = new ArrayList<>();
    for (Lazy<? extends T> item : items) {
      dependencies.add(from(item));
    }
    List<TaskKey> keys = new ArrayList<>(dependencies.size());
    for (Delayed<?> item : dependencies) {
      keys.add(item.key());
    }
    Task task = Task.of("list", keys, inputs -> Collections.unmodifiableList(Arrays.asList(inputs)));
    return new Delayed<>(task, dependencies);
  }

  /** A delayed call of {@code fn()}. */
  public static <R> Delayed<R> call(Fn0<R> fn) {
    return make(fn, arguments -> fn.call());
  }

  /** A delayed call of {@code fn(a)}, with a. */
  @SuppressWarnings("unchecked")
  public static <A, R> Delayed<R> call(Fn1<A, R> fn, A a) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0)), a);
  }

  /** A delayed call of {@code fn(a)}, with lazy a (a delayed call, a frame result, an array). */
  @SuppressWarnings("unchecked")
  public static <A, R> Delayed<R> call(Fn1<A, R> fn, Lazy<? extends A> a) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0)), from(a));
  }

  /** A delayed call of {@code fn(a, b)}, with a, b. */
  @SuppressWarnings("unchecked")
  public static <A, B, R> Delayed<R> call(Fn2<A, B, R> fn, A a, B b) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, b);
  }

  /** A delayed call of {@code fn(a, b)}, with a, delayed b. */
  @SuppressWarnings("unchecked")
  public static <A, B, R> Delayed<R> call(Fn2<A, B, R> fn, A a, Lazy<? extends B> b) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), a, from(b));
  }

  /** A delayed call of {@code fn(a, b)}, with delayed a, b. */
  @SuppressWarnings("unchecked")
  public static <A, B, R> Delayed<R> call(Fn2<A, B, R> fn, Lazy<? extends A> a, B b) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), from(a), b);
  }

  /** A delayed call of {@code fn(a, b)}, with delayed a, delayed b. */
  @SuppressWarnings("unchecked")
  public static <A, B, R> Delayed<R> call(Fn2<A, B, R> fn, Lazy<? extends A> a, Lazy<? extends B> b) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1)), from(a), from(b));
  }

  /** A delayed call of {@code fn(a, b, c)}, with a, b, c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, A a, B b, C c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), a, b, c);
  }

  /** A delayed call of {@code fn(a, b, c)}, with a, b, delayed c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, A a, B b, Lazy<? extends C> c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), a, b, from(c));
  }

  /** A delayed call of {@code fn(a, b, c)}, with a, delayed b, c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, A a, Lazy<? extends B> b, C c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), a, from(b), c);
  }

  /** A delayed call of {@code fn(a, b, c)}, with a, delayed b, delayed c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, A a, Lazy<? extends B> b, Lazy<? extends C> c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), a, from(b), from(c));
  }

  /** A delayed call of {@code fn(a, b, c)}, with delayed a, b, c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, Lazy<? extends A> a, B b, C c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), from(a), b, c);
  }

  /** A delayed call of {@code fn(a, b, c)}, with delayed a, b, delayed c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, Lazy<? extends A> a, B b, Lazy<? extends C> c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), from(a), b, from(c));
  }

  /** A delayed call of {@code fn(a, b, c)}, with delayed a, delayed b, c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, Lazy<? extends A> a, Lazy<? extends B> b, C c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), from(a), from(b), c);
  }

  /** A delayed call of {@code fn(a, b, c)}, with delayed a, delayed b, delayed c. */
  @SuppressWarnings("unchecked")
  public static <A, B, C, R> Delayed<R> call(Fn3<A, B, C, R> fn, Lazy<? extends A> a, Lazy<? extends B> b, Lazy<? extends C> c) {
    return make(fn, arguments -> fn.apply((A) arguments.get(0), (B) arguments.get(1), (C) arguments.get(2)), from(a), from(b), from(c));
  }

  /**
   * Records {@code function} called on {@code arguments}; arguments that are {@code Delayed}
   * become dependencies.
   */
  private static <R> Delayed<R> make(Object function, FnN<R> body, Object... arguments) {
    Object[] constants = arguments.clone();
    Object[] keyParts = new Object[arguments.length + 1];
    keyParts[0] = function;
    List<Delayed<?>> dependencies = new ArrayList<>();
    List<TaskKey> dependencyKeys = new ArrayList<>();
    int[] slots = new int[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Delayed<?> delayed) {
        slots[dependencies.size()] = i;
        dependencies.add(delayed);
        dependencyKeys.add(delayed.key());
        constants[i] = null;
        keyParts[i + 1] = delayed.key();
      } else {
        keyParts[i + 1] = arguments[i];
      }
    }
    String name = Functions.name(function);
    Task task = new Task(
        TaskKey.of(name, keyParts),
        name,
        dependencyKeys,
        new Call(body, constants, Arrays.copyOf(slots, dependencies.size())));
    return new Delayed<>(task, List.copyOf(dependencies));
  }

  /** A delayed call of {@code fn} on this call's result: {@code x.then(v -> v * 2)}. */
  public <R> Delayed<R> then(Fn1<? super T, R> fn) {
    return call(fn, this);
  }

  /** The key of this call's task: the content hash of the function and its arguments. */
  public TaskKey key() {
    return task.key();
  }

  /** The graph of this call and everything it depends on, each distinct call once. */
  public TaskGraph graph() {
    return graphOf(List.of(this));
  }

  /** Delayed calls are planned by {@link DelayedPlanner}: their graph is already their plan. */
  @Override
  public Planner planner() {
    return DelayedPlanner.INSTANCE;
  }

  /** The call itself. */
  @Override
  public Object plan() {
    return this;
  }

  /**
   * Draws this call's graph to a file: {@code .dot} as Graphviz text; {@code .svg}, {@code .png}
   * or {@code .pdf} rendered by Graphviz's {@code dot}, which must be installed (the error says
   * so, and the DOT text is written beside the file instead).
   */
  public void visualize(Path file) {
    visualize().save(file);
  }

  /** The graph as Graphviz DOT text. */
  public String toDot() {
    return visualize().toDot();
  }

  /** The graph of several calls, each distinct call once, dependencies first. */
  static TaskGraph graphOf(List<? extends Delayed<?>> roots) {
    TaskGraph.Builder builder = TaskGraph.builder();
    Set<TaskKey> visited = new HashSet<>();
    // Iterative post-order walk: a deep chain of calls must not overflow the stack.
    Deque<Object[]> stack = new ArrayDeque<>();
    for (Delayed<?> root : roots) {
      stack.push(new Object[] {root, 0});
      while (!stack.isEmpty()) {
        Object[] frame = stack.peek();
        Delayed<?> node = (Delayed<?>) frame[0];
        int next = (Integer) frame[1];
        if (next == 0 && !visited.add(node.key())) {
          stack.pop();
          continue;
        }
        if (next < node.dependencies.size()) {
          frame[1] = next + 1;
          stack.push(new Object[] {node.dependencies.get(next), 0});
        } else {
          stack.pop();
          if (node.base != null) {
            builder.addAll(node.base);
          } else {
            builder.add(node.task);
          }
        }
      }
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Delayed<?> delayed && delayed.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /** E.g. {@code Delayed(inc-3fa2c1d09e8b)}. */
  @Override
  public String toString() {
    return "Delayed(" + key() + ")";
  }
}
