package dev.floe.frame.differential;

import dev.floe.core.DType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB in process, holding the generated tables with the same values (appended directly, not
 * read from the CSV files, so that its answer does not depend on CSV parsing) plus each row's
 * place as {@code rid}.
 */
final class Oracle implements AutoCloseable {
  private final Connection connection;

  Oracle() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      // A float64 NaN is a missing value in Floe (and pandas).
      statement.execute("CREATE MACRO nn(x) AS CASE WHEN isnan(x) THEN NULL ELSE x END");
      statement.execute("SET threads = 1");
    }
  }

  /** Replaces the table of {@code data}'s name with its rows. */
  void load(Data data) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      StringBuilder create = new StringBuilder("CREATE OR REPLACE TABLE " + data.name()
          + " (rid BIGINT");
      for (Shape.Col col : data.columns()) {
        create.append(", ").append(ExprGenerator.quote(col.name())).append(' ')
            .append(Data.sqlType(col.type()));
      }
      statement.execute(create.append(")").toString());
    }
    try (DuckDBAppender appender = ((DuckDBConnection) connection)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, data.name())) {
      long rid = 0;
      for (Object[] row : data.rows()) {
        appender.beginRow();
        appender.append(rid++);
        for (int c = 0; c < row.length; c++) {
          Object value = row[c];
          switch (data.columns().get(c).type()) {
            case INT64 -> appender.append((Long) value);
            case FLOAT64 -> appender.append((Double) value);
            case BOOL -> appender.append((Boolean) value);
            case STRING -> appender.append((String) value);
            case DATE -> appender.append((LocalDate) value);
            default -> throw new IllegalArgumentException("no " + DType.DATETIME + " yet");
          }
        }
        appender.endRow();
      }
    }
  }

  /** The rows of a query, values normalized by {@link Results#normalize}. */
  List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          Object value = result.getMetaData().getColumnType(i) == Types.DATE
              ? result.getObject(i, LocalDate.class) : result.getObject(i);
          row.add(Results.normalize(value));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
