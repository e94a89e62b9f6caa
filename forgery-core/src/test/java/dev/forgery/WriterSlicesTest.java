package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slice forms of the writers: rows {@code [from, to)} of one data set. */
class WriterSlicesTest {
  private static final Schema SCHEMA =
      Schema.builder()
          .field("id", "uuid")
          .field("name", "name")
          .field("age", "int", 18, 65)
          .field("price", "float", 0, 100, 2)
          .field("bio", "text", 20, 60)
          .nullable(0.3)
          .build();

  private static final CsvFormat BODY = CsvFormat.rfc4180().withHeader(false);

  /** The slice bounds cross the writers' 1,024-row blocks on purpose. */
  private static final long[] CUTS = {0, 1, 1_000, 1_025, 2_048, 2_500, 3_001};

  private static Faker faker() {
    return new Faker("en_US", 7L);
  }

  @Test
  void csvSlicesConcatenateToTheWholeDataSet() {
    StringBuilder whole = new StringBuilder();
    faker().writeCsv(CUTS[CUTS.length - 1], SCHEMA, whole, BODY);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i + 1 < CUTS.length; i++) {
      long written = faker().writeCsv(SCHEMA, CUTS[i], CUTS[i + 1], joined, BODY);
      assertThat(written).isEqualTo(CUTS[i + 1] - CUTS[i]);
    }
    assertThat(joined.toString()).isEqualTo(whole.toString());
    assertThat(whole.toString().split("\r\n", -1)).hasSizeGreaterThan(3_000);
  }

  @Test
  void jsonLinesSlicesConcatenateToTheWholeDataSet() {
    StringBuilder whole = new StringBuilder();
    faker().writeJsonLines(CUTS[CUTS.length - 1], SCHEMA, whole);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i + 1 < CUTS.length; i++) {
      faker().writeJsonLines(SCHEMA, CUTS[i], CUTS[i + 1], joined);
    }
    assertThat(joined.toString()).isEqualTo(whole.toString());
  }

  @Test
  void aSliceWithAHeaderStartsWithTheFieldNames() {
    StringBuilder slice = new StringBuilder();
    faker().writeCsv(SCHEMA, 10, 12, slice, CsvFormat.rfc4180());
    String[] lines = slice.toString().split("\r\n");
    assertThat(lines[0]).isEqualTo("id,name,age,price,bio");
    assertThat(faker().records(SCHEMA, 10, 12).get(0).get("id"))
        .hasToString(lines[1].split(",")[0]);
  }

  @Test
  void fileSlicesEqualTheirTextForms(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder();
    faker().writeCsv(SCHEMA, 500, 1_500, csv, CsvFormat.rfc4180());
    Path csvFile = dir.resolve("slice.csv");
    assertThat(faker().writeCsv(SCHEMA, 500, 1_500, csvFile, CsvFormat.rfc4180())).isEqualTo(1_000);
    assertThat(Files.readString(csvFile, StandardCharsets.UTF_8)).isEqualTo(csv.toString());

    StringBuilder json = new StringBuilder();
    faker().writeJsonLines(SCHEMA, 500, 1_500, json);
    Path jsonFile = dir.resolve("slice.jsonl");
    assertThat(faker().writeJsonLines(SCHEMA, 500, 1_500, jsonFile)).isEqualTo(1_000);
    assertThat(Files.readString(jsonFile, StandardCharsets.UTF_8)).isEqualTo(json.toString());
  }

  @Test
  void badBoundsAndUniqueSlicesAreRefusedBeforeAnythingIsWritten(@TempDir Path dir)
      throws IOException {
    StringBuilder out = new StringBuilder();
    assertThatThrownBy(() -> faker().writeCsv(SCHEMA, 5, 4, out, BODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from=5")
        .hasMessageContaining("to=4");
    assertThatThrownBy(() -> faker().writeJsonLines(SCHEMA, -1, 4, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from=-1");
    Schema unique = Schema.builder().field("email", "safe_email").unique().build();
    assertThatThrownBy(() -> faker().writeJsonLines(unique, 1, 4, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique")
        .hasMessageContaining("from=1");
    assertThat(out).isEmpty();

    Path existing = dir.resolve("keep.csv");
    Files.writeString(existing, "precious");
    assertThatThrownBy(() -> faker().writeCsv(unique, 3, 9, existing, BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker().writeJsonLines(SCHEMA, 9, 3, existing))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(existing)).isEqualTo("precious");

    assertThat(faker().writeCsv(unique, 0, 50, out, BODY)).isEqualTo(50);
    assertThat(out.toString().split("\r\n")).doesNotHaveDuplicates().hasSize(50);
  }

  @Test
  void describeGivesTheSignatureSummaryAndAliases() {
    Faker faker = faker();
    assertThat(faker.describe("int"))
        .startsWith("integer(min: int = 0, max: int = 100): ")
        .contains("aliases: ")
        .contains("int");
    assertThat(faker.describe("safe_email")).startsWith("safeEmail: ");
    for (String name : faker.providers()) {
      assertThat(faker.describe(name)).startsWith(name).doesNotContain("\n");
    }
    assertThatThrownBy(() -> faker.describe("emial"))
        .isInstanceOf(UnknownProviderException.class)
        .hasMessageContaining("email");
  }
}
