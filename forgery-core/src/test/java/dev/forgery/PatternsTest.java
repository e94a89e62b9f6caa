package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Pattern strings, digit strings and long ranges, through every entry point. */
class PatternsTest {
  @Test
  void placeholdersAreFilledAndEverythingElseKept() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.numerify(1_000, "###-##")).allMatch(s -> s.matches("\\d{3}-\\d{2}"));
    assertThat(faker.letterify(1_000, "??-#")).allMatch(s -> s.matches("[a-z]{2}-#"));
    assertThat(faker.bothify(1_000, "??-####")).allMatch(s -> s.matches("[a-z]{2}-\\d{4}"));
    assertThat(faker.digits(1_000, 12)).allMatch(s -> s.matches("\\d{12}"));
    assertThat(faker.digits(1)).matches("\\d");
    assertThat(faker.numerify("no placeholders")).isEqualTo("no placeholders");
  }

  @Test
  void batchesEqualSinglesAndEveryEntryPointAgrees() {
    List<String> batch = new Faker("en_US", 7L).bothify(300, "??-####");
    Faker singles = new Faker("en_US", 7L);
    for (String value : batch) {
      assertThat(singles.bothify("??-####")).isEqualTo(value);
    }
    assertThat(new Faker("en_US", 7L).provider("bothify", "??-####").next(300)).isEqualTo(batch);
    Schema schema = Schema.builder().field("code", "bothify", "??-####").build();
    assertThat(new Faker("en_US", 7L).records(50, schema))
        .allSatisfy(row -> assertThat((String) row.get("code")).matches("[a-z]{2}-\\d{4}"));
    long[] longs = new Faker("en_US", 7L).longs(300, -5_000_000_000L, 5_000_000_000L);
    Faker one = new Faker("en_US", 7L);
    for (long value : longs) {
      assertThat(one.longValue(-5_000_000_000L, 5_000_000_000L)).isEqualTo(value);
    }
  }

  @Test
  void longsAreUniformAndCoverTheWholeRange() {
    Faker faker = new Faker("en_US", 3L);
    Map<Long, Integer> counts = new TreeMap<>();
    for (long v : faker.longs(30_000, 1, 3)) {
      counts.merge(v, 1, Integer::sum);
    }
    assertThat(counts.keySet()).containsExactly(1L, 2L, 3L);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(9_400, 10_600));
    long[] all = faker.longs(10_000, Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(java.util.Arrays.stream(all).filter(v -> v < 0).count()).isBetween(4_700L, 5_300L);
    assertThat(faker.longValue(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void badArgumentsAreNamed() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.numerify(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern must be a string, got null");
    assertThatThrownBy(() -> faker.digits(0))
        .hasMessageContaining("length must be between 1 and 10000, got 0");
    assertThatThrownBy(() -> faker.longValue(5, 4))
        .hasMessageContaining("min must be <= max, got min=5 and max=4");
    assertThatThrownBy(() -> faker.numerify(-1, "#")).hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> Schema.builder().field("c", "numerify").build())
        .hasMessageContaining("field 'c'")
        .hasMessageContaining("wrong number of arguments");
  }
}
