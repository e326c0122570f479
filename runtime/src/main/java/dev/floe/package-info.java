/**
 * Floe's front door: {@link dev.floe.Floe}, for computing several lazy results (reductions,
 * group-bys, delayed calls) together. Depends on {@code dev.floe.runtime.delayed}.
 */
package dev.floe;
