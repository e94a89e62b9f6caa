package dev.forgery.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A schema file: the JSON text of the map that {@link Schema#of(Map, Faker)} reads, in the file's
 * order. A type is a name ({@code "email"}) or a list of the name and its arguments ({@code ["int",
 * 18, 65]}); a field with options is an object of {@code type}, {@code args}, {@code nullable} and
 * {@code unique}, as {@link Schema#toMap()} gives it back, so a schema written by Jackson from
 * {@code toMap()} reads back as the same schema.
 *
 * <pre>{@code
 * {
 *   "id": "uuid",
 *   "name": "name",
 *   "email": {"type": "safe_email", "unique": true},
 *   "age": ["int", 18, 65],
 *   "bio": {"type": "text", "args": [20, 80], "nullable": 0.25},
 *   "plan": ["choice", {"free": 80, "pro": 20}]
 * }
 * }</pre>
 *
 * <p>Only what is JSON's is checked here: that the file exists and is one JSON object with fields.
 * The fields are core's to check, with core's messages. JSON numbers arrive as Jackson reads them,
 * which are the types core's arguments take: integers as {@code Integer}, {@code Long} when they do
 * not fit an int (and {@code BigInteger} beyond, which no argument takes), decimals as {@code
 * Double}.
 *
 * @param schema the schema
 * @param uniqueFields the fields whose values are distinct, in file order
 */
record SchemaFile(Schema schema, List<String> uniqueFields) {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The list of every known name that core's messages end with: {@code --list} shows it. */
  private static final Pattern KNOWN = Pattern.compile("; known (types|providers): \\[[^\\]]*\\]");

  /** The fix every schema error ends with. */
  private static final String FORM =
      "a schema file is a JSON object of field name to type, e.g. {\"name\": \"name\", \"age\":"
          + " [\"int\", 18, 65], \"bio\": {\"type\": \"text\", \"args\": [20, 80], \"nullable\":"
          + " 0.25}, \"email\": {\"type\": \"safe_email\", \"unique\": true}};"
          + " 'forgery --list' lists the types and their arguments";

  /**
   * Reads a schema file and builds its schema with core's {@link Schema#of(Map, Faker)}.
   *
   * @param file the file
   * @param faker the faker whose locale the types are bound in
   * @return the schema
   * @throws UsageException if the file cannot be read, is not a JSON object, or a field is invalid;
   *     the message names the file, the line and column or the field, and the form that would be
   *     valid
   */
  static SchemaFile read(Path file, Faker faker) {
    Map<String, Object> fields = fields(file);
    Schema schema;
    try {
      schema = Schema.of(fields, faker);
    } catch (IllegalArgumentException e) {
      // The list of every type is what --list is for; the closest names stay in the message.
      throw problem(file, KNOWN.matcher(e.getMessage()).replaceFirst(""));
    }
    List<String> unique = new ArrayList<>();
    schema
        .toMap()
        .forEach(
            (name, form) -> {
              if (form instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) form).get("unique"))) {
                unique.add(name);
              }
            });
    return new SchemaFile(schema, List.copyOf(unique));
  }

  /**
   * Whether the schema has fields whose values are distinct, which are enforced from row 0 on.
   *
   * @return {@code true} if some field is unique
   */
  boolean hasUnique() {
    return !uniqueFields.isEmpty();
  }

  /** The file's top-level object as plain values, in the file's order. */
  private static Map<String, Object> fields(Path file) {
    Object json;
    try {
      json = JSON.readValue(Files.readAllBytes(file), Object.class);
    } catch (NoSuchFileException e) {
      throw problem(file, "no such file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw problem(
          file,
          "line "
              + (at == null ? "?" : at.getLineNr())
              + ", column "
              + (at == null ? "?" : at.getColumnNr())
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw problem(file, "cannot be read: " + Failures.describe(e));
    }
    if (!(json instanceof Map)) {
      throw problem(file, "the top level is " + kind(json) + ", not an object");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    ((Map<?, ?>) json).forEach((name, type) -> fields.put((String) name, type));
    if (fields.isEmpty()) {
      throw problem(file, "it has no fields");
    }
    return fields;
  }

  private static String kind(Object json) {
    if (json == null) {
      return "null";
    }
    if (json instanceof List) {
      return "the list " + json;
    }
    return (json instanceof String ? "the text \"" + json + "\"" : "the value " + json);
  }

  private static UsageException problem(Path file, String what) {
    return new UsageException("schema file " + file + ": " + what + "; " + FORM);
  }
}
