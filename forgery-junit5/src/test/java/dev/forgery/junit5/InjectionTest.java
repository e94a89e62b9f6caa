package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class InjectionTest {

  @ExtendWith(ForgeryExtension.class)
  static class AllTypesTestCase {
    @Forged Faker faker;
    @Forged String email;

    @Forged(size = 3)
    List<String> lastNames;

    @Test
    void strings(
        @Forged String name,
        @Forged List<String> emails,
        @Forged(size = 5) Set<String> firstNames,
        @Forged String[] lastNames,
        @Forged(size = 4) Stream<String> safeEmails,
        @Forged Supplier<String> freeEmail,
        @Forged("safe_email") String owner,
        @Forged("UUID") String uuidText,
        @Forged(locale = "en-US") String firstName) {
      Kit.see("name", name);
      Kit.see("emails", emails);
      Kit.see("firstNames", firstNames);
      Kit.see("lastNames", List.of(lastNames));
      Kit.see("safeEmails", safeEmails.collect(Collectors.toList()));
      Kit.see("freeEmail", List.of(freeEmail.get(), freeEmail.get()));
      Kit.see("owner", owner);
      Kit.see("uuidText", uuidText);
      Kit.see("firstName", firstName);
      Kit.see("field faker", faker);
      Kit.see("field email", email);
      Kit.see("field lastNames", this.lastNames);
    }

    @Test
    void scalars(
        @Forged Faker sameSeededFaker,
        @Forged int i,
        @Forged Integer boxed,
        @Forged long l,
        @Forged double d,
        @Forged float f,
        @Forged short s,
        @Forged byte b,
        @Forged boolean flag,
        @Forged Boolean boxedFlag,
        @Forged LocalDate date,
        @Forged LocalDateTime time,
        @Forged UUID uuid) {
      Kit.see("faker", sameSeededFaker);
      Kit.see("ints", List.of(i, boxed, l, s, b));
      Kit.see("doubles", List.of(d, f));
      Kit.see("flags", List.of(flag, boxedFlag));
      Kit.see("date", date);
      Kit.see("time", time);
      Kit.see("uuid", uuid);
    }

    @Test
    void batches(
        @Forged(size = 7) int[] ints,
        @Forged double[] doubles,
        @Forged(size = 2) boolean[] flags,
        @Forged List<UUID> uuids,
        @Forged Set<Integer> numbers,
        @Forged List<? extends LocalDate> dates,
        @Forged Supplier<UUID> ids,
        @Forged(size = 0) List<String> emails,
        @Forged("bool") List<Boolean> bools,
        @Forged Iterable<Long> longs) {
      Kit.see("b.ints", ints);
      Kit.see("b.doubles", doubles);
      Kit.see("b.flags", flags);
      Kit.see("b.uuids", uuids);
      Kit.see("b.numbers", numbers);
      Kit.see("b.dates", dates);
      Kit.see("b.ids", ids.get());
      Kit.see("b.emails", emails);
      Kit.see("b.bools", bools);
      Kit.see("b.longs", longs);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void injectsStringsFromInferredAndNamedProviders() {
    Kit.run(AllTypesTestCase.class, "forgery.seed", "42")
        .testEvents()
        .assertStatistics(stats -> stats.started(3).succeeded(3));
    var seen = Kit.seen();
    EmailValidator valid = EmailValidator.getInstance();
    assertThat((String) seen.get("name")).matches("\\S+ \\S+.*");
    assertThat((List<String>) seen.get("emails")).hasSize(10).allMatch(valid::isValid);
    assertThat((Set<String>) seen.get("firstNames")).hasSize(5).doesNotContainNull();
    assertThat((List<String>) seen.get("lastNames")).hasSize(10).allMatch(n -> !n.contains(" "));
    assertThat((List<String>) seen.get("safeEmails"))
        .hasSize(4)
        .allMatch(valid::isValid)
        .allMatch(e -> e.matches(".*@example\\.(com|org|net)"));
    assertThat((List<String>) seen.get("freeEmail")).hasSize(2).allMatch(valid::isValid);
    assertThat((String) seen.get("owner")).matches(".*@example\\.(com|org|net)");
    assertThat(UUID.fromString((String) seen.get("uuidText")).version()).isEqualTo(4);
    assertThat((String) seen.get("firstName")).isNotBlank().doesNotContain(" ");
    assertThat(seen.get("field faker")).isInstanceOf(Faker.class);
    assertThat((String) seen.get("field email")).matches(valid::isValid);
    assertThat((List<String>) seen.get("field lastNames")).hasSize(3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void injectsNumbersBooleansDatesAndUuids() {
    Kit.run(AllTypesTestCase.class, "forgery.seed", "7");
    var seen = Kit.seen();
    assertThat(((Faker) seen.get("faker")).locale().toString()).isEqualTo("en_US");
    assertThat((List<Number>) seen.get("ints"))
        .hasSize(5)
        .allMatch(n -> n.longValue() >= 0 && n.longValue() <= 100);
    assertThat((List<Number>) seen.get("doubles"))
        .allMatch(n -> n.doubleValue() >= 0 && n.doubleValue() < 1);
    assertThat((List<Boolean>) seen.get("flags")).hasSize(2);
    // `date` names the date provider, whose window is 1970-01-01..2030-12-31.
    assertThat((LocalDate) seen.get("date"))
        .isBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2030, 12, 31));
    assertThat((LocalDateTime) seen.get("time"))
        .isBetween(LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(2030, 12, 31, 23, 59, 59));
    assertThat(((UUID) seen.get("uuid")).version()).isEqualTo(4);
  }

  @Test
  @SuppressWarnings("unchecked")
  void injectsArraysListsSetsAndSuppliersOfEveryType() {
    Kit.run(AllTypesTestCase.class, "forgery.seed", "7");
    var seen = Kit.seen();
    assertThat((int[]) seen.get("b.ints")).hasSize(7);
    assertThat(java.util.Arrays.stream((int[]) seen.get("b.ints")))
        .allMatch(i -> i >= 0 && i <= 100);
    assertThat((double[]) seen.get("b.doubles")).hasSize(10);
    assertThat((boolean[]) seen.get("b.flags")).hasSize(2);
    assertThat((List<UUID>) seen.get("b.uuids")).hasSize(10).doesNotHaveDuplicates();
    assertThat((Set<Integer>) seen.get("b.numbers")).hasSize(10);
    assertThat((List<LocalDate>) seen.get("b.dates")).hasSize(10);
    assertThat(seen.get("b.ids")).isInstanceOf(UUID.class);
    assertThat((List<String>) seen.get("b.emails")).isEmpty();
    assertThat((List<Boolean>) seen.get("b.bools")).hasSize(10).contains(true, false);
    assertThat((Iterable<Long>) seen.get("b.longs")).hasSize(10);
  }
}
