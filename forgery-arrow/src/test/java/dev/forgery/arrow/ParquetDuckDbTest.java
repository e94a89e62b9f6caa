package dev.forgery.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files read by DuckDB, whose Parquet reader is built in: nothing is installed. */
class ParquetDuckDbTest {
  private static final int N = 100_000;

  @TempDir static Path dir;
  private static Path file;
  private static List<Map<String, Object>> rows;

  @BeforeAll
  static void write() {
    file = dir.resolve("users.parquet");
    assertThat(ForgeryArrow.writeParquet(new Faker("en_US", 31L), Fixtures.BUILT_IN, N, file))
        .isEqualTo(N);
    rows = new Faker("en_US", 31L).records(N, Fixtures.BUILT_IN);
  }

  private static Connection duckDb() throws SQLException {
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:", config);
  }

  @Test
  void duckDbCountsTheRowsAndTheDistinctValues() throws SQLException {
    Map<String, Set<Object>> distinct = new LinkedHashMap<>();
    for (String column : List.of("id", "email", "age", "vip", "joined", "balance")) {
      Set<Object> values = new HashSet<>();
      for (Map<String, Object> row : rows) {
        if (row.get(column) != null) {
          values.add(row.get(column));
        }
      }
      distinct.put(column, values);
    }
    try (Connection db = duckDb();
        Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(*), count(DISTINCT id), count(DISTINCT email), count(DISTINCT age),"
                    + " count(DISTINCT vip), count(DISTINCT joined), count(DISTINCT balance),"
                    + " count(email), count(n) FROM read_parquet('"
                    + file
                    + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(N);
      int k = 2;
      for (Set<Object> values : distinct.values()) {
        assertThat(rs.getLong(k++)).isEqualTo(values.size());
      }
      assertThat(rs.getLong(8))
          .isEqualTo(rows.stream().filter(r -> r.get("email") != null).count());
      assertThat(rs.getLong(9)).isEqualTo(rows.stream().filter(r -> r.get("n") != null).count());
    }
  }

  @Test
  void duckDbSeesTheColumnTypesOfTheMapping() throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Connection db = duckDb();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("id", "VARCHAR");
    expected.put("name", "VARCHAR");
    expected.put("email", "VARCHAR");
    expected.put("age", "INTEGER");
    expected.put("score", "DOUBLE");
    expected.put("vip", "BOOLEAN");
    expected.put("n", "INTEGER");
    expected.put("x", "DOUBLE");
    expected.put("b", "BOOLEAN");
    expected.put("joined", "DATE");
    expected.put("seen", "TIMESTAMP");
    expected.put("at", "TIMESTAMP WITH TIME ZONE");
    expected.put("balance", "DECIMAL(38,2)");
    expected.put("visits", "BIGINT");
    assertThat(types).containsExactlyEntriesOf(expected);
  }

  @Test
  void duckDbReadsTheValuesOfTheRecordsAtTheirRows() throws SQLException {
    try (Connection db = duckDb();
        PreparedStatement sql =
            db.prepareStatement(
                "SELECT id, name, email, age, score, vip, n, joined, seen, balance, visits,"
                    + " epoch_us(\"at\") FROM read_parquet(?, file_row_number = true)"
                    + " WHERE file_row_number = ?")) {
      sql.setString(1, file.toString());
      for (int row : new int[] {0, 1, 7, 65_535, 65_536, 99_999}) {
        sql.setLong(2, row);
        Map<String, Object> expected = rows.get(row);
        try (ResultSet rs = sql.executeQuery()) {
          assertThat(rs.next()).as("row %d", row).isTrue();
          assertThat(rs.getString("id")).isEqualTo(expected.get("id").toString());
          assertThat(rs.getString("name")).isEqualTo(expected.get("name"));
          assertThat(rs.getString("email")).isEqualTo(expected.get("email"));
          assertThat(rs.getInt("age")).isEqualTo(expected.get("age"));
          assertThat(rs.getDouble("score")).isEqualTo(expected.get("score"));
          assertThat(rs.getBoolean("vip")).isEqualTo(expected.get("vip"));
          assertThat(rs.getObject("n")).isEqualTo(expected.get("n"));
          assertThat(rs.getObject("joined", LocalDate.class)).isEqualTo(expected.get("joined"));
          assertThat(rs.getObject("seen", LocalDateTime.class)).isEqualTo(expected.get("seen"));
          assertThat(rs.getBigDecimal("balance")).isEqualTo((BigDecimal) expected.get("balance"));
          assertThat(rs.getLong("visits")).isEqualTo(expected.get("visits"));
          java.time.Instant at = (java.time.Instant) expected.get("at");
          assertThat(rs.getLong(12))
              .isEqualTo(at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000);
        }
      }
    }
  }

  @Test
  void customValueTypesGetTheirParquetTypes() throws SQLException {
    Path custom = dir.resolve("custom.parquet");
    ForgeryArrow.writeParquet(new Faker("en_US", 32L), Fixtures.CUSTOM, 5_000, custom);
    List<Map<String, Object>> expected = new Faker("en_US", 32L).records(5_000, Fixtures.CUSTOM);
    Map<String, String> types = new LinkedHashMap<>();
    try (Connection db = duckDb();
        Statement sql = db.createStatement()) {
      try (ResultSet rs =
          sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + custom + "')")) {
        while (rs.next()) {
          types.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      assertThat(types)
          .containsEntry("small", "INTEGER")
          .containsEntry("ratio", "FLOAT")
          .containsEntry("wake", "TIME")
          .containsEntry("stamp", "TIMESTAMP WITH TIME ZONE")
          .containsEntry("big", "VARCHAR")
          .containsEntry("flag", "BOOLEAN");
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT CAST(wake AS VARCHAR), big, epoch_us(stamp) FROM read_parquet('"
                  + custom
                  + "', file_row_number = true) WHERE file_row_number = 0")) {
        assertThat(rs.next()).isTrue();
        assertThat(java.time.LocalTime.parse(rs.getString(1)))
            .isEqualTo(expected.get(0).get("wake"));
        assertThat(rs.getString(2)).isEqualTo(expected.get(0).get("big").toString());
        java.time.Instant stamp =
            ((java.time.OffsetDateTime) expected.get(0).get("stamp")).toInstant();
        assertThat(rs.getLong(3)).isEqualTo(stamp.getEpochSecond() * 1_000_000L);
      }
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT count(*), count(flag), sum(small) FROM read_parquet('" + custom + "')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(5_000);
        assertThat(rs.getLong(2))
            .isEqualTo(expected.stream().filter(r -> r.get("flag") != null).count());
        assertThat(rs.getLong(3))
            .isEqualTo(expected.stream().mapToLong(r -> (Short) r.get("small")).sum());
      }
    }
  }
}
