package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.provider.datetime.Dates;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Registry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class UniqueTest {
  @Test
  void uniqueProviderValuesAreDistinctAndDeterministic() {
    List<Object> emails = new Faker("en_US", 1L).unique("email", 20_000);
    assertThat(emails).hasSize(20_000).doesNotHaveDuplicates();
    assertThat(new Faker("en_US", 1L).unique("email", 20_000)).isEqualTo(emails);
    assertThat(new Faker("en_US", 1L).unique("int", 90, 10, 99))
        .hasSize(90)
        .doesNotHaveDuplicates();
    assertThat(new Faker("en_US", 1L).unique("first_name", 0)).isEmpty();
  }

  @Test
  void impossibleRequestsFailUpFront() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.unique("choice", 10, "a", "b", "c", "d", "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 5 distinct values, fewer than the 10");
    assertThatThrownBy(() -> faker.unique("int", 12, 1, 10))
        .hasMessageContaining("only 10 distinct values");
    assertThatThrownBy(() -> faker.unique("bool", 3)).hasMessageContaining("only 2 distinct");
    assertThatThrownBy(() -> faker.unique("float", 200, 0, 1, 2))
        .hasMessageContaining("only 100 distinct");
    assertThatThrownBy(() -> faker.unique("emial", 3)).hasMessageContaining("did you mean");
  }

  @Test
  void boundedRangesOfLongsAndSecondsFailUpFrontWhenTooSmall() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.unique("longValue", 6, 1L, 5L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'longValue' (longValue)")
        .hasMessageContaining("can take only 5 distinct values, fewer than the 6");
    assertThatThrownBy(() -> faker.unique("long", 3, Long.MAX_VALUE - 1, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 2 distinct values, fewer than the 3");
    assertThatThrownBy(
            () -> faker.unique("instant", 6, "2024-01-01T00:00:00", "2024-01-01T00:00:04"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 5 distinct values, fewer than the 6");
    assertThatThrownBy(
            () -> faker.unique("dateTime", 11, "2024-01-01T00:00:00", "2024-01-01T00:00:09"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 10 distinct values, fewer than the 11");
    assertThatThrownBy(() -> faker.unique("localTime", 86_401))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 86400 distinct values, fewer than the 86401");
    // A second of an offset date-time is one value per UTC offset in use (38 of them).
    int offsets = Dates.offsets().length;
    for (String type : List.of("offsetDateTime", "zonedDateTime")) {
      assertThatThrownBy(
              () -> faker.unique(type, 2 * offsets + 1, "2024-01-01T00:00", "2024-01-01T00:00:01"))
          .as(type)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "can take only " + 2 * offsets + " distinct values, fewer than the ");
    }
    Schema ids = Schema.builder().field("id", "longValue", 1L, 5L).unique().build();
    assertThatThrownBy(() -> faker.records(6, ids))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'id' (longValue")
        .hasMessageContaining("is unique but can take only 5 distinct values, fewer than the 6");
  }

  @Test
  void boundedRangesOfLongsAndSecondsGiveEveryValueWhenAllAreAskedFor() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.unique("longValue", 5, 1L, 5L)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    assertThat(faker.unique("longValue", 2, Long.MAX_VALUE - 1, Long.MAX_VALUE))
        .containsExactlyInAnyOrder(Long.MAX_VALUE - 1, Long.MAX_VALUE);

    List<Object> longs = new Faker("en_US", 2L).unique("longValue", 10_000, 1L, 10_000L);
    assertThat(new HashSet<>(longs))
        .isEqualTo(
            LongStream.rangeClosed(1, 10_000)
                .boxed()
                .collect(Collectors.toCollection(HashSet::new)));
    assertThat(new Faker("en_US", 2L).unique("longValue", 10_000, 1L, 10_000L)).isEqualTo(longs);

    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    List<Object> instants =
        faker.unique("instant", 3_600, "2024-01-01T00:00", "2024-01-01T00:59:59");
    assertThat(instants).doesNotHaveDuplicates().hasSize(3_600);
    assertThat(instants)
        .allSatisfy(i -> assertThat((Instant) i).isBetween(start, start.plusSeconds(3_599)));

    assertThat(faker.unique("dateTime", 60, "2024-01-01T00:00", "2024-01-01T00:00:59"))
        .doesNotHaveDuplicates()
        .allSatisfy(t -> assertThat(((LocalDateTime) t).getMinute()).isZero());

    List<Object> times = faker.unique("localTime", 86_400);
    assertThat(times).hasSize(86_400).doesNotHaveDuplicates();

    int offsets = Dates.offsets().length;
    List<Object> offsetTimes =
        faker.unique("offsetDateTime", 60 * offsets, "2024-01-01T00:00", "2024-01-01T00:00:59");
    assertThat(offsetTimes).doesNotHaveDuplicates().hasSize(60 * offsets);
    assertThat(offsetTimes)
        .allSatisfy(
            t ->
                assertThat(((OffsetDateTime) t).toLocalDateTime())
                    .isBetween(
                        LocalDateTime.parse("2024-01-01T00:00"),
                        LocalDateTime.parse("2024-01-01T00:00:59")));
    assertThat(faker.unique("zonedDateTime", offsets, "2024-01-01T00:00", "2024-01-01T00:00"))
        .doesNotHaveDuplicates()
        .allSatisfy(
            t ->
                assertThat(((ZonedDateTime) t).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2024-01-01T00:00")));
  }

  @Test
  void theValuesARangeOfLongsOrSecondsListsAreTheValuesItDraws() {
    Registry registry = BuiltIns.registry("en_US");
    int offsets = Dates.offsets().length;
    List<List<Object>> ranges =
        List.of(
            List.of("longValue", 7L, -3L, 3L),
            List.of("longValue", 2L, Long.MIN_VALUE, Long.MIN_VALUE + 1),
            List.of("instant", 10L, "2024-03-31T23:59:55", "2024-04-01T00:00:04"),
            List.of("dateTime", 10L, "2024-02-28T23:59:55", "2024-02-29T00:00:04"),
            List.of("offsetDateTime", 2L * offsets, "2024-01-01T00:00", "2024-01-01T00:00:01"),
            List.of("zonedDateTime", (long) offsets, "2024-01-01T00:00", "2024-01-01T00:00"));
    for (List<Object> range : ranges) {
      String type = (String) range.get(0);
      long size = (Long) range.get(1);
      List<Object> args = range.subList(2, 4);
      Generator gen = registry.find(type).bind(registry, args, type);
      assertThat(gen.domainSize()).as("the domain of %s%s", type, args).isEqualTo(size);
      Set<Object> listed = new HashSet<>();
      for (long i = 0; i < size; i++) {
        listed.add(gen.valueAt(i));
      }
      assertThat(listed).as("the values %s%s lists", type, args).hasSize((int) size);
      Faker faker = new Faker("en_US", 4L);
      assertThat(new HashSet<Object>(faker.provider(type, args.toArray()).next(20 * (int) size)))
          .as("the values %s%s draws", type, args)
          .isEqualTo(listed);
      assertThat(new HashSet<>(faker.unique(type, (int) size, args.toArray()))).isEqualTo(listed);
    }

    Generator times = registry.find("localTime").bind(registry, List.of(), "localTime");
    assertThat(times.domainSize()).isEqualTo(86_400);
    assertThat(times.valueAt(0)).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(times.valueAt(86_399)).isEqualTo(LocalTime.of(23, 59, 59));
    // Ranges too wide to count stay unknown, as wide decimals do.
    for (List<Long> wide :
        List.of(
            List.of(Long.MIN_VALUE, Long.MAX_VALUE),
            List.of(0L, Long.MAX_VALUE),
            List.of(-(1L << 61), 1L << 61))) {
      assertThat(registry.find("longValue").bind(registry, wide, "longValue").domainSize())
          .as("longValue%s", wide)
          .isEqualTo(-1);
    }
    assertThat(
            registry
                .find("longValue")
                .bind(registry, List.of(0L, (1L << 62) - 2), "longValue")
                .domainSize())
        .isEqualTo((1L << 62) - 1);
  }

  @Test
  void exhaustedProvidersFailWithAClearMessage() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("dice", f -> f.integer(1, 6));
    assertThatThrownBy(() -> faker.unique("dice", 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("field 'dice'")
        .hasMessageContaining("stopped at 6 distinct values");
    assertThat(faker.unique("dice", 6)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
  }

  @Test
  void uniqueSchemaFieldsInEveryOutput() {
    Schema schema =
        Schema.builder()
            .field("code", "int", 1, 3_000)
            .unique()
            .field("tier", "choice", "a", "b", "c")
            .field("email", "safe_email")
            .unique()
            .nullable(0.1)
            .build();
    Faker faker = new Faker("en_US", 3L);
    List<Map<String, Object>> rows = faker.seed(3).records(3_000, schema);
    assertThat(rows.stream().map(r -> r.get("code")).collect(Collectors.toSet())).hasSize(3_000);
    List<Object> emails =
        rows.stream().map(r -> r.get("email")).filter(e -> e != null).collect(Collectors.toList());
    assertThat(emails).doesNotHaveDuplicates();
    assertThat(emails.size()).isBetween(2_600, 2_900);

    assertThat(faker.seed(3).recordsParallel(3_000, schema)).isEqualTo(rows);
    assertThat(faker.seed(3).stream(schema).limit(3_000).collect(Collectors.toList()))
        .isEqualTo(rows);
    ColumnBatch columns = faker.seed(3).columns(3_000, schema);
    assertThat(new HashSet<>(List.of(box(columns.ints("code"))))).hasSize(3_000);
    for (int i = 0; i < 3_000; i += 101) {
      assertThat(columns.row(i)).isEqualTo(rows.get(i));
    }
    StringBuilder csv = new StringBuilder();
    faker.seed(3).writeCsv(3_000, schema, csv);
    assertThat(csv.toString().split("\r\n")).hasSize(3_001).doesNotHaveDuplicates();

    assertThatThrownBy(() -> faker.records(3_001, schema))
        .hasMessageContaining("field 'code'")
        .hasMessageContaining("3000 distinct values");
  }

  @Test
  void uniqueFieldsOfEveryColumnKind() {
    Schema schema =
        Schema.builder()
            .field("f", "float", 0, 100, 1)
            .unique()
            .field("b", "bool")
            .unique()
            .field("d", "date", "2024-01-01", "2024-01-02")
            .unique()
            .build();
    ColumnBatch columns = new Faker("en_US", 2L).columns(2, schema);
    assertThat(columns.booleans("b")).containsExactlyInAnyOrder(true, false);
    assertThat(columns.objects("d")).doesNotHaveDuplicates();
    assertThat(columns.doubles("f")[0]).isNotEqualTo(columns.doubles("f")[1]);
  }

  private static Integer[] box(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  /** A record whose month is made from a date. */
  public record Billing(java.time.YearMonth month) {}

  @Test
  void aConversionThatJoinsValuesDoesNotClaimTheirCount() {
    // A month made from the dates of 2024 claimed the 366 days as its distinct values.
    Schema months =
        Schema.builder().field("month", "date", "2024-01-01", "2024-12-31").unique().build();
    assertThat(new Faker("en_US", 1L).records(12, Billing.class, months))
        .extracting(Billing::month)
        .doesNotHaveDuplicates();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(13, Billing.class, months))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stopped at 12 distinct values")
        .hasMessageNotContaining("366");
  }

  @Test
  void aProviderOfUnknownSizeGivesEveryValueItHas() {
    // Stopping after as many repeats in a row as values found, unique("word", 971) failed for 15
    // of 20 seeds at the last word ("stopped at 970").
    int words = new HashSet<>(new Faker("en_US", 1L).words(200_000)).size();
    for (long seed = 0; seed < 20; seed++) {
      assertThat(new Faker("en_US", seed).unique("word", words)).hasSize(words);
    }
    assertThatThrownBy(() -> new Faker("en_US", 1L).unique("word", words + 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stopped at " + words + " distinct values after " + 20 * words);
  }
}
