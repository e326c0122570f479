/**
 * Floe's benchmarks: each command runs one workload, checks its answer, and prints one line of
 * figures per configuration, so that runs can be compared and recorded in
 * {@code benchmarks/README.md}. {@link dev.floe.benchmarks.Main} dispatches commands.
 *
 * <p>Depends on {@code runtime}, {@code planner}, {@code frame} and {@code array}; the reference
 * engines (DuckDB; Dask through Debian's python3) belong to this module only.
 */
package dev.floe.benchmarks;
