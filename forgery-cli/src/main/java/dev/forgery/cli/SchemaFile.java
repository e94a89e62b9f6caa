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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A schema file: a JSON object of field name to type, in the {@link Schema#of(Map)} form and in the
 * file's order, where a type is a name ({@code "email"}) or a list of the name and its arguments
 * ({@code ["int", 18, 65]}). A field may also be an object that adds options to the type: {@code
 * {"type": "safe_email", "unique": true}}, {@code {"type": ["text", 20, 80], "nullable": 0.25}}.
 *
 * <pre>{@code
 * {
 *   "id": "uuid",
 *   "name": "name",
 *   "email": {"type": "safe_email", "unique": true},
 *   "age": ["int", 18, 65],
 *   "plan": ["choice", {"free": 80, "pro": 20}]
 * }
 * }</pre>
 *
 * @param schema the schema
 * @param uniqueFields the fields whose values are distinct, in file order
 */
record SchemaFile(Schema schema, List<String> uniqueFields) {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The list of every known name that core's messages end with. */
  private static final Pattern KNOWN = Pattern.compile("; known (types|providers): \\[[^\\]]*\\]");

  /** The keys a field object may hold. */
  private static final Set<String> OPTIONS = Set.of("type", "unique", "nullable");

  /** The fix every schema error ends with. */
  private static final String FORM =
      "a schema file is a JSON object of field name to type, e.g. {\"name\": \"name\", \"age\":"
          + " [\"int\", 18, 65], \"email\": {\"type\": \"safe_email\", \"unique\": true}};"
          + " 'forgery --list' lists the types and their arguments";

  /**
   * Reads and checks a schema file.
   *
   * @param file the file
   * @param faker the faker whose locale the types are bound in
   * @return the schema
   * @throws UsageException if the file cannot be read, is not JSON, or a field is invalid; the
   *     message names the file, the line and column or the field, and the form that would be valid
   */
  static SchemaFile read(Path file, Faker faker) {
    Map<?, ?> fields;
    try {
      Object json = JSON.readValue(Files.readAllBytes(file), Object.class);
      if (!(json instanceof Map)) {
        throw problem(file, "the top level is " + kind(json) + ", not an object");
      }
      fields = (Map<?, ?>) json;
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
    if (fields.isEmpty()) {
      throw problem(file, "it has no fields");
    }
    Schema.Builder builder = Schema.builder(faker);
    List<String> unique = new ArrayList<>();
    for (Map.Entry<?, ?> entry : fields.entrySet()) {
      String name = (String) entry.getKey();
      if (field(file, builder, name, entry.getValue())) {
        unique.add(name);
      }
    }
    try {
      return new SchemaFile(builder.build(), List.copyOf(unique));
    } catch (IllegalArgumentException e) {
      // The list of every type is what --list is for; the closest names stay in the message.
      throw problem(file, KNOWN.matcher(e.getMessage()).replaceFirst(""));
    }
  }

  /**
   * Whether the schema has fields whose values are distinct, which are enforced from row 0 on.
   *
   * @return {@code true} if some field is unique
   */
  boolean hasUnique() {
    return !uniqueFields.isEmpty();
  }

  /** Adds one field; returns whether it is unique. */
  private static boolean field(Path file, Schema.Builder builder, String name, Object spec) {
    Object type = spec;
    Map<?, ?> options = Map.of();
    if (spec instanceof Map) {
      options = (Map<?, ?>) spec;
      for (Object key : options.keySet()) {
        if (!OPTIONS.contains(key)) {
          throw problem(
              file,
              "field '"
                  + name
                  + "': unknown option '"
                  + key
                  + "'; a field object holds \"type\", and optionally \"unique\": true and"
                  + " \"nullable\": a rate in [0, 1]");
        }
      }
      type = options.get("type");
    }
    if (type instanceof String) {
      builder.field(name, (String) type);
    } else if (type instanceof List
        && !((List<?>) type).isEmpty()
        && ((List<?>) type).get(0) instanceof String) {
      List<?> list = (List<?>) type;
      builder.field(name, (String) list.get(0), list.subList(1, list.size()).toArray());
    } else {
      throw problem(
          file,
          "field '"
              + name
              + "': the type is "
              + kind(type)
              + "; give a type name such as \"email\" or a list such as [\"int\", 18, 65]");
    }
    Object nullable = options.get("nullable");
    if (nullable != null) {
      if (!(nullable instanceof Number)) {
        throw problem(
            file,
            "field '"
                + name
                + "': \"nullable\" is "
                + kind(nullable)
                + "; give a rate such as 0.25");
      }
      try {
        builder.nullable(((Number) nullable).doubleValue());
      } catch (IllegalArgumentException e) {
        throw problem(file, "field '" + name + "': " + e.getMessage());
      }
    }
    Object unique = options.get("unique");
    if (unique != null && !(unique instanceof Boolean)) {
      throw problem(
          file, "field '" + name + "': \"unique\" is " + kind(unique) + "; give true or false");
    }
    if (Boolean.TRUE.equals(unique)) {
      builder.unique();
      return true;
    }
    return false;
  }

  private static String kind(Object json) {
    if (json == null) {
      return "null";
    }
    if (json instanceof List) {
      return "the list " + json;
    }
    if (json instanceof Map) {
      return "an object";
    }
    return (json instanceof String ? "the text \"" + json + "\"" : "the value " + json);
  }

  private static UsageException problem(Path file, String what) {
    return new UsageException("schema file " + file + ": " + what + "; " + FORM);
  }
}
