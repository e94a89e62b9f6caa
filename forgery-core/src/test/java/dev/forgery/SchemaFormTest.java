package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Schema#toMap()}: the {@link Schema#of(Map)} form that lets a schema travel as data. */
class SchemaFormTest {
  private static Schema mixed() {
    return Schema.builder()
        .field("id", "uuid")
        .field("name", "name")
        .field("age", "int", 18, 65)
        .field("salary", "float", 30_000, 150_000, 2)
        .field("hired", "date", LocalDate.of(2020, 1, 1), "2024-12-31")
        .field("bio", "text", 50, 200)
        .nullable(0.25)
        .field("email", "safe_email")
        .unique()
        .field("status", "choice", Map.of("active", 8, "inactive", 1, "pending", 1))
        .field("born", "date_of_birth")
        .build();
  }

  @Test
  void theMapRebuildsASchemaWithTheSameRowsForAnySeedAndSlice() {
    Schema schema = mixed();
    Schema copy = Schema.of(schema.toMap());
    assertThat(copy.toString()).isEqualTo(schema.toString());
    for (long seed : new long[] {1L, 42L, -7L}) {
      assertThat(new Faker("en_US", seed).records(schema, 0, 3_000))
          .isEqualTo(new Faker("en_US", seed).records(copy, 0, 3_000));
    }
    Schema plain = Schema.builder().field("age", "int", 18, 65).field("city", "city").build();
    Schema plainCopy = Schema.of(plain.toMap());
    assertThat(new Faker("en_US", 5L).records(plainCopy, 1_000, 2_000))
        .isEqualTo(new Faker("en_US", 5L).records(plain, 1_000, 2_000));
  }

  @Test
  void eachFieldTakesTheSimplestFormThatSaysItAll() {
    Map<String, Object> map = mixed().toMap();
    assertThat(map.keySet())
        .containsExactly("id", "name", "age", "salary", "hired", "bio", "email", "status", "born");
    assertThat(map.get("id")).isEqualTo("uuid");
    assertThat(map.get("age")).isEqualTo(List.of("int", 18, 65));
    assertThat(map.get("hired")).isEqualTo(List.of("date", LocalDate.of(2020, 1, 1), "2024-12-31"));
    assertThat(map.get("bio"))
        .isEqualTo(
            Map.of("type", "text", "args", List.of(50, 200), "nullable", 0.25, "unique", false));
    assertThat(map.get("email"))
        .isEqualTo(
            Map.of("type", "safe_email", "args", List.of(), "nullable", 0.0, "unique", true));
    assertThatThrownBy(() -> map.put("x", "name"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theLocaleAndTheReferenceDateTravelBesideTheMap() {
    LocalDate today = LocalDate.of(2021, 6, 15);
    Faker german = new Faker("de_DE", 0L).withToday(today);
    Schema schema =
        Schema.builder(german)
            .field("name", "name")
            .field("city", "city")
            .field("born", "date_of_birth")
            .field("since", "past_date")
            .build();
    assertThat(schema.locale()).isEqualTo("de_DE");
    assertThat(schema.today()).isEqualTo(today);
    assertThat(Schema.builder().build().locale()).isEqualTo("en_US");

    Schema copy = Schema.of(schema.toMap(), new Faker(schema.locale()).withToday(schema.today()));
    assertThat(new Faker("en_US", 9L).records(copy, 0, 2_000))
        .isEqualTo(new Faker("en_US", 9L).records(schema, 0, 2_000));
  }

  @Test
  void theMapSurvivesJavaSerializationWhenItsArgumentsDo() throws Exception {
    Schema schema = mixed();
    Object back = roundTrip(new LinkedHashMap<>(schema.toMap()));
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) back;
    assertThat(map).isEqualTo(schema.toMap());
    assertThat(new Faker("en_US", 3L).records(Schema.of(map), 0, 500))
        .isEqualTo(new Faker("en_US", 3L).records(schema, 0, 500));
  }

  @Test
  void aFunctionFieldHasNoMapForm() {
    Schema schema =
        Schema.builder().field("name", "name").field("sku", f -> "SKU-" + f.integer(1, 9)).build();
    assertThatThrownBy(schema::toMap)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("field 'sku'")
        .hasMessageContaining("Function<Faker, ?>");
  }

  @Test
  void badOptionsAreNamedWithWhatWouldBeValid() {
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", "text", "nullabel", 0.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'bio': unknown option 'nullabel'; did you mean 'nullable'?")
        .hasMessageContaining("[type, args, nullable, unique]");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of(1, "text"))))
        .hasMessageContaining("unknown option '1' (valid options");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("args", List.of(1)))))
        .hasMessageContaining("field 'bio': option 'type' must be a type name")
        .hasMessageContaining("got null");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", "text", "args", 5))))
        .hasMessageContaining("option 'args' must be a list")
        .hasMessageContaining("got 5");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", "text", "nullable", "x"))))
        .hasMessageContaining("option 'nullable' must be a null rate between 0 and 1");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", "text", "nullable", 2))))
        .hasMessageContaining("field 'bio': null rate must be between 0 and 1, got 2.0");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", "text", "unique", "yes"))))
        .hasMessageContaining("option 'unique' must be true or false, got yes");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", List.of("text", 20, 80)))))
        .hasMessageContaining("field 'bio': option 'type' must be the type name alone")
        .hasMessageContaining("\"type\": \"text\", \"args\": [20, 80]")
        .hasMessageContaining("got [text, 20, 80]");
    assertThatThrownBy(() -> Schema.of(Map.of("bio", Map.of("type", List.of()))))
        .hasMessageContaining("option 'type' must be a type name such as \"email\", got []");
  }

  @Test
  void theOptionsFormDefaultsToAPlainField() {
    Schema schema = Schema.of(Map.of("age", Map.of("type", "int")));
    assertThat(schema.toMap()).isEqualTo(Map.of("age", "int"));
    assertThat(schema.toString()).isEqualTo("Schema[age: int]");
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
