package dev.forgery.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory DuckDB database, the outside judge of the files the command writes. Extensions are
 * never installed or loaded (no network): read_csv, read_json and read_parquet are built in.
 */
final class DuckDb implements AutoCloseable {
  private final Connection db;

  /** Opens the database. */
  DuckDb() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
    }
  }

  /** The number in the first column of the first row of a query. */
  long number(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The column names and types of a source, in order. */
  Map<String, String> types(String source) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (r.next()) {
        types.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return types;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
