package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format arrow} and {@code --format parquet}: outside judges read the files (DuckDB the
 * Parquet file, Arrow's own reader the Arrow file), whose rows are the CSV rows of the same seed,
 * and failures leave an existing file as it was.
 */
class ColumnarFormatsTest {
  private static final int ROWS = 20_000;

  /** Fields whose CSV text holds no delimiter, quote or line break, so a line splits on commas. */
  private static final String PLAIN =
      "{\"id\": \"uuid\", \"user\": {\"type\": \"username\", \"nullable\": 0.3},"
          + " \"age\": [\"int\", 18, 65], \"amount\": [\"float\", 0, 500, 2],"
          + " \"day\": [\"date\", \"2020-01-01\", \"2024-12-31\"], \"vip\": \"bool\","
          + " \"plan\": [\"choice\", [\"free\", \"pro\"]]}";

  @TempDir Path dir;
  private Path users;
  private Path plain;
  private DuckDb db;

  @BeforeEach
  void open() throws IOException, SQLException {
    users = Files.writeString(dir.resolve("users.json"), RecordsCommandTest.USERS);
    plain = Files.writeString(dir.resolve("plain.json"), PLAIN);
    db = new DuckDb();
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  private static String[] records(Path schema, String... more) {
    String[] args = {"records", "--schema", schema.toString(), "--seed", "11"};
    return Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new);
  }

  private Path write(Path schema, String name, String... more) {
    Path file = dir.resolve(name);
    String[] args =
        Stream.concat(Arrays.stream(more), Stream.of("-o", file.toString())).toArray(String[]::new);
    Cli.Run run = Cli.run(records(schema, args));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    return file;
  }

  @Test
  void theParquetFileHoldsTheRowsOfTheCsvOfTheSameSeed() throws SQLException {
    Path parquet = write(plain, "plain.parquet", "-n", "" + ROWS, "--format", "parquet");
    Path csv = write(plain, "plain.csv", "-n", "" + ROWS, "--threads", "3");
    String columns = "id, user, age, amount, day, vip, plan";
    String fromCsv =
        "SELECT "
            + columns
            + " FROM read_csv('"
            + csv
            + "', columns = {'id': 'VARCHAR', 'user': 'VARCHAR', 'age': 'INTEGER',"
            + " 'amount': 'DOUBLE', 'day': 'DATE', 'vip': 'BOOLEAN', 'plan': 'VARCHAR'},"
            + " header = true)";
    String fromParquet = "SELECT " + columns + " FROM read_parquet('" + parquet + "')";
    assertThat(db.number("SELECT count(*) FROM (" + fromCsv + ")")).isEqualTo(ROWS);
    assertThat(db.number("SELECT count(*) FROM (" + fromParquet + " EXCEPT ALL " + fromCsv + ")"))
        .isZero();
    assertThat(db.number("SELECT count(*) FROM (" + fromCsv + " EXCEPT ALL " + fromParquet + ")"))
        .isZero();
  }

  @Test
  void parquetSlicesHoldTheRowsOfTheWholeDataSet() throws SQLException {
    Path whole = write(plain, "whole.parquet", "-n", "" + ROWS, "--format", "parquet");
    for (String slice : new String[] {"0:7000", "7000:20000"}) {
      write(
          plain,
          "part-" + slice.replace(':', '-') + ".parquet",
          "--slice",
          slice,
          "--format",
          "parquet");
    }
    String parts = "read_parquet('" + dir.resolve("part-*.parquet") + "')";
    assertThat(db.number("SELECT count(*) FROM " + parts)).isEqualTo(ROWS);
    assertThat(
            db.number(
                "SELECT count(*) FROM (SELECT * FROM "
                    + parts
                    + " EXCEPT ALL SELECT * FROM read_parquet('"
                    + whole
                    + "'))"))
        .isZero();
  }

  @Test
  void arrowsReaderReadsTheCsvRowsOfTheSameSeed() throws IOException {
    Path arrow = write(plain, "plain.arrow", "-n", "" + ROWS, "--format", "arrow");
    Path csv = write(plain, "plain.csv", "-n", "" + ROWS, "--line-ending", "lf");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("id,user,age,amount,day,vip,plan");
    List<List<String>> rows = new ArrayList<>();
    try (BufferAllocator allocator = new RootAllocator();
        ArrowFileReader reader = new ArrowFileReader(FileChannel.open(arrow), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields().stream().map(f -> f.getName()))
          .containsExactly("id", "user", "age", "amount", "day", "vip", "plan");
      for (ArrowBlock block : reader.getRecordBlocks()) {
        reader.loadRecordBatch(block);
        for (int i = 0; i < root.getRowCount(); i++) {
          rows.add(row(root, i));
        }
      }
    }
    assertThat(rows).hasSize(ROWS);
    assertThat(rows.stream().filter(row -> row.get(1).isEmpty()).count())
        .isBetween((long) (ROWS * 0.25), (long) (ROWS * 0.35));
    for (int i = 0; i < ROWS; i++) {
      List<String> expected = Arrays.asList(lines.get(i + 1).split(",", -1));
      List<String> actual = rows.get(i);
      assertThat(new BigDecimal(actual.get(3))).isEqualByComparingTo(expected.get(3));
      actual.set(3, expected.get(3));
      assertThat(actual).as("row %d", i).isEqualTo(expected);
    }
  }

  /** Row {@code i} as the CSV writes it, a null as an empty field; the amount as a number. */
  private static List<String> row(VectorSchemaRoot root, int i) {
    List<String> row = new ArrayList<>();
    for (FieldVector vector : root.getFieldVectors()) {
      Object value = vector.getObject(i);
      if (value == null) {
        row.add("");
      } else if (vector instanceof DateDayVector) {
        row.add(LocalDate.ofEpochDay(((DateDayVector) vector).get(i)).toString());
      } else {
        row.add(value.toString());
      }
    }
    return row;
  }

  @Test
  void progressReportsTheTotalsAndThreadsAreSaidNotToApply() {
    Path file = dir.resolve("users.parquet");
    Cli.Run run =
        Cli.run(
            records(
                users,
                "-n",
                "1000",
                "--format",
                "parquet",
                "--threads",
                "4",
                "--progress",
                "-o",
                file.toString()));
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("--threads 4 applies to csv and jsonl")
        .containsOnlyOnce("1,000 of 1,000 rows (100.0%)")
        .containsPattern("\\d\\.\\d MB");
    assertThat(file).isNotEmptyFile();
  }

  @Test
  void aFailedWriteLeavesTheExistingFileUntouched() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), RecordsCommandTest.RUNS_OUT);
    for (String format : new String[] {"arrow", "parquet"}) {
      Path out = Files.writeString(dir.resolve("keep." + format), "precious");
      Cli.Run run = Cli.run(records(bad, "-n", "100000", "--format", format, "-o", out.toString()));
      RecordsCommandTest.assertRanOutAndKept(run, out);

      Cli.Run sliced =
          Cli.run(records(users, "--slice", "5:10", "--format", format, "-o", out.toString()));
      assertThat(sliced.code()).isEqualTo(2);
      assertThat(sliced.err()).contains("unique fields");
      assertThat(Files.readString(out)).isEqualTo("precious");

      Cli.Run intoDir =
          Cli.run(records(users, "-n", "10", "--format", format, "-o", dir.toString()));
      assertThat(intoDir.code()).isEqualTo(1);
      assertThat(intoDir.err()).contains("is a directory");
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileThatCannotBeCreatedExitsWithOne() throws IOException {
    // A name of 250 bytes is a valid file name, but the temporary file next to it, with a longer
    // name, cannot be created: the write fails on the disk, not on the input.
    Path out = dir.resolve("u".repeat(244) + ".arrow");
    Cli.Run run = Cli.run(records(users, "-n", "10", "--format", "arrow", "-o", out.toString()));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write " + out);
    assertThat(out).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("."))
          .collect(Collectors.toList());
    }
  }
}
