package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB, an outside judge, reads what the command writes (CSV, JSON Lines and Parquet): row
 * counts, distinct counts of the unique field, and the column types its sniffer infers or Parquet
 * declares. Extensions are never installed (no network).
 */
class DuckDbTest {
  private static final int ROWS = 20_000;

  @TempDir Path dir;
  private Path schema;
  private DuckDb db;

  @BeforeEach
  void open() throws IOException, SQLException {
    schema = Files.writeString(dir.resolve("users.json"), RecordsCommandTest.USERS);
    db = new DuckDb();
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  private Path write(String name, String... more) {
    Path file = dir.resolve(name);
    String[] args = {
      "records",
      "--schema",
      schema.toString(),
      "-n",
      "" + ROWS,
      "--seed",
      "11",
      "-o",
      file.toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    assertThat(Cli.run(all).code()).isZero();
    return file;
  }

  private void judge(String source) throws SQLException {
    assertThat(db.number("SELECT count(*) FROM " + source)).isEqualTo(ROWS);
    assertThat(db.number("SELECT count(DISTINCT email) FROM " + source)).isEqualTo(ROWS);
    assertThat(db.number("SELECT count(DISTINCT id) FROM " + source)).isEqualTo(ROWS);
    assertThat(db.number("SELECT count(*) FROM " + source + " WHERE age < 18 OR age > 65"))
        .isZero();
    assertThat(db.number("SELECT count(*) FROM " + source + " WHERE bio IS NULL"))
        .isBetween((long) (ROWS * 0.15), (long) (ROWS * 0.25));
    assertThat(db.number("SELECT count(DISTINCT plan) FROM " + source)).isEqualTo(3);
    Map<String, String> types = db.types(source);
    assertThat(types.keySet())
        .containsExactly("id", "name", "email", "age", "salary", "hired", "vip", "bio", "plan");
    // JSON Lines gives UUID; the CSV sniffer leaves it VARCHAR, every value a valid UUID still.
    assertThat(types.get("id")).isIn("UUID", "VARCHAR");
    assertThat(db.number("SELECT count(*) FROM " + source + " WHERE TRY_CAST(id AS UUID) IS NULL"))
        .isZero();
    assertThat(types.get("age")).isIn("BIGINT", "INTEGER");
    assertThat(types.get("salary")).isIn("DOUBLE", "DECIMAL(8,2)");
    assertThat(types.get("hired")).isEqualTo("DATE");
    assertThat(types.get("vip")).isEqualTo("BOOLEAN");
    assertThat(types.get("name")).isEqualTo("VARCHAR");
  }

  @Test
  void duckDbReadsTheCsv() throws SQLException {
    Path csv = write("users.csv", "--threads", "3");
    judge("read_csv('" + csv + "')");
  }

  @Test
  void duckDbReadsTheJsonLines() throws SQLException {
    Path jsonl = write("users.jsonl", "--format", "jsonl");
    judge("read_json('" + jsonl + "', format = 'newline_delimited')");
  }

  @Test
  void duckDbReadsTheParquetFile() throws SQLException {
    Path parquet = write("users.parquet", "--format", "parquet");
    String source = "read_parquet('" + parquet + "')";
    judge(source);
    // Parquet carries its column types, which DuckDB takes as they are: no sniffing.
    assertThat(db.types(source))
        .containsExactly(
            Map.entry("id", "VARCHAR"),
            Map.entry("name", "VARCHAR"),
            Map.entry("email", "VARCHAR"),
            Map.entry("age", "INTEGER"),
            Map.entry("salary", "DOUBLE"),
            Map.entry("hired", "DATE"),
            Map.entry("vip", "BOOLEAN"),
            Map.entry("bio", "VARCHAR"),
            Map.entry("plan", "VARCHAR"));
  }

  @Test
  void duckDbReadsSlicesAsOneDataSet() throws SQLException {
    Path events = dir.resolve("events.json");
    try {
      Files.writeString(events, RecordsCommandTest.EVENTS);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (String slice : new String[] {"0:7000", "7000:13000", "13000:20000"}) {
      Path file = dir.resolve("part-" + slice.replace(':', '-') + ".csv");
      assertThat(
              Cli.run(
                      "records",
                      "--schema",
                      events.toString(),
                      "--slice",
                      slice,
                      "--seed",
                      "3",
                      "-o",
                      file.toString())
                  .code())
          .isZero();
    }
    Path whole = dir.resolve("whole.csv");
    assertThat(
            Cli.run(
                    "records",
                    "--schema",
                    events.toString(),
                    "-n",
                    "20000",
                    "--seed",
                    "3",
                    "-o",
                    whole.toString())
                .code())
        .isZero();
    String parts = "read_csv('" + dir.resolve("part-*.csv") + "')";
    assertThat(db.number("SELECT count(*) FROM " + parts)).isEqualTo(20_000);
    assertThat(
            db.number(
                "SELECT count(*) FROM (SELECT * FROM "
                    + parts
                    + " EXCEPT ALL SELECT * FROM read_csv('"
                    + whole
                    + "'))"))
        .isZero();
    assertThat(db.number("SELECT count(DISTINCT id) FROM " + parts)).isEqualTo(20_000);
  }
}
