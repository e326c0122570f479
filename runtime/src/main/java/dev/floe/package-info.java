/**
 * Floe's front door: {@link dev.floe.Floe}, for computing, explaining, drawing and persisting
 * lazy values of any kind — frames and their results, arrays, delayed calls — together. Depends
 * on {@code dev.floe.runtime.lazy} and {@code dev.floe.runtime.delayed}.
 */
package dev.floe;
