package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Forged Optional<T>} and {@code Map<K, V>}, as an object's properties of those types are
 * filled: an optional holds a value; a map holds {@code size} entries whose keys are drawn by their
 * type and whose values are named by the parameter, bounded by {@code min}, {@code max}, {@code
 * oneOf} and {@code unique} as a list's elements are.
 */
class MapsAndOptionalsTest {
  private static final int SEEDS = 20;

  enum Tier {
    GOLD,
    SILVER,
    BRONZE
  }

  @ExtendWith(ForgeryExtension.class)
  static class ShapesTestCase {
    @Forged Map<UUID, String> emails;

    @Test
    void shapes(
        @Forged Optional<String> email,
        @Forged Optional<RecordsTest.Person> person,
        @Forged Map<String, Integer> scores,
        @Forged(size = 3) Map<Tier, String> cities,
        @Forged(size = 5, min = "18", max = "20") Map<Integer, Integer> ages,
        @Forged(size = 4, unique = true) Map<String, String> firstNames,
        @Forged(size = 5) Map<LocalTime, String> lastNames) {
      Kit.see("email", email);
      Kit.see("person", person);
      Kit.see("scores", scores);
      Kit.see("cities", cities);
      Kit.see("ages", ages);
      Kit.see("firstNames", firstNames);
      Kit.see("lastNames", lastNames);
      Kit.see("emails", emails);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void optionalsHoldAValueAndMapsHoldSizeEntriesNamedByTheirValues() {
    EmailValidator valid = EmailValidator.getInstance();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(ShapesTestCase.class, seed, 1);
      assertThat((Optional<String>) seen.get("email")).get().matches(valid::isValid);
      assertThat((Optional<RecordsTest.Person>) seen.get("person")).isPresent();
      Map<String, Integer> scores = (Map<String, Integer>) seen.get("scores");
      assertThat(scores).hasSize(10);
      assertThat(scores.keySet()).allMatch(k -> k.matches("[A-Za-z]+")); // lorem words
      assertThat(scores.values()).allMatch(v -> v >= 0 && v <= 100);
      assertThat((Map<Tier, String>) seen.get("cities"))
          .containsOnlyKeys(Tier.GOLD, Tier.SILVER, Tier.BRONZE);
      Map<Integer, Integer> ages = (Map<Integer, Integer>) seen.get("ages");
      assertThat(ages).hasSize(5);
      assertThat(ages.values()).allMatch(v -> v >= 18 && v <= 20);
      assertThat(((Map<String, String>) seen.get("firstNames")).values())
          .hasSize(4)
          .doesNotHaveDuplicates();
      Map<LocalTime, String> lastNames = (Map<LocalTime, String>) seen.get("lastNames");
      assertThat(lastNames).hasSize(5); // any value type a list's element may have keys a map
      assertThat(lastNames.values()).allMatch(v -> v.matches("[A-Z][A-Za-z' -]+"));
      Map<UUID, String> emails = (Map<UUID, String>) seen.get("emails");
      assertThat(emails).hasSize(10);
      assertThat(emails.values()).allMatch(valid::isValid);
      assertThatThrownBy(() -> emails.put(UUID.randomUUID(), "x@example.com"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void theSameSeedGivesTheSameMapInTheSameOrder() {
    Map<String, Object> seen = Kit.sameTwice(ShapesTestCase.class, 42);
    assertThat(List.copyOf(((Map<?, ?>) seen.get("scores")).keySet())).hasSize(10);
  }

  @ExtendWith(ForgeryExtension.class)
  static class NestedTestCase {
    @Test
    void nested(
        @Forged(value = "email", size = 3) Map<String, List<String>> emailsByTeam,
        @Forged(size = 2) List<List<String>> cities,
        @Forged(size = 4, min = "1", max = "6") List<int[]> rolls,
        @Forged(size = 5, unique = true) Optional<Set<UUID>> ids) {
      Kit.see("emailsByTeam", emailsByTeam);
      Kit.see("cities", cities);
      Kit.see("rolls", rolls);
      Kit.see("ids", ids);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void containersOfContainersHoldSizeValuesAtEveryLevel() {
    EmailValidator valid = EmailValidator.getInstance();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(NestedTestCase.class, seed, 1);
      Map<String, List<String>> emailsByTeam = (Map<String, List<String>>) seen.get("emailsByTeam");
      assertThat(emailsByTeam).hasSize(3);
      assertThat(emailsByTeam.values())
          .allSatisfy(emails -> assertThat(emails).hasSize(3).allMatch(valid::isValid));
      List<List<String>> cities = (List<List<String>>) seen.get("cities");
      assertThat(cities).hasSize(2).allSatisfy(inner -> assertThat(inner).hasSize(2));
      // The inner values are the name's provider's, as a List<String> cities' are.
      assertThat(cities.get(0)).allMatch(city -> city.matches("[A-Z][A-Za-z .'-]+"));
      List<int[]> rolls = (List<int[]>) seen.get("rolls");
      assertThat(rolls)
          .hasSize(4)
          .allSatisfy(
              roll ->
                  assertThat(java.util.Arrays.stream(roll).boxed())
                      .hasSize(4)
                      .allSatisfy(v -> assertThat(v).isBetween(1, 6)));
      assertThat(((Optional<Set<UUID>>) seen.get("ids")).orElseThrow()).hasSize(5);
    }
    // Arrays compare by identity, so the same seed is checked on the containers of lists.
    Map<String, Object> first = Kit.passed(NestedTestCase.class, 7, 1);
    Map<String, Object> again = Kit.passed(NestedTestCase.class, 7, 1);
    assertThat(again.get("cities")).isEqualTo(first.get("cities"));
    assertThat(again.get("emailsByTeam")).isEqualTo(first.get("emailsByTeam"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class TooManyKeysTestCase {
    @Test
    void test(@Forged(size = 4) Map<Tier, String> cities) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class ObjectKeysTestCase {
    @Test
    void test(@Forged Map<RecordsTest.Person, String> byPerson) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class DequeTestCase {
    @Test
    void test(@Forged Deque<String> emails) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class UniqueOptionalTestCase {
    @Test
    void test(@Forged(unique = true) Optional<String> email) {}
  }

  @Test
  void whatCannotBeFilledSaysWhyAndWhatWouldDo() {
    assertThat(Kit.resolutionFailure(TooManyKeysTestCase.class))
        .contains("found only 3 distinct values for the keys of a Map of 4")
        .contains("Lower @Forged(size = ...)");
    assertThat(Kit.resolutionFailure(ObjectKeysTestCase.class))
        .contains(
            "map keys must be strings, numbers, UUIDs, dates and times, enums or other values")
        .contains("RecordsTest$Person");
    assertThat(Kit.resolutionFailure(DequeTestCase.class))
        .contains("java.util.Deque<java.lang.String> cannot be forged")
        .contains("Declare a List, Set, Map, Optional, array, Stream or Supplier");
    assertThat(Kit.resolutionFailure(UniqueOptionalTestCase.class))
        .contains("a single value is always unique");
  }

  @Test
  @SuppressWarnings("unchecked")
  void mapsOfWholeNumberKeysTakeAsManyKeysAsTheyNeed() {
    // Keys were drawn from 0..100 whatever the size: a map of 200 failed with "found only 101".
    for (Class<?> key :
        List.of(Integer.class, Long.class, Short.class, java.math.BigInteger.class)) {
      Map<Object, String> map =
          (Map<Object, String>)
              RangesTest.forge(
                  Forgeds.generic(Map.class, key, String.class),
                  Map.of("value", "city", "size", 200),
                  3L);
      assertThat(map).as("%s", key).hasSize(200);
      assertThat(map.keySet()).as("%s", key).allMatch(key::isInstance);
    }
    // Up to 101 entries, the keys are those of the type's values, 0..100, as before.
    Map<Integer, String> small =
        (Map<Integer, String>)
            RangesTest.forge(
                Forgeds.generic(Map.class, Integer.class, String.class),
                Map.of("value", "city", "size", 50),
                3L);
    assertThat(small.keySet()).allMatch(k -> k >= 0 && k <= 100);
    // A byte has 128 keys from 0: more is impossible, and says so.
    assertThat(
            RangesTest.message(
                Forgeds.generic(Map.class, Byte.class, String.class),
                Map.of("value", "city", "size", 200)))
        .contains("found only 128 distinct values for the keys of a Map of 200");
  }
}
