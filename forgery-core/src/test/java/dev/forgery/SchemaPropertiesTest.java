package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties over random schemas: any valid schema gives exactly what it promises. */
class SchemaPropertiesTest {
  /** One random field: its type, arguments and a check for its values. */
  record FieldCase(String type, List<Object> args, double nullRate, Check check) {}

  interface Check {
    boolean ok(Object value);
  }

  @Provide
  Arbitrary<FieldCase> fields() {
    Arbitrary<FieldCase> ints =
        Combinators.combine(
                Arbitraries.integers().between(-1_000_000, 1_000_000),
                Arbitraries.integers().between(0, 2_000_000))
            .as(
                (min, span) ->
                    new FieldCase(
                        "int",
                        List.of(min, min + span),
                        0,
                        v -> (Integer) v >= min && (Integer) v <= min + span));
    Arbitrary<FieldCase> floats =
        Combinators.combine(
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4),
                Arbitraries.doubles().between(1e-3, 1e6).ofScale(4))
            .as(
                (min, span) ->
                    new FieldCase(
                        "float",
                        List.of(min, min + span),
                        0,
                        v -> (Double) v >= min && (Double) v < min + span));
    Arbitrary<FieldCase> dates =
        Combinators.combine(
                Arbitraries.integers().between(-50_000, 50_000),
                Arbitraries.integers().between(0, 40_000))
            .as(
                (start, span) -> {
                  LocalDate a = LocalDate.ofEpochDay(start);
                  LocalDate b = a.plusDays(span);
                  return new FieldCase(
                      "date",
                      List.of(a.toString(), b.toString()),
                      0,
                      v -> !((LocalDate) v).isBefore(a) && !((LocalDate) v).isAfter(b));
                });
    Arbitrary<FieldCase> texts =
        Combinators.combine(
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300))
            .as(
                (min, span) ->
                    new FieldCase(
                        "text",
                        List.of(min, min + span),
                        0,
                        v ->
                            ((String) v).length() >= min
                                && ((String) v).length() <= min + span
                                && !((String) v).endsWith(" ")));
    Arbitrary<FieldCase> choices =
        Arbitraries.strings()
            .ofMinLength(0)
            .ofMaxLength(8)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(values -> new FieldCase("choice", List.of(values), 0, values::contains));
    Arbitrary<FieldCase> providers =
        Arbitraries.of(
            new FieldCase("name", List.of(), 0, v -> ((String) v).contains(" ")),
            new FieldCase("first_name", List.of(), 0, v -> v instanceof String),
            new FieldCase("lastName", List.of(), 0, v -> v instanceof String),
            new FieldCase("safe_email", List.of(), 0, v -> ((String) v).contains("@example.")),
            new FieldCase("freeEmail", List.of(), 0, v -> ((String) v).contains("@")),
            new FieldCase("uuid", List.of(), 0, v -> ((UUID) v).version() == 4),
            new FieldCase("bool", List.of(), 0, v -> v instanceof Boolean));
    Arbitrary<FieldCase> any = Arbitraries.oneOf(ints, floats, dates, texts, choices, providers);
    return Combinators.combine(any, Arbitraries.of(0.0, 0.0, 0.5, 1.0))
        .as((f, rate) -> new FieldCase(f.type(), f.args(), rate, f.check()));
  }

  @Property(tries = 60)
  void randomSchemasGiveExactCountsTypesRangesAndOrder(
      @ForAll("fieldLists") List<FieldCase> cases,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll long seed) {
    Schema.Builder builder = Schema.builder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      FieldCase c = cases.get(i);
      String name = "f" + i + "_" + c.type();
      names.add(name);
      builder.field(name, c.type(), c.args().toArray());
      if (c.nullRate() > 0) {
        builder.nullable(c.nullRate());
      }
    }
    Schema schema = builder.build();
    List<Map<String, Object>> rows = new Faker("en_US", seed).records(n, schema);
    assertThat(rows).hasSize(n);
    for (Map<String, Object> row : rows) {
      assertThat(new ArrayList<>(row.keySet())).isEqualTo(names);
      for (int i = 0; i < cases.size(); i++) {
        Object value = row.get(names.get(i));
        FieldCase c = cases.get(i);
        if (c.nullRate() == 1.0) {
          assertThat(value).isNull();
        } else if (value != null || c.nullRate() == 0.0) {
          assertThat(c.check().ok(value)).as("%s = %s", names.get(i), value).isTrue();
        }
      }
    }
    assertThat(new Faker("en_US", seed).recordsTuples(n, schema))
        .hasSize(n)
        .allMatch(t -> t.length == cases.size());
    assertThat(new Faker("en_US", seed).columns(n, schema).size()).isEqualTo(n);
  }

  @Provide
  Arbitrary<List<FieldCase>> fieldLists() {
    return fields().list().ofMinSize(0).ofMaxSize(8);
  }

  @Property(tries = 30)
  void sliceEqualsSubListForAnySeedAndBounds(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 400) int a,
      @ForAll @IntRange(min = 0, max = 400) int b) {
    Schema schema = DeterminismTest.SCHEMA;
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    assertThat(new Faker("en_US", seed).records(schema, from, to))
        .isEqualTo(new Faker("en_US", seed).records(400, schema).subList(from, to));
  }
}
