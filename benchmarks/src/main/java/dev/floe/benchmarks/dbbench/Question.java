package dev.floe.benchmarks.dbbench;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * One db-benchmark question: Floe's answer as a table, DuckDB's as SQL over the tables {@code x},
 * {@code small}, {@code medium} and {@code big}, and the result columns whose sums (with the row
 * count) are the benchmark's checksum.
 *
 * @param name q1–q10 or j1–j5
 * @param description the benchmark's wording
 * @param floe Floe's answer over the named frames
 * @param sql DuckDB's query
 * @param checked the result columns summed for the checksum
 */
record Question(String name, String description, FloeAnswer floe, String sql,
    List<String> checked) {

  /** Floe's answer, computed to a table, over the frames named as in SQL. */
  interface FloeAnswer {
    Table answer(Map<String, dev.floe.frame.DataFrame> frames) throws Exception;
  }
}
