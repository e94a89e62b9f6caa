package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schema written in code, turned into {@link Schema#toMap()} and written as JSON by Jackson, is
 * read back by the command as the same schema: the same form, description and rows.
 */
class SchemaRoundTripTest {
  @TempDir Path dir;

  /** The kinds of argument the README's schema lacks: longs, decimals, lists, a rate of 1. */
  private static Schema moreKinds(Faker faker) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("small", 5);
    sizes.put("large", 1);
    return Schema.builder(faker)
        .field("big", "long", 10_000_000_000L, 20_000_000_000L)
        .field("ratio", "float", 0.25, 0.75)
        .field("color", "choice", List.of("red", "green", "blue"))
        .field("size", "choice", sizes)
        .field("flag", "bool", 0.3)
        .field("code", "numerify", "###-###")
        .nullable(1)
        .field("key", "uuid")
        .unique()
        .build();
  }

  private static Function<Faker, Schema> schema(String name) {
    return name.equals("users") ? RecordsCommandTest::usersSchema : SchemaRoundTripTest::moreKinds;
  }

  private Path written(Schema schema) throws IOException {
    Path file = dir.resolve("schema.json");
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), schema.toMap());
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "moreKinds"})
  void toMapWrittenAsJsonReadsBackAsTheSameSchema(String name) throws IOException {
    Schema schema = schema(name).apply(Fakers.make("de_DE", 42L));

    SchemaFile read = SchemaFile.read(written(schema), Fakers.make("de_DE", 42L));

    assertThat(read.schema().toMap()).isEqualTo(schema.toMap());
    assertThat(read.schema().toString()).isEqualTo(schema.toString());
    assertThat(read.uniqueFields()).hasSize(1).containsAnyOf("email", "key");
    assertThat(Fakers.make("de_DE", 7L).records(500, read.schema()))
        .isEqualTo(Fakers.make("de_DE", 7L).records(500, schema));
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "moreKinds"})
  void theCommandWritesTheRowsOfTheSchemaWrittenInCode(String name) throws IOException {
    Schema schema = schema(name).apply(Fakers.make("en_US", 1L));
    Path file = written(schema);
    assertThat(Files.readString(file)).contains("\"args\"");

    Cli.Run run = Cli.run("records", "--schema", file.toString(), "-n", "300", "--seed", "5");

    assertThat(run.code()).as(run.err()).isZero();
    StringBuilder expected = new StringBuilder();
    Fakers.make("en_US", 5L).writeCsv(300, schema, expected);
    assertThat(run.out()).isEqualTo(expected.toString());
  }
}
