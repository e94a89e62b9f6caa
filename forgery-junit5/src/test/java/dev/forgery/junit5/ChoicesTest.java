package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Forged(oneOf)}: choices converted to the declared type, and their mistakes. */
class ChoicesTest {
  enum Status {
    ACTIVE,
    LOCKED,
    CLOSED
  }

  @ExtendWith(ForgeryExtension.class)
  static class ChoicesTestCase {
    @Test
    void choices(
        @Forged(
                oneOf = {"ACTIVE", "LOCKED"},
                size = 200)
            List<Status> statuses,
        @Forged(
                oneOf = {"1", "2", "3"},
                size = 300)
            int[] small,
        @Forged(oneOf = {"2020-01-01", "2021-01-01"}) LocalDate date,
        @Forged(oneOf = "true") boolean yes,
        @Forged(oneOf = {"9.99", "19.99"}) BigDecimal price,
        @Forged(oneOf = "123e4567-e89b-42d3-a456-426614174000") UUID id,
        @Forged(oneOf = {"x", "y"}) String[] letters,
        @Forged(oneOf = "0.5") float half,
        @Forged(oneOf = "-7") long minus,
        @Forged(oneOf = "12") short twelve,
        @Forged(oneOf = "-1") Byte minusOne,
        @Forged(oneOf = "2.5") Double twoAndAHalf,
        @Forged(oneOf = "2020-01-01T09:30") LocalDateTime dateTime,
        @Forged(oneOf = "09:30:15.5") LocalTime time,
        @Forged(oneOf = "2020-01-01T09:30:00Z") Instant instant,
        @Forged(oneOf = "2020-01-01T09:30+02:00") OffsetDateTime offset,
        @Forged(oneOf = "2020-01-01T09:30+01:00[Europe/Paris]") ZonedDateTime zoned,
        @Forged(oneOf = " spaced ") String spaced) {
      Kit.see("statuses", statuses);
      Kit.see("small", Arrays.stream(small).boxed().toList());
      Kit.see("others", List.of(date, yes, price, id, List.of(letters), half, minus, twelve));
      Kit.see(
          "more", List.of(minusOne, twoAndAHalf, dateTime, time, instant, offset, zoned, spaced));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void choicesAreConvertedAndEquallyLikely() {
    Map<String, Object> seen = Kit.passed(ChoicesTestCase.class, 5, 1);
    List<Status> statuses = (List<Status>) seen.get("statuses");
    assertThat(statuses).containsOnly(Status.ACTIVE, Status.LOCKED);
    assertThat(statuses.stream().filter(s -> s == Status.ACTIVE).count()).isBetween(70L, 130L);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i : (List<Integer>) seen.get("small")) {
      counts.merge(i, 1, Integer::sum);
    }
    assertThat(counts).containsOnlyKeys(1, 2, 3);
    assertThat(counts.values()).allMatch(c -> c > 70 && c < 130);
    List<Object> others = (List<Object>) seen.get("others");
    assertThat(others.get(0)).isIn(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    assertThat(others.get(1)).isEqualTo(true);
    assertThat(others.get(2)).isIn(new BigDecimal("9.99"), new BigDecimal("19.99"));
    assertThat(others.get(3)).isEqualTo(UUID.fromString("123e4567-e89b-42d3-a456-426614174000"));
    assertThat((List<String>) others.get(4)).hasSize(10).containsAnyOf("x", "y");
    assertThat(others.subList(5, 8)).containsExactly(0.5f, -7L, (short) 12);
    assertThat((List<Object>) seen.get("more"))
        .containsExactly(
            (byte) -1,
            2.5,
            LocalDateTime.of(2020, 1, 1, 9, 30),
            LocalTime.of(9, 30, 15, 500_000_000),
            Instant.parse("2020-01-01T09:30:00Z"),
            OffsetDateTime.parse("2020-01-01T09:30+02:00"),
            ZonedDateTime.parse("2020-01-01T09:30+01:00[Europe/Paris]"),
            " spaced ");
  }

  @Test
  void theSameSeedMakesTheSameChoices() {
    assertThat(Kit.sameTwice(ChoicesTestCase.class, 8)).containsKey("statuses");
  }

  @Test
  void badChoicesSayWhatIsValid() {
    assertThat(RangesTest.message(Status.class, Map.of("oneOf", new String[] {"ACTIVE", "OPEN"})))
        .startsWith("Cannot forge parameter 'value' of type dev.forgery.junit5.ChoicesTest$Status")
        .contains("oneOf value \"OPEN\" is not a valid Status")
        .contains("Write the name of a constant of Status: [ACTIVE, LOCKED, CLOSED].");
    assertThat(RangesTest.message(int.class, Map.of("oneOf", new String[] {"1", "two"})))
        .contains("oneOf value \"two\" is not a valid Integer")
        .contains("a whole number from -2147483648 to 2147483647 (int)");
    assertThat(RangesTest.message(boolean.class, Map.of("oneOf", new String[] {"yes"})))
        .contains("Write \"true\" or \"false\".");
    assertThat(RangesTest.message(UUID.class, Map.of("oneOf", new String[] {"1-2-3-4-5"})))
        .contains("Write a UUID such as");
    assertThat(RangesTest.message(LocalDate.class, Map.of("oneOf", new String[] {"tomorrow"})))
        .contains("oneOf value \"tomorrow\" is not a valid LocalDate");
  }

  @Test
  void aValueListedTwiceIsRefused() {
    // Listed twice, "A" was drawn two times in three, though each value is equally likely.
    assertThat(RangesTest.message(String.class, Map.of("oneOf", new String[] {"A", "A", "B"})))
        .contains("oneOf lists \"A\" twice; each value of oneOf is equally likely")
        .contains("List each value once.");
    assertThat(RangesTest.message(int.class, Map.of("oneOf", new String[] {"1", "01", "2"})))
        .contains("oneOf lists \"1\" and \"01\", the same Integer");
  }

  @Test
  void oneOfTakesNoProviderAndNoBounds() {
    assertThat(
            RangesTest.message(
                String.class, Map.of("value", "email", "oneOf", new String[] {"a@b.c"})))
        .contains("oneOf lists the values, so it takes no provider name (\"email\")")
        .contains("Keep either oneOf or the provider.");
    assertThat(RangesTest.message(int.class, Map.of("min", "1", "oneOf", new String[] {"1", "2"})))
        .contains("oneOf lists the values, so it takes no min or max");
    assertThat(
            RangesTest.message(
                RecordsTest.Person.class, Map.of("oneOf", new String[] {"Linda Garcia"})))
        .contains("oneOf cannot apply to a record");
    assertThat(RangesTest.message(ObjectsTest.Customer.class, Map.of("oneOf", new String[] {"x"})))
        .contains("oneOf cannot apply to an object");
  }
}
