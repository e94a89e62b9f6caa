package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The value types no provider gives ({@code ZoneId}, {@code Locale}, {@code Currency}, {@code
 * Duration}...) are forged as an object's properties of those types are filled, through
 * forgery-core's {@code inferProvider}; {@code oneOf} reads them as they print, and a provider of
 * their text may be named.
 */
class ValueTypesTest {
  private static final int SEEDS = 20;

  @ExtendWith(ForgeryExtension.class)
  static class ValuesTestCase {
    @Forged ZoneId homeZone;

    @Test
    void values(
        @Forged ZoneId zone,
        @Forged Locale locale,
        @Forged Currency currency,
        @Forged char initial,
        @Forged Character grade,
        @Forged Duration timeout,
        @Forged Period term,
        @Forged URI website,
        @Forged URL homepage,
        @Forged Year year,
        @Forged YearMonth expiry,
        @Forged MonthDay anniversary,
        @Forged OffsetTime opens,
        @Forged ZoneOffset offset,
        @Forged Date createdAt,
        @Forged BigInteger balance,
        @Forged(size = 40, unique = true) List<ZoneId> zones,
        @Forged(size = 3) Map<Currency, Integer> rates) {
      Kit.see("homeZone", homeZone);
      Kit.see("zone", zone);
      Kit.see("locale", locale);
      Kit.see("currency", currency);
      Kit.see("initial", initial);
      Kit.see("grade", grade);
      Kit.see("timeout", timeout);
      Kit.see("term", term);
      Kit.see("website", website);
      Kit.see("homepage", homepage);
      Kit.see("year", year);
      Kit.see("expiry", expiry);
      Kit.see("anniversary", anniversary);
      Kit.see("opens", opens);
      Kit.see("offset", offset);
      Kit.see("createdAt", createdAt);
      Kit.see("balance", balance);
      Kit.see("zones", zones);
      Kit.see("rates", rates);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachValueTypeIsForgedAsObjectsFillIt() {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(ValuesTestCase.class, seed, 1);
      for (String zone : List.of("homeZone", "zone")) {
        assertThat(ZoneId.getAvailableZoneIds()).contains(seen.get(zone).toString());
      }
      Locale locale = (Locale) seen.get("locale");
      assertThat(locale.getCountry()).isIn((Object[]) Locale.getISOCountries());
      assertThat(Currency.getAvailableCurrencies()).contains((Currency) seen.get("currency"));
      assertThat((char) seen.get("initial")).isBetween('a', 'z');
      assertThat((Character) seen.get("grade")).isBetween('a', 'z');
      assertThat((Duration) seen.get("timeout")).isBetween(Duration.ZERO, Duration.ofDays(1));
      assertThat(((Period) seen.get("term")).getDays()).isBetween(0, 365);
      assertThat(((URI) seen.get("website")).getScheme()).isIn("http", "https");
      assertThat(((URL) seen.get("homepage")).getHost()).contains(".");
      assertThat(((Year) seen.get("year")).getValue()).isBetween(1970, 2030);
      // An expiry is a future date's month, as a LocalDate expiry is a future date.
      assertThat((YearMonth) seen.get("expiry")).isAfterOrEqualTo(YearMonth.from(today));
      assertThat(seen.get("anniversary")).isInstanceOf(MonthDay.class);
      assertThat(seen.get("opens")).isInstanceOf(OffsetTime.class);
      assertThat(((ZoneOffset) seen.get("offset")).getTotalSeconds() % 900).isZero();
      // A Date createdAt falls where an Instant createdAt does: the last three years.
      Instant created = ((Date) seen.get("createdAt")).toInstant();
      assertThat(created)
          .isBetween(
              today.minusYears(3).atStartOfDay().toInstant(ZoneOffset.UTC),
              today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      assertThat(seen.get("balance")).isInstanceOf(BigInteger.class);
      assertThat((List<ZoneId>) seen.get("zones")).hasSize(40).doesNotHaveDuplicates();
      assertThat((Map<Currency, Integer>) seen.get("rates")).hasSize(3);
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    Map<String, Object> seen = Kit.sameTwice(ValuesTestCase.class, 42);
    assertThat(seen.get("zone")).isInstanceOf(ZoneId.class);
  }

  @ExtendWith(ForgeryExtension.class)
  static class ChosenTestCase {
    @Test
    void chosen(
        @Forged(oneOf = {"Europe/Paris", "Asia/Tokyo"}) ZoneId zone,
        @Forged(oneOf = {"fr-CA", "pt_BR"}) Locale locale,
        @Forged(oneOf = {"EUR", "JPY"}) Currency currency,
        @Forged(oneOf = {"PT1H", "PT30M"}) Duration timeout,
        @Forged(oneOf = {"2024-05"}) YearMonth month,
        @Forged(oneOf = {"x", "y"}) char letter,
        @Forged(oneOf = {"https://example.com/a"}) URL url,
        @Forged("timeZone") ZoneId named,
        @Forged(
                size = 2,
                oneOf = {"+02:00", "Z"})
            Set<ZoneOffset> offsets) {
      Kit.see("zone", zone);
      Kit.see("locale", locale);
      Kit.see("currency", currency);
      Kit.see("timeout", timeout);
      Kit.see("month", month);
      Kit.see("letter", letter);
      Kit.see("url", url);
      Kit.see("named", named);
      Kit.see("offsets", offsets);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneOfReadsTheValuesAsTheyPrintAndATextProviderMayBeNamed() throws Exception {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(ChosenTestCase.class, seed, 1);
      assertThat(seen.get("zone")).isIn(ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Tokyo"));
      assertThat(seen.get("locale"))
          .isIn(Locale.forLanguageTag("fr-CA"), Locale.forLanguageTag("pt-BR"));
      assertThat(seen.get("currency"))
          .isIn(Currency.getInstance("EUR"), Currency.getInstance("JPY"));
      assertThat(seen.get("timeout")).isIn(Duration.ofHours(1), Duration.ofMinutes(30));
      assertThat(seen.get("month")).isEqualTo(YearMonth.of(2024, 5));
      assertThat(seen.get("letter")).isIn('x', 'y');
      assertThat(seen.get("url")).isEqualTo(new URL("https://example.com/a"));
      assertThat(ZoneId.getAvailableZoneIds()).contains(seen.get("named").toString());
      assertThat((Set<ZoneOffset>) seen.get("offsets"))
          .isSubsetOf(ZoneOffset.of("+02:00"), ZoneOffset.UTC);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class BoundedTestCase {
    @Test
    void bounded(
        @Forged(min = "PT1M", max = "PT1H") Duration timeout,
        @Forged(size = 5, unique = true, min = "PT0S", max = "PT10S") List<Duration> delays,
        @Forged(min = "2020", max = "2022") Year year,
        @Forged(min = "2024-01", max = "2024-03") YearMonth month,
        @Forged(min = "2024-01-01T00:00:00Z", max = "2024-01-02T00:00:00Z") Date at,
        @Forged(min = "-5", max = "5") BigInteger delta,
        @Forged(value = "instant", min = "2024-01-01", max = "2024-01-02") Date named) {
      Kit.see("timeout", timeout);
      Kit.see("delays", delays);
      Kit.see("year", year);
      Kit.see("month", month);
      Kit.see("at", at);
      Kit.see("delta", delta);
      Kit.see("named", named);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void minAndMaxBoundTheOrderedValueTypes() {
    Date from = Date.from(Instant.parse("2024-01-01T00:00:00Z"));
    Date to = Date.from(Instant.parse("2024-01-02T00:00:00Z"));
    Set<Object> years = new java.util.HashSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(BoundedTestCase.class, seed, 1);
      assertThat((Duration) seen.get("timeout"))
          .isBetween(Duration.ofMinutes(1), Duration.ofHours(1));
      assertThat((List<Duration>) seen.get("delays"))
          .hasSize(5)
          .doesNotHaveDuplicates()
          .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(10)));
      assertThat((Year) seen.get("year")).isBetween(Year.of(2020), Year.of(2022));
      years.add(seen.get("year"));
      assertThat((YearMonth) seen.get("month"))
          .isBetween(YearMonth.of(2024, 1), YearMonth.of(2024, 3));
      assertThat((Date) seen.get("at")).isBetween(from, to, true, true);
      assertThat(((BigInteger) seen.get("delta")).intValueExact()).isBetween(-5, 5);
      // A date bound is a whole day: the named instant's range ends at 2024-01-02T23:59:59.
      assertThat((Date) seen.get("named"))
          .isBetween(from, Date.from(Instant.parse("2024-01-02T23:59:59Z")), true, true);
    }
    assertThat(years).hasSize(3); // every year of the range is reached
  }

  @ExtendWith(ForgeryExtension.class)
  static class FractionalBoundTestCase {
    @Test
    void test(@Forged(min = "PT0.5S") Duration timeout) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class HugeBoundTestCase {
    @Test
    void test(@Forged(max = "100000000000000000000") BigInteger big) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class NamedTestCase {
    @Test
    void named(
        @Forged("instant") Date at,
        @Forged("dateOfBirth") Year birthYear,
        @Forged("futureDate") YearMonth expiry,
        @Forged(value = "dateOfBirth", size = 5) List<MonthDay> birthdays) {
      Kit.see("at", at);
      Kit.see("birthYear", birthYear);
      Kit.see("expiry", expiry);
      Kit.see("birthdays", birthdays);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNamedProviderOfARelatedTypeIsConvertedAsForAnObject() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (long seed = 1; seed <= SEEDS; seed++) {
      Map<String, Object> seen = Kit.passed(NamedTestCase.class, seed, 1);
      assertThat(((Date) seen.get("at")).toInstant())
          .isBetween(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"));
      // dateOfBirth's ages are 18 to 100 by default.
      assertThat(((Year) seen.get("birthYear")).getValue())
          .isBetween(today.getYear() - 101, today.getYear() - 18);
      assertThat((YearMonth) seen.get("expiry")).isAfterOrEqualTo(YearMonth.from(today));
      assertThat((List<MonthDay>) seen.get("birthdays")).hasSize(5);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class BirthTestCase {
    @Test
    void born(
        @Forged int birthYear,
        @Forged Year yearOfBirth,
        @Forged LocalDate bornOn,
        @Forged(size = 20) List<Integer> birthYears) {
      Kit.see("birthYear", birthYear);
      Kit.see("yearOfBirth", yearOfBirth);
      Kit.see("bornOn", bornOn);
      Kit.see("birthYears", birthYears);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void birthYearsAreYearsSomeoneAliveOnTheRunsTodayWasBornIn() {
    // Aged 18 on 2026-06-15: born in 2008 at the latest; aged 100: in 1925 at the earliest.
    for (long seed = 1; seed <= SEEDS; seed++) {
      Kit.run(
              BirthTestCase.class,
              "forgery.seed",
              String.valueOf(seed),
              "forgery.today",
              "2026-06-15")
          .testEvents()
          .assertStatistics(stats -> stats.succeeded(1));
      Map<String, Object> seen = Kit.seen();
      assertThat((int) seen.get("birthYear")).isBetween(1925, 2008);
      assertThat(((Year) seen.get("yearOfBirth")).getValue()).isBetween(1925, 2008);
      assertThat((LocalDate) seen.get("bornOn"))
          .isBetween(LocalDate.of(1925, 6, 16), LocalDate.of(2008, 6, 15));
      assertThat((List<Integer>) seen.get("birthYears"))
          .hasSize(20)
          .allSatisfy(year -> assertThat(year).isBetween(1925, 2008));
    }
  }

  static class SampledTestCase {
    @ParameterizedTest
    @ForgedSource(samples = 4)
    void sampled(
        ZoneId zone,
        @Forged(min = "PT1M", max = "PT2M") Duration timeout,
        @Forged(size = 2) Map<String, List<Locale>> locales,
        TestInfo info) {
      Kit.see(
          String.valueOf(ForgedSourceTest.index(info)),
          List.of(zone, timeout, locales, info.getDisplayName()));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aParameterizedTestsValueTypesAreForgedPerInvocation() {
    Map<String, Object> seen = Kit.passed(SampledTestCase.class, 11, 4);
    assertThat(seen).containsOnlyKeys("1", "2", "3", "4");
    for (Object value : seen.values()) {
      List<Object> invocation = (List<Object>) value;
      assertThat(ZoneId.getAvailableZoneIds()).contains(invocation.get(0).toString());
      assertThat((Duration) invocation.get(1))
          .isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
      assertThat((Map<String, List<Locale>>) invocation.get(2))
          .hasSize(2)
          .allSatisfy((k, v) -> assertThat(v).hasSize(2));
      assertThat((String) invocation.get(3)).contains(invocation.get(0).toString());
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class BadChoiceTestCase {
    @Test
    void test(@Forged(oneOf = {"Mars/Olympus"}) ZoneId zone) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class BoundedZoneTestCase {
    @Test
    void test(@Forged(min = "Europe/Paris") ZoneId zone) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class WrongProviderTestCase {
    @Test
    void test(@Forged("email") ZoneId zone) {}
  }

  @Test
  void whatCannotBeReadSaysWhatWould() {
    assertThat(Kit.resolutionFailure(BadChoiceTestCase.class))
        .contains("oneOf value \"Mars/Olympus\" is not a valid ZoneId")
        .contains("a time-zone id such as \"Europe/Paris\"");
    assertThat(Kit.resolutionFailure(FractionalBoundTestCase.class))
        .contains("min = \"PT0.5S\" is not a valid Duration bound")
        .contains("an ISO duration such as \"PT1H30M\", to the second");
    assertThat(Kit.resolutionFailure(HugeBoundTestCase.class))
        .contains("max = \"100000000000000000000\" is not a valid BigInteger bound")
        .contains("a BigInteger is drawn between bounds that fit a long");
    assertThat(Kit.resolutionFailure(BoundedZoneTestCase.class))
        .contains("ZoneId has no range")
        .contains("oneOf lists values of any type");
    assertThat(Kit.resolutionFailure(WrongProviderTestCase.class))
        .contains("its provider gave \"")
        .contains("which is not a time-zone id such as \"Europe/Paris\"");
  }
}
