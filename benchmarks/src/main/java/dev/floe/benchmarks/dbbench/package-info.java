/**
 * db-benchmark (h2oai, continued by DuckDB Labs): its data generators, its group-by questions
 * q1–q10 and join questions j1–j5, answered by Floe and by DuckDB in one run and compared by the
 * benchmark's own checksums. Depends on Floe's public API and DuckDB's JDBC driver only.
 */
package dev.floe.benchmarks.dbbench;
