package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  /** Strings that break naive writers: separators, quotes, line breaks, control and non-ASCII. */
  private static final String[] NASTY = {
    "plain",
    "a,b",
    "a;b|c",
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
    "null",
    "NULL",
    "\\N",
    "0.5"
  };

  /** The decimals of the schema's fixed-decimal {@code float} fields. */
  private static final Map<String, Integer> SCALES = Map.of("price", 2, "small", 5, "zero", 0);

  private static final int ROWS = 3_000;

  /** Rows per format in the round trip of every format (there are 96 formats). */
  private static final int FORMAT_ROWS = 200;

  private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0(\\.0*)?");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+\\.\\d+");

  private static Schema schema(Faker faker) {
    faker.register("nasty", f -> NASTY[f.integer(0, NASTY.length - 1)]);
    return Schema.builder(faker)
        .field("id", "uuid")
        .field("name", "name")
        .field("nasty", "nasty")
        .field("age", "int", 18, 65)
        .field("score", "float", -1e9, 1e9)
        .field("tiny", "float", 0, 0.001)
        .field("price", "float", 1e7, 1e9, 2)
        .field("small", "float", 0, 0.001, 5)
        .field("zero", "float", -0.5, 0.5, 0)
        .field("amount", "decimal", 0, 0.0001, 8)
        .field("vip", "bool")
        .field("joined", "date")
        .field("maybe", "nasty")
        .nullable(0.3)
        .build();
  }

  /**
   * Checks that {@code text}, as read back by a parser, is how the writers spell {@code value}:
   * {@code toString()}, except numbers, which are plain decimals, fixed-decimal fields with exactly
   * their decimals and never a negative zero. Returns {@code null} if it is, else what is wrong
   * (plain comparisons, since a round trip checks hundreds of thousands of fields).
   */
  private static String mismatch(String text, Object value, String field, int row) {
    boolean ok;
    if (value == null || text == null) {
      ok = value == null && text == null;
    } else if (value instanceof Double) {
      double d = (Double) value;
      Integer scale = SCALES.get(field);
      if (scale != null) {
        ok =
            new BigDecimal(text)
                    .equals(BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_EVEN))
                && !NEGATIVE_ZERO.matcher(text).matches();
      } else {
        ok = PLAIN.matcher(text).matches() && Double.parseDouble(text) == d;
      }
    } else if (value instanceof BigDecimal) {
      ok = text.indexOf('E') < 0 && new BigDecimal(text).equals(value);
    } else {
      ok = text.equals(value.toString());
    }
    return ok ? null : "row " + row + " field " + field + ": wrote " + text + " for " + value;
  }

  /** Every combination of the CSV options. */
  private static List<CsvFormat> formats() {
    List<CsvFormat> formats = new ArrayList<>();
    for (boolean header : new boolean[] {true, false}) {
      for (char delimiter : new char[] {',', ';', '\t', '|'}) {
        for (String nullText : new String[] {"", "NULL", "\\N"}) {
          for (String lineEnding : new String[] {"\r\n", "\n"}) {
            for (boolean quoteAll : new boolean[] {false, true}) {
              formats.add(
                  CsvFormat.rfc4180()
                      .withHeader(header)
                      .withDelimiter(delimiter)
                      .withNullText(nullText)
                      .withLineEnding(lineEnding)
                      .withQuoteAll(quoteAll));
            }
          }
        }
      }
    }
    return formats;
  }

  /** A parser that reads {@code format} back, telling a quoted null text from a null. */
  private static CSVParser parser(String text, CsvFormat format) throws IOException {
    CSVFormat.Builder builder =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(format.delimiter())
            .setNullString(format.nullText())
            .setQuoteMode(QuoteMode.ALL_NON_NULL);
    if (format.header()) {
      builder.setHeader();
    }
    return builder.get().parse(new StringReader(text));
  }

  @Test
  void csvRoundTripsThroughCommonsCsvInEveryFormat() throws IOException {
    Faker faker = new Faker("en_US", 21L);
    Schema schema = schema(faker);
    List<String> names = schema.fieldNames();
    List<Map<String, Object>> rows = faker.seed(21).records(FORMAT_ROWS, schema);
    for (CsvFormat format : formats()) {
      StringBuilder out = new StringBuilder();
      assertThat(faker.seed(21).writeCsv(FORMAT_ROWS, schema, out, format)).isEqualTo(FORMAT_ROWS);
      String text = out.toString();
      String quote = format.quoteAll() ? "\"" : "";
      String firstLine =
          format.header()
              ? quote + String.join(quote + format.delimiter() + quote, names) + quote
              : quote + rows.get(0).get("id") + quote + format.delimiter();
      assertThat(text).as("%s", format).startsWith(firstLine).endsWith(format.lineEnding());
      if (format.header()) {
        assertThat(text).startsWith(firstLine + format.lineEnding());
      }
      try (CSVParser parser = parser(text, format)) {
        assertThat(parser.getHeaderNames()).isEqualTo(format.header() ? names : List.of());
        List<CSVRecord> records = parser.getRecords();
        assertThat(records).as("%s", format).hasSize(FORMAT_ROWS);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
          assertThat(records.get(i).size()).isEqualTo(names.size());
          for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            String problem = mismatch(records.get(i).get(j), rows.get(i).get(name), name, i);
            if (problem != null) {
              wrong.add(problem);
            }
          }
        }
        assertThat(wrong).as("%s", format).isEmpty();
      }
    }
  }

  @Test
  void csvDistinguishesNullFromEmptyStringAndFromTheNullText() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("empty", f -> "");
    faker.register("nullWord", f -> "NULL");
    Schema schema =
        Schema.builder(faker)
            .field("e", "empty")
            .field("n", "empty")
            .nullable(1.0)
            .field("w", "nullWord")
            .build();
    StringBuilder out = new StringBuilder();
    faker.writeCsv(2, schema, out);
    assertThat(out.toString()).isEqualTo("e,n,w\r\n\"\",,NULL\r\n\"\",,NULL\r\n");
    StringBuilder nulls = new StringBuilder();
    faker.writeCsv(1, schema, nulls, CsvFormat.rfc4180().withNullText("NULL").withHeader(false));
    assertThat(nulls.toString()).isEqualTo("\"\",NULL,\"NULL\"\r\n");
  }

  /** Each field's text as written: a number's literal, a string's value, {@code null}. */
  private static Map<String, String> jsonTexts(JsonFactory json, String line) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    try (JsonParser parser = json.createParser(line)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken token = parser.nextToken();
        texts.put(
            key, token == JsonToken.VALUE_NULL ? null : token.name() + ":" + parser.getText());
      }
      assertThat(parser.nextToken()).isNull();
    }
    return texts;
  }

  @Test
  void jsonLinesRoundTripThroughJackson() throws IOException {
    Faker faker = new Faker("en_US", 22L);
    Schema schema = schema(faker);
    StringBuilder out = new StringBuilder();
    faker.seed(22).writeJsonLines(ROWS, schema, out);
    List<Map<String, Object>> rows = faker.seed(22).records(ROWS, schema);

    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(ROWS + 1);
    assertThat(lines[ROWS]).isEmpty();
    JsonFactory json = new JsonFactory();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Map<String, String> texts = jsonTexts(json, lines[i]);
      assertThat(new ArrayList<>(texts.keySet())).isEqualTo(schema.fieldNames());
      for (String name : schema.fieldNames()) {
        Object value = rows.get(i).get(name);
        String text = texts.get(name);
        if (text != null) {
          String kind =
              value instanceof Boolean
                  ? "VALUE_(TRUE|FALSE)"
                  : value instanceof Integer
                      ? "VALUE_NUMBER_INT"
                      : value instanceof Number ? "VALUE_NUMBER_(INT|FLOAT)" : "VALUE_STRING";
          if (!text.substring(0, text.indexOf(':')).matches(kind)) {
            wrong.add("row " + i + " field " + name + ": " + text + " is not " + kind);
          }
          text = text.substring(text.indexOf(':') + 1);
        }
        String problem = mismatch(text, value, name, i);
        if (problem != null) {
          wrong.add(problem);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void fixedDecimalsHaveExactlyTheirDigitsAndNoNegativeZero() {
    Faker faker = new Faker("en_US", 5L);
    Schema schema =
        Schema.builder()
            .field("zero", "float", -0.5, 0.5, 0)
            .field("cents", "float", -1, 1, 2)
            .field("big", "float", 1e7, 1e9, 2)
            .field("tiny", "float", 0, 0.001, 5)
            .build();
    StringBuilder csv = new StringBuilder();
    faker.writeCsv(2_000, schema, csv, CsvFormat.rfc4180().withHeader(false));
    for (String line : csv.toString().split("\r\n")) {
      String[] f = line.split(",");
      assertThat(f[0]).isEqualTo("0");
      assertThat(f[1]).matches("-?[01]\\.\\d\\d").isNotEqualTo("-0.00");
      assertThat(f[2]).matches("\\d{8,9}\\.\\d\\d");
      assertThat(f[3]).matches("0\\.00\\d{3}");
    }
    // The values themselves carry no negative zero either.
    assertThat(faker.records(2_000, schema))
        .allSatisfy(row -> assertThat(1 / (Double) row.get("zero")).isPositive());
    StringBuilder json = new StringBuilder();
    faker.writeJsonLines(100, schema, json);
    assertThat(json.toString()).contains("\"zero\":0,").doesNotContain("E").doesNotContain("-0,");
  }

  @Test
  void writesFilesInUtf8(@TempDir Path dir) throws IOException {
    Faker faker = new Faker("en_US", 23L);
    Schema schema = schema(faker);
    Path csv = dir.resolve("rows.csv");
    Path jsonl = dir.resolve("rows.jsonl");
    Path tsv = dir.resolve("rows.tsv");
    CsvFormat tabs = CsvFormat.rfc4180().withDelimiter('\t').withLineEnding("\n");
    faker.seed(5).writeCsv(100, schema, csv);
    faker.seed(5).writeJsonLines(100, schema, jsonl);
    faker.seed(5).writeCsv(100, schema, tsv, tabs);
    StringBuilder expectedCsv = new StringBuilder();
    faker.seed(5).writeCsv(100, schema, expectedCsv);
    StringBuilder expectedJson = new StringBuilder();
    faker.seed(5).writeJsonLines(100, schema, expectedJson);
    StringBuilder expectedTsv = new StringBuilder();
    faker.seed(5).writeCsv(100, schema, expectedTsv, tabs);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(expectedCsv.toString());
    assertThat(Files.readString(jsonl, StandardCharsets.UTF_8)).isEqualTo(expectedJson.toString());
    assertThat(Files.readString(tsv, StandardCharsets.UTF_8)).isEqualTo(expectedTsv.toString());
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(100);
    // Only the three files: no temporary file is left behind.
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("rows.csv", "rows.jsonl", "rows.tsv");
    }
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
    StringBuilder out = new StringBuilder();
    assertThatThrownBy(() -> faker.writeCsv(-1, schema, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0, got -1");
    Schema tooFew = Schema.builder().field("d", "int", 1, 5).unique().build();
    assertThatThrownBy(() -> faker.writeJsonLines(6, tooFew, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'd'");
    Schema badName = Schema.builder().field("x\uD800", "name").build();
    assertThatThrownBy(() -> faker.writeCsv(1, badName, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field name 'x\uD800'")
        .hasMessageContaining("unpaired surrogate U+D800 at index 1");
    assertThat(out).isEmpty();
    assertThatThrownBy(() -> faker.writeCsv(1, schema, out, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("format");
  }

  @Test
  void nonFiniteDoublesBecomeJsonNull() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("nan", f -> Double.NaN);
    faker.register("big", f -> 12L);
    faker.register("inf", f -> Float.POSITIVE_INFINITY);
    faker.register("huge", f -> new java.math.BigInteger("123456789012345678901234567890"));
    faker.register("single", f -> 1.5e-7f);
    Schema schema =
        Schema.builder(faker)
            .field("x", "nan")
            .field("y", "big")
            .field("z", "inf")
            .field("h", "huge")
            .field("f", "single")
            .build();
    StringBuilder out = new StringBuilder();
    faker.writeJsonLines(1, schema, out);
    assertThat(out.toString())
        .isEqualTo(
            "{\"x\":null,\"y\":12,\"z\":null,\"h\":123456789012345678901234567890,"
                + "\"f\":0.00000015}\n");
    StringBuilder csv = new StringBuilder();
    faker.writeCsv(1, schema, csv, CsvFormat.rfc4180().withHeader(false));
    assertThat(csv.toString())
        .isEqualTo("NaN,12,Infinity,123456789012345678901234567890,0.00000015\r\n");
  }
}
