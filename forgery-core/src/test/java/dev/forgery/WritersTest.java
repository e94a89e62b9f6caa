package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  /** Strings that break naive writers: separators, quotes, line breaks, control and non-ASCII. */
  private static final String[] NASTY = {
    "plain",
    "a,b",
    "say \"hi\"",
    "two\nlines",
    "cr\rlf\r\n",
    "",
    " padded ",
    "tab\there",
    "back\\slash",
    "bell\u0007",
    "ünïcødé ✓ 日本",
    "emoji \uD83D\uDE00",
    "line\u2028sep",
    "\"",
    ",",
    "null"
  };

  private static Schema schema(Faker faker) {
    faker.register("nasty", f -> NASTY[f.integer(0, NASTY.length - 1)]);
    return Schema.builder(faker)
        .field("id", "uuid")
        .field("name", "name")
        .field("nasty", "nasty")
        .field("age", "int", 18, 65)
        .field("score", "float", -1e9, 1e9)
        .field("vip", "bool")
        .field("joined", "date")
        .field("maybe", "nasty")
        .nullable(0.3)
        .build();
  }

  @Test
  void csvRoundTripsThroughCommonsCsv() throws IOException {
    Faker faker = new Faker("en_US", 21L);
    Schema schema = schema(faker);
    StringBuilder out = new StringBuilder();
    assertThat(faker.writeCsv(3_000, schema, out)).isEqualTo(3_000);
    Faker again = new Faker("en_US", 21L);
    List<Map<String, Object>> rows = again.records(3_000, schema(again));

    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out.toString()))) {
      assertThat(parser.getHeaderNames()).isEqualTo(schema.fieldNames());
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(3_000);
      for (int i = 0; i < records.size(); i++) {
        Map<String, Object> row = rows.get(i);
        CSVRecord record = records.get(i);
        for (String name : schema.fieldNames()) {
          Object value = row.get(name);
          String expected = value == null ? "" : value.toString();
          assertThat(record.get(name)).as("row %d field %s", i, name).isEqualTo(expected);
        }
      }
    }
    assertThat(out.toString()).contains("\r\n").contains("\"say \"\"hi\"\"\"");
  }

  @Test
  void csvDistinguishesNullFromEmptyString() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("empty", f -> "");
    Schema schema =
        Schema.builder(faker).field("e", "empty").field("n", "empty").nullable(1.0).build();
    StringBuilder out = new StringBuilder();
    faker.writeCsv(2, schema, out);
    assertThat(out.toString()).isEqualTo("e,n\r\n\"\",\r\n\"\",\r\n");
  }

  @Test
  void jsonLinesRoundTripThroughJackson() throws IOException {
    Faker faker = new Faker("en_US", 22L);
    Schema schema = schema(faker);
    StringBuilder out = new StringBuilder();
    faker.writeJsonLines(3_000, schema, out);
    Faker again = new Faker("en_US", 22L);
    List<Map<String, Object>> rows = again.records(3_000, schema(again));

    ObjectMapper mapper = new ObjectMapper();
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(3_001);
    assertThat(lines[3_000]).isEmpty();
    for (int i = 0; i < 3_000; i++) {
      JsonNode node = mapper.readTree(lines[i]);
      Map<String, Object> row = rows.get(i);
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      assertThat(keys).isEqualTo(schema.fieldNames());
      assertThat(node.get("age").isInt()).isTrue();
      assertThat(node.get("age").intValue()).isEqualTo(row.get("age"));
      assertThat(node.get("score").doubleValue()).isEqualTo(row.get("score"));
      assertThat(node.get("vip").booleanValue()).isEqualTo(row.get("vip"));
      assertThat(node.get("id").textValue()).isEqualTo(row.get("id").toString());
      assertThat(node.get("joined").textValue()).isEqualTo(row.get("joined").toString());
      assertThat(node.get("nasty").textValue()).isEqualTo(row.get("nasty"));
      if (row.get("maybe") == null) {
        assertThat(node.get("maybe").isNull()).isTrue();
      } else {
        assertThat(node.get("maybe").textValue()).isEqualTo(row.get("maybe"));
      }
    }
  }

  @Test
  void writesFilesInUtf8(@TempDir Path dir) throws IOException {
    Faker faker = new Faker("en_US", 23L);
    Schema schema = schema(faker);
    Path csv = dir.resolve("rows.csv");
    Path jsonl = dir.resolve("rows.jsonl");
    faker.seed(5).writeCsv(100, schema, csv);
    faker.seed(5).writeJsonLines(100, schema, jsonl);
    StringBuilder expectedCsv = new StringBuilder();
    faker.seed(5).writeCsv(100, schema, expectedCsv);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(expectedCsv.toString());
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(100);
    assertThatThrownBy(() -> faker.writeCsv(1, schema, dir.resolve("missing/dir/x.csv")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writerFailuresAndBadCountsAreReported() {
    Faker faker = new Faker("en_US", 1L);
    Schema schema = Schema.builder().field("n", "name").build();
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> faker.writeJsonLines(1, schema, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThatThrownBy(() -> faker.writeCsv(-1, schema, new StringBuilder()))
        .hasMessageContaining("n must be >= 0, got -1");
  }

  @Test
  void nonFiniteDoublesBecomeJsonNull() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("nan", f -> Double.NaN);
    faker.register("big", f -> 12L);
    Schema schema = Schema.builder(faker).field("x", "nan").field("y", "big").build();
    StringBuilder out = new StringBuilder();
    faker.writeJsonLines(1, schema, out);
    assertThat(out.toString()).isEqualTo("{\"x\":null,\"y\":12}\n");
  }
}
