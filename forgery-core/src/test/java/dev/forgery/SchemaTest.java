package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static Schema full() {
    return Schema.builder()
        .field("id", "uuid")
        .field("name", "name")
        .field("first_name", "first_name")
        .field("email", "safeEmail")
        .field("age", "int", 18, 65)
        .field("salary", "float", 30_000, 150_000)
        .field("rounded", "float", 0, 10, 2)
        .field("hire_date", "date", "2020-01-01", "2024-12-31")
        .field("bio", "text", 50, 200)
        .field("status", "choice", List.of("active", "inactive", "pending"))
        .field("active", "bool")
        .build();
  }

  @Test
  void specExampleGeneratesTypedValuesInRange() {
    List<Map<String, Object>> rows = new Faker("en_US", 1L).records(2_000, full());
    assertThat(rows).hasSize(2_000);
    for (Map<String, Object> row : rows) {
      assertThat(row.keySet())
          .containsExactly(
              "id",
              "name",
              "first_name",
              "email",
              "age",
              "salary",
              "rounded",
              "hire_date",
              "bio",
              "status",
              "active");
      assertThat(row.get("id")).isInstanceOf(UUID.class);
      assertThat((String) row.get("name")).contains(" ");
      assertThat((String) row.get("email")).matches("[a-z0-9._]+@example\\.(com|org|net)");
      assertThat((Integer) row.get("age")).isBetween(18, 65);
      assertThat((Double) row.get("salary")).isGreaterThanOrEqualTo(30_000.0).isLessThan(150_000);
      double rounded = (Double) row.get("rounded");
      assertThat(Math.abs(rounded * 100 - Math.rint(rounded * 100))).isLessThan(1e-6);
      assertThat((LocalDate) row.get("hire_date"))
          .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
      assertThat(((String) row.get("bio")).length()).isBetween(50, 200);
      assertThat(row.get("status")).isIn("active", "inactive", "pending");
      assertThat(row.get("active")).isInstanceOf(Boolean.class);
    }
  }

  @Test
  void defaultArgumentsOfOwnTypes() {
    Schema schema =
        Schema.builder()
            .field("i", "int")
            .field("f", "double")
            .field("d", "date")
            .field("t", "text")
            .field("b", "boolean", 1.0)
            .build();
    for (Map<String, Object> row : new Faker("en_US", 3L).records(500, schema)) {
      assertThat((Integer) row.get("i")).isBetween(0, 100);
      assertThat((Double) row.get("f")).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      assertThat((LocalDate) row.get("d"))
          .isBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2030, 12, 31));
      assertThat(((String) row.get("t")).length()).isBetween(50, 200);
      assertThat(row.get("b")).isEqualTo(true);
    }
  }

  @Test
  void mapDslEqualsBuilder() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "name");
    spec.put("age", List.of("int", 18, 65));
    spec.put("status", List.of("choice", List.of("active", "inactive")));
    spec.put("hired", List.of("date", "2020-01-01", "2024-12-31"));
    Schema fromMap = Schema.of(spec);
    Schema built =
        Schema.builder()
            .field("name", "name")
            .field("age", "int", 18, 65)
            .field("status", "choice", List.of("active", "inactive"))
            .field("hired", "date", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))
            .build();
    assertThat(fromMap.fieldNames()).containsExactly("name", "age", "status", "hired");
    assertThat(new Faker("en_US", 9L).records(300, fromMap))
        .isEqualTo(new Faker("en_US", 9L).records(300, built));
  }

  @Test
  void weightedChoiceFollowsWeightsWhateverTheMapOrder() {
    Schema a =
        Schema.builder().field("s", "choice", Map.of("common", 90, "rare", 10, "never", 0)).build();
    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("rare", 10);
    ordered.put("never", 0);
    ordered.put("common", 90);
    Schema b = Schema.builder().field("s", "choice", ordered).build();
    List<Map<String, Object>> rows = new Faker("en_US", 5L).records(20_000, a);
    assertThat(rows).isEqualTo(new Faker("en_US", 5L).records(20_000, b));
    long common = rows.stream().filter(r -> r.get("s").equals("common")).count();
    long never = rows.stream().filter(r -> r.get("s").equals("never")).count();
    assertThat(common).isBetween(17_600L, 18_400L);
    assertThat(never).isZero();
  }

  @Test
  void choiceWithValueAndWeightListsOrVarargs() {
    Schema schema =
        Schema.builder()
            .field("w", "choice", List.of("x", "y"), List.of(1, 3))
            .field("v", "choice", "red", "green", "blue")
            .build();
    List<Map<String, Object>> rows = new Faker("en_US", 5L).records(8_000, schema);
    long y = rows.stream().filter(r -> r.get("w").equals("y")).count();
    assertThat(y).isBetween(5_700L, 6_300L);
    assertThat(rows).extracting(r -> r.get("v")).containsOnly("red", "green", "blue");
  }

  @Test
  void nullableFieldsAreNullAtTheRate() {
    Schema schema =
        Schema.builder().field("nick", "first_name").nullable(0.3).field("n", "int").build();
    List<Map<String, Object>> rows = new Faker("en_US", 5L).records(10_000, schema);
    long nulls = rows.stream().filter(r -> r.get("nick") == null).count();
    assertThat(nulls).isBetween(2_800L, 3_200L);
    assertThat(rows.get(0).containsKey("nick")).isTrue();
    assertThat(rows).allMatch(r -> r.get("n") != null);
    assertThat(schema.toString()).isEqualTo("Schema[nick: first_name nullable(0.3), n: int]");
  }

  @Test
  void customProvidersAndFunctionsAreTypes() {
    Faker faker = new Faker("en_US", 11L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    Schema schema =
        Schema.builder(faker)
            .field("sku", "sku")
            .field("code", f -> f.firstName().toUpperCase(java.util.Locale.ROOT))
            .build();
    List<Map<String, Object>> rows = faker.records(200, schema);
    assertThat(rows).allSatisfy(r -> assertThat((String) r.get("sku")).matches("SKU-\\d{4}"));
    assertThat(rows).allSatisfy(r -> assertThat((String) r.get("code")).matches("[A-Z]+"));
    Faker same = new Faker("en_US", 11L);
    same.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    assertThat(same.records(200, schema)).isEqualTo(rows);
    assertThat(Schema.of(Map.of("s", "sku"), faker).fieldNames()).containsExactly("s");
  }

  @Test
  void unknownTypeSuggestsClosestName() {
    assertThatThrownBy(() -> Schema.builder().field("contact", "emial").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'contact'")
        .hasMessageContaining("unknown type 'emial'")
        .hasMessageContaining("did you mean 'email'");
    assertThatThrownBy(() -> Schema.builder().field("x", "frist_name").build())
        .hasMessageContaining("firstName");
    assertThatThrownBy(() -> Schema.builder().field("x", " ").build())
        .hasMessageContaining("field 'x'")
        .hasMessageContaining("blank");
  }

  @Test
  void customNameIsUnknownWithoutItsFaker() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("sku", f -> "x");
    assertThatThrownBy(() -> Schema.builder().field("s", "sku").build())
        .hasMessageContaining("field 's'")
        .hasMessageContaining("unknown type 'sku'");
  }

  @Test
  void badArgumentsNameTheField() {
    assertThatThrownBy(() -> Schema.builder().field("age", "int", 65, 18).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'age'")
        .hasMessageContaining("min must be <= max, got min=65 and max=18");
    assertThatThrownBy(() -> Schema.builder().field("age", "int", 18).build())
        .hasMessageContaining("field 'age'")
        .hasMessageContaining("wrong number of arguments");
    assertThatThrownBy(() -> Schema.builder().field("age", "int", "18", "65").build())
        .hasMessageContaining("field 'age'")
        .hasMessageContaining("min must be an int, got \"18\" (String)");
    assertThatThrownBy(() -> Schema.builder().field("age", "int", 1.5, 3).build())
        .hasMessageContaining("min must be an int");
    assertThatThrownBy(() -> Schema.builder().field("p", "float", 5, 5).build())
        .hasMessageContaining("field 'p'")
        .hasMessageContaining("min must be < max");
    assertThatThrownBy(() -> Schema.builder().field("p", "float", 0, Double.NaN).build())
        .hasMessageContaining("max must be a finite number");
    assertThatThrownBy(() -> Schema.builder().field("p", "float", 0, 1, 16).build())
        .hasMessageContaining("decimals must be between 0 and 15");
    assertThatThrownBy(() -> Schema.builder().field("p", "float", 0.1, 0.2, 0).build())
        .hasMessageContaining("no number with 0 decimals");
    assertThatThrownBy(() -> Schema.builder().field("p", "float", 1).build())
        .hasMessageContaining("wrong number of arguments");
    assertThatThrownBy(
            () -> Schema.builder().field("d", "date", "2024-12-31", "2020-01-01").build())
        .hasMessageContaining("field 'd'")
        .hasMessageContaining("start must not be after end");
    assertThatThrownBy(
            () -> Schema.builder().field("d", "date", "2024-13-01", "2025-01-01").build())
        .hasMessageContaining("start must be an ISO date");
    assertThatThrownBy(() -> Schema.builder().field("d", "date", 2020, 2021).build())
        .hasMessageContaining("must be a LocalDate or an ISO date string");
    // The widest range of dates is allowed, as it is for faker.date(start, end).
    assertThat(
            new Faker("en_US", 1L)
                .records(
                    20,
                    Schema.builder()
                        .field("d", "date", "-999999999-01-01", "+999999999-12-31")
                        .build()))
        .hasSize(20);
    assertThatThrownBy(() -> Schema.builder().field("t", "text", 10, 5).build())
        .hasMessageContaining("field 't'")
        .hasMessageContaining("minChars must be <= maxChars");
    assertThatThrownBy(() -> Schema.builder().field("t", "text", -1, 5).build())
        .hasMessageContaining("minChars must be >= 0");
    assertThatThrownBy(() -> Schema.builder().field("t", "text", 1, 200_000_000).build())
        .hasMessageContaining("maxChars must be <=");
    assertThatThrownBy(() -> Schema.builder().field("b", "bool", 1.5).build())
        .hasMessageContaining("probabilityOfTrue must be between 0 and 1");
    assertThatThrownBy(() -> Schema.builder().field("e", "email", 3).build())
        .hasMessageContaining("field 'e'")
        .hasMessageContaining("takes no arguments");
  }

  @Test
  void badChoicesNameTheField() {
    assertThatThrownBy(() -> Schema.builder().field("status", "choice", List.of()).build())
        .hasMessageContaining("field 'status'")
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Schema.builder().field("status", "choice").build())
        .hasMessageContaining("field 'status'")
        .hasMessageContaining("needs values");
    assertThatThrownBy(
            () -> Schema.builder().field("status", "choice", Arrays.asList("a", null)).build())
        .hasMessageContaining("field 'status'")
        .hasMessageContaining("choice values must not be null");
    // Any values may be chosen, not only strings.
    Schema numbers = Schema.builder().field("n", "choice", List.of(1, 2)).build();
    assertThat(new Faker("en_US", 1L).records(100, numbers))
        .extracting(row -> row.get("n"))
        .containsOnly(1, 2);
    assertThatThrownBy(() -> Schema.builder().field("status", "choice", Map.of()).build())
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Schema.builder().field("s", "choice", Map.of("a", -1)).build())
        .hasMessageContaining("the weight of 'a' must be finite and >= 0");
    assertThatThrownBy(() -> Schema.builder().field("s", "choice", Map.of("a", "x")).build())
        .hasMessageContaining("the weight of 'a' must be a number");
    assertThatThrownBy(() -> Schema.builder().field("s", "choice", Map.of("a", 0)).build())
        .hasMessageContaining("must add up to a positive");
    assertThatThrownBy(
            () -> Schema.builder().field("s", "choice", List.of("a"), List.of(1, 2)).build())
        .hasMessageContaining("one weight per value");
    assertThatThrownBy(() -> Schema.builder().field("s", "choice", List.of("a"), "b").build())
        .hasMessageContaining("wrong number of arguments");
    assertThatThrownBy(() -> Schema.builder().field("s", "choice", Map.of("a", 1), 2).build())
        .hasMessageContaining("wrong number of arguments");
  }

  @Test
  void structuralErrorsNameTheField() {
    assertThatThrownBy(
            () -> Schema.builder().field("email", "email").field("email", "safe_email").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'email' is defined twice");
    assertThatThrownBy(() -> Schema.builder().field("", "email").build())
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Schema.builder().field("  ", "email").build())
        .hasMessageContaining("field names must not be blank, got '  '");
    assertThatThrownBy(
            () -> Schema.builder().field("f", (java.util.function.Function<Faker, ?>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'f': generator must not be null");
    assertThatThrownBy(() -> Schema.builder().nullable(0.1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Schema.builder().unique()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Schema.builder().field("a", "email").nullable(1.5))
        .hasMessageContaining("field 'a'")
        .hasMessageContaining("null rate");
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("age", List.of(18, 65));
    assertThatThrownBy(() -> Schema.of(bad)).hasMessageContaining("field 'age'");
    Map<String, Object> badType = new LinkedHashMap<>();
    badType.put("age", List.of("integr", 18, 65));
    assertThatThrownBy(() -> Schema.of(badType))
        .hasMessageContaining("field 'age'")
        .hasMessageContaining("did you mean");
  }

  @Test
  void schemaIsUnaffectedByBuilderReuse() {
    Schema.Builder builder = Schema.builder().field("a", "int");
    Schema first = builder.build();
    builder.field("b", "int");
    assertThat(first.size()).isEqualTo(1);
    assertThat(builder.build().size()).isEqualTo(2);
  }
}
