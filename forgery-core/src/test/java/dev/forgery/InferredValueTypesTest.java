package dev.forgery;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value types no provider gives, asked of {@code inferProvider} as a record's property of the
 * type is filled: each made from the provider its values convert from, named after it.
 */
class InferredValueTypesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static Faker faker(long seed) {
    return new Faker("en_US", seed).withToday(TODAY);
  }

  @Test
  void eachTypeNamesTheProviderItIsMadeFrom() {
    Faker faker = faker(1L);
    assertProvider(faker.inferProvider("zone", ZoneId.class), "timeZone", List.of(), ZoneId.class);
    assertProvider(
        faker.inferProvider("locale", Locale.class), "languageTag", List.of(), Locale.class);
    assertProvider(
        faker.inferProvider("currency", Currency.class), "currencyCode", List.of(), Currency.class);
    assertProvider(
        faker.inferProvider("initial", char.class), "letters", List.of(1), Character.class);
    assertProvider(
        faker.inferProvider("timeout", Duration.class),
        "integer",
        List.of(0, 86_399),
        Duration.class);
    assertProvider(
        faker.inferProvider("term", Period.class), "integer", List.of(0, 365), Period.class);
    assertProvider(faker.inferProvider("link", URI.class), "url", List.of(), URI.class);
    assertProvider(faker.inferProvider("safeUrl", URL.class), "safeUrl", List.of(), URL.class);
    assertProvider(
        faker.inferProvider("offset", ZoneOffset.class),
        "offsetDateTime",
        List.of(),
        ZoneOffset.class);
    assertProvider(
        faker.inferProvider("opens", OffsetTime.class),
        "offsetDateTime",
        List.of(),
        OffsetTime.class);
    assertThat(faker.inferProvider("birthDate", Year.class).name()).isEqualTo("dateOfBirth");
    // Inferred by the name as a date would be: an expiry is in the future.
    assertThat(faker.inferProvider("expiry", YearMonth.class).name())
        .isEqualTo(faker.inferProvider("expiry", LocalDate.class).name())
        .isEqualTo("futureDate");
    assertThat(faker.inferProvider("anniversary", MonthDay.class).type()).isEqualTo(MonthDay.class);
    assertThat(faker.inferProvider("count", BigInteger.class).type()).isEqualTo(BigInteger.class);
  }

  private static void assertProvider(
      Provider<?> provider, String name, List<Object> arguments, Class<?> type) {
    assertThat(provider.name()).isEqualTo(name);
    assertThat(provider.arguments()).isEqualTo(arguments);
    assertThat(provider.type()).isEqualTo(type);
    assertThat(provider.next()).isInstanceOf(type);
    assertThat(provider.next(50)).hasSize(50).allSatisfy(v -> assertThat(v).isInstanceOf(type));
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, -7L})
  void valuesAreValidAndFollowTheSeed(long seed) {
    List<?> zones = faker(seed).inferProvider("zone", ZoneId.class).next(200);
    assertThat(zones).isEqualTo(faker(seed).inferProvider("zone", ZoneId.class).next(200));
    // Region zones the JDK knows, never a bare offset.
    assertThat(zones)
        .allSatisfy(z -> assertThat(ZoneId.getAvailableZoneIds()).contains(z.toString()));
    List<?> locales = faker(seed).inferProvider("locale", Locale.class).next(200);
    assertThat(locales)
        .allSatisfy(
            l -> {
              Locale locale = (Locale) l;
              assertThat(locale.getCountry()).isIn((Object[]) Locale.getISOCountries());
              assertThat(Locale.forLanguageTag(locale.toLanguageTag())).isEqualTo(locale);
            });
    List<?> timeouts = faker(seed).inferProvider("timeout", Duration.class).next(200);
    assertThat(timeouts)
        .allSatisfy(d -> assertThat((Duration) d).isBetween(Duration.ZERO, Duration.ofDays(1)));
    // A Date is an Instant of the same name: createdAt falls in the last three years.
    List<?> created = faker(seed).inferProvider("createdAt", Date.class).next(200);
    Instant from = TODAY.minusYears(3).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    assertThat(created).allSatisfy(d -> assertThat(((Date) d).toInstant()).isBetween(from, to));
  }

  @Test
  void theWordsAreProvidersToo() {
    Faker faker = faker(5L);
    assertThat(faker.inferProvider("timeZone", String.class).name()).isEqualTo("timeZone");
    assertThat(faker.inferProvider("homeZone", String.class).name()).isEqualTo("timeZone");
    assertThat(faker.inferProvider("locale", String.class).name()).isEqualTo("languageTag");
    assertThat(faker(5L).timeZones(30)).isEqualTo(faker(5L).generate("time_zone", 30));
    assertThat(faker(5L).languageTags(30)).isEqualTo(faker(5L).generate("locale", 30));
    assertThat(faker.timeZone()).contains("/");
    assertThat(faker.languageTag()).matches("[a-z]{2,3}-[A-Z]{2}");
  }
}
