package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * A word means the same through {@code @Forged} as through the faker, schemas and records: the
 * inference and the defaults are forgery-core's, not the extension's own.
 */
class OneVocabularyTest {

  @ExtendWith(ForgeryExtension.class)
  static class AliasesTestCase {
    @Test
    void test(
        @Forged String phone,
        @Forged String zip,
        @Forged String street,
        @Forged UUID id,
        @Forged String description,
        @Forged(size = 500) List<Integer> ages,
        @Forged(size = 500) List<LocalDate> birthdays,
        @Forged(size = 500) List<LocalDate> dates,
        @Forged(size = 3) List<String> customerNames) {
      Kit.see("phone", phone);
      Kit.see("zip", zip);
      Kit.see("street", street);
      Kit.see("id", id);
      Kit.see("description", description);
      Kit.see("ages", ages);
      Kit.see("birthdays", birthdays);
      Kit.see("dates", dates);
      Kit.see("customerNames", customerNames);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class WeakSuffixTestCase {
    @Test
    void test(@Forged String teamName) {}
  }

  @Test
  @SuppressWarnings("unchecked")
  void aliasesAgesBirthdaysAndDatesMeanWhatTheyMeanEverywhere() {
    Kit.run(AliasesTestCase.class, "forgery.seed", "11");
    Map<String, Object> seen = Kit.seen();
    assertThat((String) seen.get("phone")).contains("555-01");
    assertThat((String) seen.get("zip")).matches("\\d{5}");
    assertThat((String) seen.get("street")).matches("\\d+ .+");
    assertThat(((UUID) seen.get("id")).version()).isEqualTo(4);
    assertThat(((String) seen.get("description")).length()).isBetween(50, 200);
    assertThat((List<Integer>) seen.get("ages")).allSatisfy(a -> assertThat(a).isBetween(18, 80));
    // Dates of birth of adults aged 18 to 100 today (UTC), as faker.dateOfBirth() gives; a day
    // of slack either side for a run that crosses midnight.
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    assertThat((List<LocalDate>) seen.get("birthdays"))
        .allSatisfy(
            d -> assertThat(d).isBetween(today.minusYears(101), today.minusYears(18).plusDays(1)));
    assertThat((List<LocalDate>) seen.get("dates"))
        .allSatisfy(
            d -> assertThat(d).isBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2030, 12, 31)))
        .anySatisfy(d -> assertThat(d).isBefore(LocalDate.of(2000, 1, 1)));
    assertThat((List<String>) seen.get("customerNames"))
        .allSatisfy(n -> assertThat(n).contains(" "));
  }

  @Test
  void aNameWhoseOnlyMatchIsAWeakLastWordFails() {
    Throwable failure = Kit.onlyFailure(Kit.run(WeakSuffixTestCase.class));
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("parameter 'teamName'")
        .hasMessageContaining("no provider is called 'teamName'");
  }
}
