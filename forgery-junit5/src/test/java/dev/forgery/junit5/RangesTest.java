package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** {@code @Forged(min, max)}: bounds for every type that has them, and their mistakes. */
class RangesTest {
  private static final int SEEDS = 40;

  @ExtendWith(ForgeryExtension.class)
  static class NumbersTestCase {
    @Forged(min = "1", max = "6", size = 50)
    List<Integer> fieldRolls;

    @Test
    void numbers(
        @Forged(min = "0.5", max = "30") double weight,
        @Forged(min = "1", max = "6", size = 200) int[] rolls,
        @Forged(min = "-5", max = "5") List<Long> longs,
        @Forged(min = "100", max = "127") byte high,
        @Forged(min = "-3", max = "-1") Short negative,
        @Forged(min = "0.25", max = "0.5", size = 100) float[] fractions,
        @Forged(min = "9.99", max = "20") BigDecimal price,
        @Forged(min = "18") int adult,
        @Forged(min = "500") int big,
        @Forged(max = "-10") int below,
        @Forged(value = "integer", min = "1", max = "6") long die,
        @Forged(value = "price", min = "5", max = "6") BigDecimal cheap,
        @Forged(min = "1", max = "3") java.util.function.Supplier<Integer> small) {
      Kit.see("weight", weight);
      Kit.see("rolls", Arrays.stream(rolls).boxed().toList());
      Kit.see("longs", longs);
      Kit.see("high", high);
      Kit.see("negative", negative);
      List<Float> f = new ArrayList<>();
      for (float x : fractions) {
        f.add(x);
      }
      Kit.see("fractions", f);
      Kit.see("price", price);
      Kit.see("adult", adult);
      Kit.see("big", big);
      Kit.see("below", below);
      Kit.see("die", die);
      Kit.see("cheap", cheap);
      Kit.see("small", List.of(small.get(), small.get(), small.get()));
      Kit.see("fieldRolls", fieldRolls);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class TimesTestCase {
    @Test
    void times(
        @Forged(min = "2020-01-01", max = "2020-12-31") LocalDate day,
        @Forged(min = "2020-01-01T09:00", max = "2020-01-01T17:00") LocalDateTime meeting,
        @Forged(min = "2020-01-01T00:00:00Z", max = "2020-01-02") Instant instant,
        @Forged(min = "2021-06-01", max = "2021-06-30") OffsetDateTime offset,
        @Forged(min = "2021-06-01", max = "2021-06-30") ZonedDateTime zoned,
        @Forged(min = "09:00", max = "17:00", size = 100) List<LocalTime> opening,
        @Forged(min = "2040-01-01") LocalDate future,
        @Forged(max = "1960-01-01") LocalDate past,
        @Forged(value = "date", min = "2020-01-01", max = "2020-01-31") String dayText) {
      Kit.see("day", day);
      Kit.see("meeting", meeting);
      Kit.see("instant", instant);
      Kit.see("offset", offset);
      Kit.see("zoned", zoned);
      Kit.see("opening", opening);
      Kit.see("future", future);
      Kit.see("past", past);
      Kit.see("dayText", dayText);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class StringsTestCase {
    @Test
    void strings(
        @Forged(value = "text", min = "10", max = "40") String note,
        @Forged(value = "letters", min = "3", max = "8", size = 100) List<String> codes,
        @Forged(value = "password", min = "8", max = "10") String password,
        @Forged(value = "digits", max = "4", size = 50) String[] pins,
        @Forged(value = "alphanumeric", min = "12") String token) {
      Kit.see("note", note);
      Kit.see("codes", codes);
      Kit.see("password", password);
      Kit.see("pins", List.of(pins));
      Kit.see("token", token);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void numbersStayWithinTheirBoundsAndReachBothEnds() {
    Set<Integer> rolls = new HashSet<>();
    Set<Integer> fieldRolls = new HashSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(NumbersTestCase.class, seed, 1);
      assertThat((Double) seen.get("weight")).isGreaterThanOrEqualTo(0.5).isLessThan(30.0);
      assertThat((List<Integer>) seen.get("rolls")).hasSize(200).allMatch(r -> r >= 1 && r <= 6);
      rolls.addAll((List<Integer>) seen.get("rolls"));
      fieldRolls.addAll((List<Integer>) seen.get("fieldRolls"));
      assertThat((List<Long>) seen.get("longs")).hasSize(10).allMatch(l -> l >= -5 && l <= 5);
      assertThat((Byte) seen.get("high")).isBetween((byte) 100, (byte) 127);
      assertThat((Short) seen.get("negative")).isBetween((short) -3, (short) -1);
      assertThat((List<Float>) seen.get("fractions")).allMatch(f -> f >= 0.25f && f < 0.5f);
      BigDecimal price = (BigDecimal) seen.get("price");
      assertThat(price.scale()).isEqualTo(2);
      assertThat(price).isBetween(new BigDecimal("9.99"), new BigDecimal("20"));
      assertThat((Integer) seen.get("adult")).isBetween(18, 100);
      assertThat((Integer) seen.get("big")).isBetween(500, 600);
      assertThat((Integer) seen.get("below")).isBetween(-110, -10);
      assertThat((Long) seen.get("die")).isBetween(1L, 6L);
      assertThat((BigDecimal) seen.get("cheap")).isBetween(new BigDecimal(5), new BigDecimal(6));
      assertThat((List<Integer>) seen.get("small")).allMatch(i -> i >= 1 && i <= 3);
    }
    assertThat(rolls).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    assertThat(fieldRolls).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
  }

  @Test
  @SuppressWarnings("unchecked")
  void datesAndTimesStayWithinTheirBounds() {
    Set<LocalTime> opening = new HashSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(TimesTestCase.class, seed, 1);
      assertThat((LocalDate) seen.get("day"))
          .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
      assertThat((LocalDateTime) seen.get("meeting"))
          .isBetween(LocalDateTime.of(2020, 1, 1, 9, 0), LocalDateTime.of(2020, 1, 1, 17, 0));
      assertThat((Instant) seen.get("instant"))
          .isBetween(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z"));
      assertThat(((OffsetDateTime) seen.get("offset")).toLocalDateTime())
          .isBetween(LocalDateTime.of(2021, 6, 1, 0, 0), LocalDateTime.of(2021, 6, 30, 0, 0));
      assertThat(((ZonedDateTime) seen.get("zoned")).toLocalDateTime())
          .isBetween(LocalDateTime.of(2021, 6, 1, 0, 0), LocalDateTime.of(2021, 6, 30, 0, 0));
      for (LocalTime t : (List<LocalTime>) seen.get("opening")) {
        assertThat(t).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(t.getNano()).isZero();
        opening.add(t);
      }
      // The default end is 2030-12-31; past it, the default window's width follows the bound.
      assertThat((LocalDate) seen.get("future"))
          .isBetween(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 1).plusDays(22_279));
      assertThat((LocalDate) seen.get("past"))
          .isBetween(LocalDate.of(1960, 1, 1).minusDays(22_279), LocalDate.of(1960, 1, 1));
      assertThat(LocalDate.parse((String) seen.get("dayText")))
          .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
    }
    assertThat(opening).hasSizeGreaterThan(SEEDS * 90);
  }

  @Test
  @SuppressWarnings("unchecked")
  void stringBoundsAreLengths() {
    Set<Integer> lengths = new HashSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(StringsTestCase.class, seed, 1);
      assertThat(((String) seen.get("note")).length()).isBetween(10, 40);
      assertThat((List<String>) seen.get("codes"))
          .hasSize(100)
          .allMatch(c -> c.matches("[a-z]{3,8}"));
      ((List<String>) seen.get("codes")).forEach(c -> lengths.add(c.length()));
      assertThat(((String) seen.get("password")).length()).isBetween(8, 10);
      assertThat((List<String>) seen.get("pins")).allMatch(p -> p.matches("[0-9]{1,4}"));
      // min alone: the default lengths are 1..10; past them, a window as wide follows the bound.
      assertThat((String) seen.get("token")).matches("[a-z0-9]{12,21}");
    }
    assertThat(lengths).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8);
  }

  @Test
  void theSameSeedGivesTheSameBoundedValues() {
    Map<String, Object> first = Kit.sameTwice(NumbersTestCase.class, 3);
    Kit.run(NumbersTestCase.class, "forgery.seed", "4");
    assertThat(Kit.seen().get("rolls")).isNotEqualTo(first.get("rolls"));
  }

  @Test
  void boundsAreTheArgumentsOfTheTypesUniformProvider() {
    // @Forged(min = "1", max = "6") int equals integer(1, 6) from an identically seeded faker.
    Object forged = forge(int[].class, Map.of("min", "1", "max", "6", "size", 30), 9L);
    assertThat(IntStream.of((int[]) forged).boxed().toList())
        .isEqualTo(new Faker("en_US", 9L).provider("integer", 1, 6).next(30));
    Object days = forge(LocalDate.class, Map.of("min", "2020-02-01", "max", "2020-02-29"), 9L);
    assertThat(days).isEqualTo(new Faker("en_US", 9L).date("2020-02-01", "2020-02-29"));
  }

  @Test
  void otherNumbersBecomeBigDecimals() {
    assertThat(forge(BigDecimal.class, Map.of("value", "integer", "min", "7", "max", "7"), 1L))
        .isEqualTo(new BigDecimal(7));
    assertThat(forge(BigDecimal.class, Map.of("value", "doubleValue"), 1L))
        .isEqualTo(new BigDecimal(Double.toString(new Faker("en_US", 1L).doubleValue(0, 1))));
  }

  @Test
  void floatsRoundDownIntoTheirHalfOpenRange() {
    for (long seed = 0; seed < 200; seed++) {
      float[] values =
          (float[]) forge(float[].class, Map.of("min", "0.1", "max", "0.2", "size", 50), seed);
      for (float f : values) {
        assertThat(f).isGreaterThanOrEqualTo(0.1f).isLessThan(0.2f);
      }
    }
  }

  @Test
  void aBoundOfAnotherTimeScaleIsReadForItsType() {
    LocalDateTime startOfDay =
        (LocalDateTime)
            forge(LocalDateTime.class, Map.of("min", "2020-05-05", "max", "2020-05-05"), 1L);
    assertThat(startOfDay).isEqualTo(LocalDateTime.of(2020, 5, 5, 0, 0));
    Instant utc =
        (Instant)
            forge(Instant.class, Map.of("min", "2020-05-05T10:00", "max", "2020-05-05T10:00"), 1L);
    assertThat(utc).isEqualTo(LocalDateTime.of(2020, 5, 5, 10, 0).toInstant(ZoneOffset.UTC));
    Object timeText =
        forge(String.class, Map.of("value", "timeOfDay", "min", "09:00", "max", "09:59:59"), 1L);
    assertThat(LocalTime.parse((String) timeText))
        .isBetween(LocalTime.of(9, 0), LocalTime.of(10, 0));
  }

  // -----------------------------------------------------------------------------------------------
  // mistakes

  @Test
  void minAboveMaxNamesBothAndTheParameter() {
    assertThat(message(int.class, Map.of("min", "10", "max", "5")))
        .startsWith("Cannot forge parameter 'value' of type int in RangesTest.t:")
        .contains("min = \"10\" is greater than max = \"5\". Swap them, or widen the range.");
    assertThat(message(double.class, Map.of("min", "1", "max", "1")))
        .contains(
            "min = \"1\" must be less than max = \"1\": Double values are drawn from [min, max)");
    assertThat(message(LocalDate.class, Map.of("min", "2021-01-01", "max", "2020-01-01")))
        .contains("min = \"2021-01-01\" is greater than max = \"2020-01-01\"");
  }

  @Test
  void unreadableBoundsSayWhatIsValid() {
    assertThat(message(int.class, Map.of("min", "abc")))
        .contains("min = \"abc\" is not a valid Integer bound")
        .contains("Write a whole number from -2147483648 to 2147483647 (int).");
    assertThat(message(byte.class, Map.of("max", "300")))
        .contains("max = \"300\" is not a valid Byte bound")
        .contains("from -128 to 127 (byte)");
    assertThat(message(double.class, Map.of("max", "NaN")))
        .contains("Write a finite number such as \"0.5\" (double: zero, or between 4.9E-324 and");
    assertThat(message(LocalDate.class, Map.of("min", "01/02/2020")))
        .contains("Write an ISO date such as \"2020-01-01\".");
    assertThat(message(LocalTime.class, Map.of("min", "09:00:00.5")))
        .contains("min = \"09:00:00.5\" is not a valid LocalTime bound")
        .contains("to the second");
    assertThat(message(OffsetDateTime.class, Map.of("min", "2020-01-01T00:00+02:00")))
        .contains("a date for its start, whose values get a random offset, to the second");
    assertThat(message(String.class, Map.of("value", "letters", "min", "-1")))
        .contains("min = \"-1\" is not a valid length")
        .contains("min and max bound a String's length");
    assertThat(message(BigDecimal.class, Map.of("min", "1,5")))
        .contains("Write a number such as \"9.99\" (BigDecimal).");
  }

  @Test
  void typesAndProvidersWithoutARangeAreRefused() {
    assertThat(message(boolean.class, Map.of("min", "1")))
        .contains("min and max bound numbers, BigDecimal, BigInteger, LocalDate")
        .contains("Boolean has no range")
        .contains("oneOf lists values of any type");
    assertThat(message(java.util.UUID.class, Map.of("max", "1"))).contains("UUID has no range");
    assertThat(message(double.class, Map.of("value", "latitude", "min", "1", "max", "5")))
        .contains("provider 'latitude' does not take [1.0, 5.0) as its arguments")
        .contains("takes no arguments")
        .contains("name a provider whose arguments are a range");
    assertThat(message(LocalDate.class, Map.of("value", "dateOfBirth", "min", "2000-01-01")))
        .contains("provider 'dateOfBirth' does not take 2000-01-01..2030-12-31");
    assertThat(message(String.class, Map.of("value", "email", "min", "3", "max", "8")))
        .contains("min and max bound a String's length (3..8), and provider 'email' cannot take it")
        .contains("Name a provider that takes lengths: text or password");
    assertThat(message(String.class, Map.of("value", "letters", "min", "0", "max", "3")))
        .contains("provider 'letters' cannot take it")
        .contains("length must be between 1 and 10000, got 0");
    assertThat(message(RecordsTest.Person.class, Map.of("min", "1")))
        .contains("min and max cannot apply to a record, filled component by component")
        .contains("@FakeWith");
    assertThat(message(Faker.class, Map.of("max", "1")))
        .contains("min and max cannot apply to a Faker");
  }

  @ExtendWith(ForgeryExtension.class)
  static class BadBoundTestCase {
    @Test
    void test(@Forged(min = "ten") int count) {}
  }

  @Test
  void aBadBoundFailsTheTestAtResolution() {
    Throwable failure = Kit.onlyFailure(Kit.run(BadBoundTestCase.class));
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("parameter 'count'")
        .hasMessageContaining("BadBoundTestCase.test")
        .hasMessageContaining("min = \"ten\"");
  }

  // -----------------------------------------------------------------------------------------------

  static Object forge(Type type, Map<String, Object> members, long seed) {
    Forger.Target target =
        new Forger.Target("parameter 'value'", "RangesTest.t", "value", type, Forgeds.of(members));
    return Forger.forge(target, new Faker("en_US", seed));
  }

  static String message(Type type, Map<String, Object> members) {
    Throwable thrown = null;
    try {
      forge(type, members, 1L);
    } catch (ParameterResolutionException e) {
      thrown = e;
    }
    assertThat(thrown).as("@Forged%s %s", members, type.getTypeName()).isNotNull();
    return thrown.getMessage();
  }

  @Test
  void aBoundTooCloseToZeroToReadIsRefused() {
    // 1e-400 read as 0.0, and the bounds were then reported as equal.
    assertThat(RangesTest.message(double.class, Map.of("min", "1e-400", "max", "1e-399")))
        .contains("min = \"1e-400\" is not a valid Double bound")
        .contains("zero, or between 4.9E-324 and 1.7976931348623157E308 from it");
    assertThat(RangesTest.message(float.class, Map.of("min", "0", "max", "1e-50")))
        .contains("max = \"1e-50\" is not a valid Float bound");
    assertThat((double) forge(double.class, Map.of("min", "0", "max", "1e-300"), 1L))
        .isBetween(0.0, 1e-300);
  }

  @Test
  void aNamedProviderWhoseValuesTheTypeCannotHoldIsRefused() {
    // Values were cut to the type: fractions dropped, numbers beyond a short wrapped.
    assertThat(RangesTest.message(int[].class, Map.of("value", "doubleValue", "size", 5)))
        .contains("which is not a whole number")
        .contains("Declare the parameter as double or BigDecimal");
    // Values that fit are taken (a number beyond the type is refused: CustomProvidersTest).
    assertThat((byte) forge(byte.class, Map.of("value", "longValue"), 1L))
        .isBetween((byte) 0, (byte) 100);
  }

  @Test
  @SuppressWarnings("unchecked")
  void decimalBoundsBeyondADoublesDigitsHoldEveryValue() {
    // Read as doubles, these bounds drew 1.00000000000000000 (below min) and one value of three.
    List<BigDecimal> fine =
        (List<BigDecimal>)
            forge(
                Forgeds.generic(List.class, BigDecimal.class),
                Map.of("min", "1.00000000000000001", "max", "1.00000000000000009", "size", 200),
                1L);
    assertThat(fine)
        .allMatch(v -> v.compareTo(new BigDecimal("1.00000000000000001")) >= 0)
        .allMatch(v -> v.compareTo(new BigDecimal("1.00000000000000009")) <= 0)
        .allMatch(v -> v.scale() == 17);
    assertThat(new java.util.HashSet<>(fine)).hasSize(9);
    List<BigDecimal> large =
        (List<BigDecimal>)
            forge(
                Forgeds.generic(List.class, BigDecimal.class),
                Map.of("min", "12345678901234567", "max", "12345678901234569", "size", 100),
                1L);
    assertThat(new java.util.TreeSet<>(large))
        .containsExactly(
            new BigDecimal("12345678901234567"),
            new BigDecimal("12345678901234568"),
            new BigDecimal("12345678901234569"));
    // Beyond a double altogether: refused as "not a finite number" before.
    BigDecimal huge =
        (BigDecimal) forge(BigDecimal.class, Map.of("min", "1E+400", "max", "2E+400"), 1L);
    assertThat(huge).isBetween(new BigDecimal("1E+400"), new BigDecimal("2E+400"));
  }

  @Test
  void aNamedProviderThatCountsSomethingElseTakesWholeNumbers() {
    // dateOfBirth takes ages: "18" was refused as a LocalDate bound, and dates as its arguments.
    for (long seed = 1; seed <= 20; seed++) {
      LocalDate born =
          (LocalDate)
              forge(
                  LocalDate.class, Map.of("value", "dateOfBirth", "min", "18", "max", "30"), seed);
      LocalDate today = new dev.forgery.Faker("en_US", seed).today();
      assertThat(java.time.Period.between(born, today).getYears()).isBetween(18, 30);
    }
    assertThat(message(LocalDate.class, Map.of("value", "dateOfBirth", "min", "30", "max", "18")))
        .contains("provider 'dateOfBirth' does not take 30..18 as its arguments");
    assertThat(message(LocalDate.class, Map.of("value", "dateOfBirth", "min", "tomorrow")))
        .contains("min = \"tomorrow\" is not a valid LocalDate bound");
  }

  @Test
  void aRangeAsTextReadsAsWritten() {
    assertThatThrownBy(() -> forge(int.class, Map.of("min", "7", "max", "3"), 1L))
        .hasMessageContaining("min = \"7\"");
    List<String> seen =
        IntStream.range(0, 50)
            .mapToObj(
                i ->
                    (String)
                        forge(
                            String.class, Map.of("value", "hexDigits", "min", "2", "max", "2"), i))
            .collect(Collectors.toList());
    assertThat(seen).allMatch(s -> s.matches("[0-9a-f]{2}"));
  }
}
