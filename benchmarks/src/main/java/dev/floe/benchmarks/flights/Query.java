package dev.floe.benchmarks.flights;

import java.sql.Connection;
import java.util.List;

/**
 * One benchmark query, answered by both engines as a small table of rows (group keys, then
 * values), so the answers can be compared cell by cell.
 */
interface Query {
  /** The name used on the command line and in the output. */
  String name();

  /** Floe's answer. */
  List<List<Object>> floe(FlightsData data) throws Exception;

  /** DuckDB's answer, over the same files. */
  List<List<Object>> duckdb(Connection connection, String files) throws Exception;
}
