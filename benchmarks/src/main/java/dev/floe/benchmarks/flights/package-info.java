/**
 * The flights benchmark: the tutorial's dataframe queries on a folder of flights CSVs, run on
 * Floe and on DuckDB (in process, same files, same run), with timings and a check that the
 * answers match.
 *
 * <p>Depends on {@code dev.floe.frame}, {@code dev.floe.runtime} and DuckDB's JDBC driver.
 */
package dev.floe.benchmarks.flights;
