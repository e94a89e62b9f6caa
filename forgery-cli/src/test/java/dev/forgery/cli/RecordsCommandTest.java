package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.CsvFormat;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forgery records}: what it writes, where, and how it fails. */
class RecordsCommandTest {
  /** The schema file of the README. */
  static final String USERS =
      "{\n"
          + "  \"id\": \"uuid\",\n"
          + "  \"name\": \"name\",\n"
          + "  \"email\": {\"type\": \"safe_email\", \"unique\": true},\n"
          + "  \"age\": [\"int\", 18, 65],\n"
          + "  \"salary\": [\"float\", 30000, 150000, 2],\n"
          + "  \"hired\": [\"date\", \"2020-01-01\", \"2024-12-31\"],\n"
          + "  \"vip\": \"bool\",\n"
          + "  \"bio\": {\"type\": \"text\", \"args\": [20, 80], \"nullable\": 0.2},\n"
          + "  \"plan\": [\"choice\", {\"free\": 80, \"pro\": 15, \"enterprise\": 5}]\n"
          + "}\n";

  /** The same fields without the unique one, so that they may be sliced anywhere. */
  static final String EVENTS =
      "{\"id\": \"uuid\", \"user\": \"username\", \"amount\": [\"float\", 0, 500, 2],"
          + " \"at\": \"dateTime\", \"note\": {\"type\": \"sentence\", \"nullable\": 0.5}}";

  /** A unique field whose provider runs out of values after 100 rows: it fails mid-write. */
  static final String RUNS_OUT =
      "{\"id\": \"uuid\", \"code\": {\"type\": \"numerify\", \"args\": [\"##\"], \"unique\": true}}";

  @TempDir Path dir;
  private Path users;
  private Path events;

  @BeforeEach
  void schemaFiles() throws IOException {
    users = Files.writeString(dir.resolve("users.json"), USERS);
    events = Files.writeString(dir.resolve("events.json"), EVENTS);
  }

  /** The schema of {@link #USERS}, written in code. */
  static Schema usersSchema(Faker faker) {
    return Schema.builder(faker)
        .field("id", "uuid")
        .field("name", "name")
        .field("email", "safe_email")
        .unique()
        .field("age", "int", 18, 65)
        .field("salary", "float", 30000, 150000, 2)
        .field("hired", "date", "2020-01-01", "2024-12-31")
        .field("vip", "bool")
        .field("bio", "text", 20, 80)
        .nullable(0.2)
        .field("plan", "choice", Map.of("free", 80, "pro", 15, "enterprise", 5))
        .build();
  }

  @Test
  void writesWhatTheCoreWriterWritesForTheSameSchemaSeedAndLocale() {
    Cli.Run csv = Cli.run("records", "--schema", users.toString(), "-n", "3000", "--seed", "42");
    assertThat(csv.code()).isZero();
    assertThat(csv.err()).isEmpty();
    Faker faker = new Faker("en_US", 42L);
    StringBuilder expected = new StringBuilder();
    faker.writeCsv(3000, usersSchema(faker), expected);
    assertThat(csv.out()).isEqualTo(expected.toString());

    Cli.Run json =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "500",
            "--seed",
            "42",
            "--locale",
            "de_DE",
            "--format",
            "JSONL");
    assertThat(json.code()).isZero();
    Faker german = new Faker("de_DE", 42L);
    StringBuilder lines = new StringBuilder();
    german.writeJsonLines(500, usersSchema(german), lines);
    assertThat(json.out()).isEqualTo(lines.toString());
  }

  @Test
  void threadsChangeNothingInTheBytes() {
    long rows = 2L * TextWriter.BLOCK + 123;
    String[] args = {"records", "--schema", events.toString(), "-n", "" + rows, "--seed", "9"};
    Cli.Run one = Cli.run(concat(args, "--threads", "1"));
    Cli.Run four = Cli.run(concat(args, "--threads", "4"));
    Cli.Run byDefault = Cli.run(args);
    assertThat(one.code()).isZero();
    assertThat(four.bytes()).isEqualTo(one.bytes());
    assertThat(byDefault.bytes()).isEqualTo(one.bytes());
    assertThat(one.out().split("\r\n")).hasSize((int) rows + 1);
  }

  @Test
  void slicesConcatenateToTheWholeDataSet() {
    long rows = TextWriter.BLOCK + 2_000;
    String[] base = {"records", "--schema", events.toString(), "--seed", "5", "--no-header"};
    byte[] whole = Cli.run(concat(base, "--slice", "0:" + rows)).bytes();
    StringBuilder joined = new StringBuilder();
    long[] cuts = {0, 1, 999, TextWriter.BLOCK + 7, rows};
    for (int i = 0; i + 1 < cuts.length; i++) {
      Cli.Run slice =
          Cli.run(concat(base, "--slice", cuts[i] + ":" + cuts[i + 1], "--threads", "2"));
      assertThat(slice.code()).isZero();
      joined.append(slice.out());
    }
    assertThat(joined.toString()).isEqualTo(new String(whole, StandardCharsets.UTF_8));
    assertThat(Cli.run(concat(base, "-n", "" + rows)).bytes()).isEqualTo(whole);

    Cli.Run json =
        Cli.run(
            "records",
            "--schema",
            events.toString(),
            "--seed",
            "5",
            "--slice",
            "10:20",
            "--format",
            "jsonl");
    List<String> all =
        Cli.run(
                "records",
                "--schema",
                events.toString(),
                "--seed",
                "5",
                "-n",
                "20",
                "--format",
                "jsonl")
            .out()
            .lines()
            .collect(Collectors.toList());
    assertThat(json.out().lines()).containsExactlyElementsOf(all.subList(10, 20));
    Cli.Run withHeader =
        Cli.run("records", "--schema", events.toString(), "--slice", "7:9", "-n", "9");
    assertThat(withHeader.out().split("\r\n")).hasSize(3).startsWith("id,user,amount,at,note");
  }

  @Test
  void aUniqueSchemaIsSlicedOnlyFromRowZero() {
    Cli.Run refused = Cli.run("records", "--schema", users.toString(), "--slice", "5:10");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .contains("--slice 5:10")
        .contains(users.toString())
        .contains("[email]")
        .contains("starts at 0");
    Cli.Run fromZero =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "--slice",
            "0:2000",
            "--seed",
            "1",
            "--threads",
            "3");
    assertThat(fromZero.code()).isZero();
    List<String> emails =
        fromZero.out().lines().skip(1).map(line -> line.split(",")[2]).collect(Collectors.toList());
    assertThat(emails).hasSize(2000).doesNotHaveDuplicates();
  }

  @Test
  void csvOptionsShapeTheText() {
    Cli.Run run =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "200",
            "--seed",
            "2",
            "--no-header",
            "--delimiter",
            ";",
            "--null-text",
            "NULL",
            "--line-ending",
            "lf");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertThat(run.out()).doesNotContain("\r").endsWith("\n");
    assertThat(lines).hasSize(200).noneMatch(line -> line.startsWith("id;"));
    assertThat(lines).anyMatch(line -> line.contains(";NULL;"));
    Faker faker = new Faker("en_US", 2L);
    StringBuilder expected = new StringBuilder();
    faker.writeCsv(
        200,
        usersSchema(faker),
        expected,
        CsvFormat.rfc4180()
            .withHeader(false)
            .withDelimiter(';')
            .withNullText("NULL")
            .withLineEnding("\n"));
    assertThat(run.out()).isEqualTo(expected.toString());
  }

  @Test
  void writesFilesAndReplacesOnlyWholeOnes() throws IOException {
    Path out = dir.resolve("users.csv");
    Files.writeString(out, "old");
    Cli.Run run =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "100",
            "--seed",
            "4",
            "-o",
            out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(
            Cli.run("records", "--schema", users.toString(), "-n", "100", "--seed", "4").out());
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailingProviderLeavesTheExistingFileUntouched() throws IOException {
    Path bad = writeSchema(RUNS_OUT);
    Path out = dir.resolve("keep.csv");
    Files.writeString(out, "precious");
    Cli.Run run =
        Cli.run(
            "records",
            "--schema",
            bad.toString(),
            "-n",
            "100000",
            "--seed",
            "1",
            "-o",
            out.toString(),
            "--threads",
            "2");
    assertRanOutAndKept(run, out);
    assertThat(leftovers()).isEmpty();

    Cli.Run unique =
        Cli.run(
            "records",
            "--schema",
            writeSchema("{\"v\": {\"type\": \"bool\", \"unique\": true}, \"w\": \"name\"}")
                .toString(),
            "-n",
            "3",
            "-o",
            out.toString());
    assertThat(unique.code()).isEqualTo(2);
    assertThat(unique.err()).contains("'v'");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aTargetThatCannotBeWrittenExitsWithOne() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "a file, not a directory");
    Cli.Run intoFile =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "10",
            "-o",
            file.resolve("users.csv").toString());
    assertThat(intoFile.code()).isEqualTo(1);
    assertThat(intoFile.err()).contains("cannot write").contains("not an existing directory");
    assertThat(Files.readString(file)).isEqualTo("a file, not a directory");

    Cli.Run intoDir =
        Cli.run("records", "--schema", users.toString(), "-n", "10", "-o", dir.toString());
    assertThat(intoDir.code()).isEqualTo(1);
    assertThat(intoDir.err()).contains("is a directory");

    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("pipe closed");
          }
        };
    Cli.Run stdout = Cli.run(broken, "records", "--schema", events.toString(), "-n", "10");
    assertThat(stdout.code()).isEqualTo(1);
    assertThat(stdout.err()).contains("standard output").contains("pipe closed");
  }

  @Test
  void arrowAndParquetAreFilesAndNeedAnOutputFile() {
    for (String format : new String[] {"arrow", "parquet"}) {
      Cli.Run run =
          Cli.run("records", "--schema", users.toString(), "-n", "10", "--format", format);
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains("--format " + format)
          .contains("-o FILE")
          .contains("csv or jsonl")
          .doesNotContain("--seed");
    }
    Cli.Run unknown =
        Cli.run("records", "--schema", users.toString(), "-n", "10", "--format", "xml");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("xml").contains("jsonl");
  }

  @Test
  void badFlagsExitWithTwo() {
    String schema = users.toString();
    assertBad(List.of("records", "-n", "10"), "--schema");
    assertBad(List.of("records", "--schema", schema), "-n N");
    assertBad(List.of("records", "--schema", schema, "-n", "-3"), "-n must be >= 0");
    assertBad(List.of("records", "--schema", schema, "--slice", "5"), "no ':'");
    assertBad(List.of("records", "--schema", schema, "--slice", "a:b"), "whole numbers");
    assertBad(List.of("records", "--schema", schema, "--slice", "9:3"), "0 <= FROM <= TO");
    assertBad(
        List.of("records", "--schema", schema, "--slice", "0:30", "-n", "20"),
        "must end by row 20");
    assertBad(
        List.of("records", "--schema", schema, "-n", "1", "--threads", "0"),
        "--threads must be >= 1");
    assertBad(
        List.of("records", "--schema", schema, "-n", "1", "--line-ending", "cr"), "crlf or lf");
    assertBad(
        List.of("records", "--schema", schema, "-n", "1", "--delimiter", "\""), "CSV options");
    assertBad(List.of("records", "--schema", schema, "-n", "1", "--locale", "xx"), "--locale");
  }

  @Test
  void withoutASeedTheSeedIsPrintedSoThatTheRunCanBeRepeated() {
    Cli.Run run = Cli.run("records", "--schema", events.toString(), "-n", "50");
    assertThat(run.code()).isZero();
    assertThat(run.err()).startsWith("forgery: no --seed given; this data set is --seed ");
    String seed = run.err().trim().replaceAll(".*--seed ", "");
    assertThat(
            Cli.run("records", "--schema", events.toString(), "-n", "50", "--seed", seed).bytes())
        .isEqualTo(run.bytes());
  }

  @Test
  void progressGoesToTheErrorStreamAndTheDataStaysOnTheOutput() throws IOException {
    Cli.Run run =
        Cli.run("records", "--schema", events.toString(), "-n", "100", "--seed", "1", "--progress");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("forgery: 100 of 100 rows (100.0%)").contains("rows/s");
    assertThat(run.out())
        .isEqualTo(
            Cli.run("records", "--schema", events.toString(), "-n", "100", "--seed", "1").out());

    Path out = dir.resolve("u.jsonl");
    Cli.Run unique =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "3000",
            "--format",
            "jsonl",
            "-o",
            out.toString(),
            "--progress",
            "--seed",
            "1");
    assertThat(unique.err()).contains("forgery: 3,000 of 3,000 rows");
    assertThat(Files.readAllLines(out)).hasSize(3000);
    Cli.Run quiet =
        Cli.run(
            "records",
            "--schema",
            users.toString(),
            "-n",
            "10",
            "-o",
            out.toString(),
            "--no-progress",
            "--seed",
            "1");
    assertThat(quiet.err()).isEmpty();
  }

  private void assertBad(List<String> args, String message) {
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.code()).as("%s", args).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).as("%s", args).contains(message);
  }

  /**
   * Checks that a write of {@link #RUNS_OUT} failed with exit code 1, saying why, and left the file
   * {@code out}, which held "precious", as it was.
   */
  static void assertRanOutAndKept(Cli.Run run, Path out) throws IOException {
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("nothing was written to " + out)
        .contains("'code'")
        .contains("stopped at 100 distinct values");
    assertThat(Files.readString(out)).isEqualTo("precious");
  }

  private Path writeSchema(String json) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "schema", ".json"), json);
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".part"))
          .collect(Collectors.toList());
    }
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
