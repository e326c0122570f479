/**
 * Data generators for the tutorial and the benchmarks: {@code floe generate flights}. Generated
 * data is seeded, so the same command writes the same bytes.
 *
 * <p>Depends on {@code dev.floe.runtime.futures} (files are written in parallel) and the JDK.
 */
package dev.floe.cli.generate;
