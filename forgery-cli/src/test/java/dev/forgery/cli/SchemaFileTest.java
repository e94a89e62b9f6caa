package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad schema files: exit code 2, naming the file, the place or field, and the fix. */
class SchemaFileTest {
  @TempDir Path dir;

  private Cli.Run records(String json) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "schema", ".json"), json);
    Cli.Run run = Cli.run("records", "--schema", file.toString(), "-n", "5", "--seed", "1");
    if (run.code() != 0) {
      assertThat(run.err()).contains("schema file " + file);
      assertThat(run.out()).isEmpty();
    }
    return run;
  }

  private void bad(String json, String... fragments) throws IOException {
    Cli.Run run = records(json);
    assertThat(run.code()).as(json).isEqualTo(2);
    assertThat(run.err()).as(json).contains(fragments);
  }

  @Test
  void fieldsKeepTheFileOrderAndTakeOptions() throws IOException {
    Cli.Run run =
        records(
            "{\"z\": \"uuid\", \"a\": [\"int\", 1, 3], \"m\": {\"type\": \"name\", \"nullable\": 1},"
                + " \"b\": {\"type\": \"int\", \"args\": [1, 9], \"unique\": true}, \"c\": {\"type\": \"bool\","
                + " \"unique\": false}}");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().findFirst()).hasValue("z,a,m,b,c");
    assertThat(run.out().lines().skip(1)).allMatch(line -> line.split(",", -1)[2].isEmpty());
  }

  @Test
  void theExampleSchemaFileOfTheDemoHasFiveFields() {
    Path example = Path.of("examples", "users.json");
    Cli.Run run = Cli.run("records", "--schema", example.toString(), "-n", "100", "--seed", "42");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst()).hasValue("id,name,email,age,bio");
    assertThat(run.out().lines().skip(1)).hasSize(100).anyMatch(line -> line.endsWith(","));
  }

  @Test
  void jsonErrorsGiveTheLineAndColumn() throws IOException {
    bad(
        "{\n  \"name\": \"name\",\n  \"age\": [\"int\", 18 65]\n}",
        "line 3, column",
        "a schema file is a JSON object");
    bad("{\"name\": \"name\"} trailing", "line 1");
    bad("{\"name\": \"name\", \"name\": \"email\"}", "Duplicate field 'name'");
    bad("", "line");
  }

  @Test
  void theTopLevelMustBeAnObjectWithFields() throws IOException {
    bad("[\"name\", \"email\"]", "the top level is the list [name, email], not an object");
    bad("\"name\"", "the top level is the text \"name\"");
    bad("{}", "it has no fields");
    bad("null", "the top level is null");
  }

  @Test
  void badFieldsAreNamedWithTheFix() throws IOException {
    bad("{\"who\": \"nmae\"}", "'who'", "nmae", "did you mean 'name'?");
    assertThat(records("{\"who\": \"nmae\"}").err())
        .doesNotContain("known types")
        .doesNotContain("bookTitle");
    bad("{\"age\": [\"int\", 65, 18]}", "'age'", "65");
    bad("{\"age\": [\"int\", \"old\"]}", "'age'", "old");
    bad(
        "{\"age\": 42}",
        "field 'age': expected a type name such as \"email\"",
        "got 42",
        "\"age\": [\"int\", 18, 65]");
    bad("{\"age\": []}", "field 'age': expected a type name", "got []");
    bad(
        "{\"age\": {\"kind\": \"int\"}}",
        "field 'age': unknown option 'kind'",
        "[type, args, nullable, unique]");
    bad("{\"bio\": {\"type\": \"text\", \"arg\": [1, 9]}}", "did you mean 'args'?");
    bad("{\"age\": {\"unique\": true}}", "field 'age': option 'type'", "got null");
    bad("{\"age\": {\"type\": \"int\", \"args\": 18}}", "option 'args' must be a list", "got 18");
    bad(
        "{\"bio\": {\"type\": \"text\", \"nullable\": \"often\"}}",
        "field 'bio': option 'nullable'",
        "got often",
        "0.25");
    bad("{\"bio\": {\"type\": \"text\", \"nullable\": 2}}", "field 'bio'", "got 2.0");
    bad("{\"id\": {\"type\": \"uuid\", \"unique\": \"yes\"}}", "'id'", "true or false");
    bad("{\"o\": {\"type\": {\"a\": 1}}}", "field 'o': option 'type'", "got {a=1}");
  }

  @Test
  void theTupleFormInsideTheOptionsIsRefusedWithTheArgsForm() throws IOException {
    bad(
        "{\"bio\": {\"type\": [\"text\", 20, 80], \"nullable\": 0.2}}",
        "field 'bio': option 'type' must be the type name alone",
        "(\"type\": \"text\", \"args\": [20, 80])");
  }

  @Test
  void jsonNumbersReachTheArgumentsAsCoreTakesThem() throws IOException {
    Cli.Run run =
        records(
            "{\"big\": [\"long\", 10000000000, 10000000002], \"f\": [\"float\", 0.5, 0.75, 2],"
                + " \"i\": {\"type\": \"int\", \"args\": [7, 7.0], \"nullable\": 0}}");
    assertThat(run.code()).as(run.err()).isZero();
    List<String[]> rows =
        run.out().lines().skip(1).map(line -> line.split(",", -1)).collect(Collectors.toList());
    assertThat(rows).hasSize(5);
    for (String[] row : rows) {
      assertThat(Long.parseLong(row[0])).isBetween(10_000_000_000L, 10_000_000_002L);
      assertThat(new BigDecimal(row[1])).isBetween(new BigDecimal("0.50"), new BigDecimal("0.75"));
      assertThat(row[1]).matches("0\\.\\d\\d");
      assertThat(row[2]).isEqualTo("7");
    }
    bad("{\"big\": [\"long\", 0, 1e30]}", "field 'big'", "max");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.json");
    Cli.Run run = Cli.run("records", "--schema", missing.toString(), "-n", "1");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("schema file " + missing + ": no such file");
    Cli.Run directory = Cli.run("records", "--schema", dir.toString(), "-n", "1");
    assertThat(directory.code()).isEqualTo(2);
    assertThat(directory.err()).contains("schema file " + dir + ": cannot be read");
  }

  @Test
  void aProviderMissingInTheLocaleIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("county.json"), "{\"c\": \"county\"}");
    Cli.Run run = Cli.run("records", "--schema", file.toString(), "-n", "1", "--locale", "de_DE");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("county").contains("de_DE");
  }
}
