/**
 * The one protocol of everything lazy: a {@link dev.floe.runtime.lazy.Lazy} value is a plan of a
 * {@link dev.floe.runtime.lazy.Planner}; {@link dev.floe.runtime.lazy.Computing} groups values by
 * planner, has each optimize and lower its plans together, and runs the merged graph once.
 * {@code explain()} gives an {@link dev.floe.runtime.lazy.Explanation}.
 *
 * <p>Depends on {@code graph}, {@code schedule} and {@code display}; knows nothing of what the
 * plans are (frames and arrays bring their planners).
 */
package dev.floe.runtime.lazy;
