package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void surnamesFollowCensusFrequencies() {
    Map<String, Integer> counts = count(new Faker("en_US", 1L).lastNames(1_000_000));
    // Census 1990: Smith 1.006% of the population, Johnson 0.810%; the table covers ~92.6% of
    // the weight, so the expected shares are ~1.086% and ~0.875%.
    assertThat(counts.get("Smith")).isBetween(10_300, 11_400);
    assertThat(counts.get("Johnson")).isBetween(8_300, 9_200);
    assertThat(counts.get("Smith")).isGreaterThan(counts.get("Johnson"));
  }

  @Test
  void theLongTailOfRareSurnamesIsPresent() {
    Map<String, Integer> counts = count(new Faker("en_US", 2L).lastNames(1_000_000));
    // Over 60,000 distinct surnames in a million draws: not only the top 1,000.
    assertThat(counts.size()).isGreaterThan(60_000);
    assertThat(counts.keySet()).contains("O'Brien", "McDonald");
  }

  @Test
  void firstNamesFollowBirthFrequencies() {
    Map<String, Integer> counts = count(new Faker("en_US", 3L).firstNames(500_000));
    String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    assertThat(top).isIn("Michael", "James", "David", "John", "Robert", "Mary");
    assertThat(counts.size()).isGreaterThan(5_000);
  }

  @Test
  void fullNamesAreFirstNameSpaceSurname() {
    for (String name : new Faker("en_US", 4L).names(10_000)) {
      assertThat(name).matches("[A-Z][A-Za-z]+ (Mc|Mac|O')?[A-Z][a-z]+");
    }
  }

  @Test
  void aFakerCreatedLaterSharesTheLoadedTables() {
    Faker first = new Faker("en_US", 1L);
    first.name();
    Faker second = new Faker("en_US", 1L);
    assertThat(second.name()).isEqualTo(new Faker("en_US", 1L).name());
    assertThat(dev.forgery.internal.provider.names.Names.of("en_US"))
        .isSameAs(dev.forgery.internal.provider.names.Names.of("en_US"));
  }

  private static Map<String, Integer> count(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }
}
