package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.forgery.internal.Locales;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;

/**
 * The de_DE locale: its names, addresses, phone numbers, IBANs, companies and emails are German and
 * valid by validators written by others, and it shares nothing with en_US.
 */
class DeDeTest {
  private static final int N = 20_000;

  private static final Pattern ADDRESS =
      Pattern.compile("(.+) ([1-9][0-9]{0,2}[a-d]?), ([0-9]{5}) (.+)");

  @Test
  void everySpellingOfGermanResolvesToDeDe() {
    for (String name : List.of("de_DE", "de-DE", "de_de", "DE-de", "de", "DE")) {
      assertThat(new Faker(name, 1L).locale()).as(name).isEqualTo(Locale.GERMANY);
    }
    assertThat(new Faker(Locale.GERMANY, 1L).locale()).isEqualTo(Locale.GERMANY);
    assertThat(new Faker(Locale.GERMAN, 1L).locale()).isEqualTo(Locale.GERMANY);
    assertThat(new Faker("en", 1L).locale()).isEqualTo(Locale.US);
    assertThatThrownBy(() -> new Faker("de_AT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'de_AT' is not supported")
        .hasMessageContaining(Locales.SUPPORTED.toString());
  }

  @Test
  void phoneNumbersAreValidForGermanyInTheFictionBlocks() throws NumberParseException {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    for (String number : new Faker("de_DE", 7L).phoneNumbers(N)) {
      assertThat(phones.isValidNumberForRegion(phones.parse(number, "DE"), "DE"))
          .as(number)
          .isTrue();
      assertThat(GermanJudges.phone(number)).as(number).isTrue();
    }
  }

  @Test
  void postcodeCityAndStateOfAnAddressAreOneGeoNamesRow() {
    Faker faker = new Faker("de_DE", 11L);
    Map<String, Integer> cities = new HashMap<>();
    for (String address : faker.addresses(N)) {
      Matcher m = ADDRESS.matcher(address);
      assertThat(m.matches()).as(address).isTrue();
      assertThat(GermanJudges.STREETS).contains(m.group(1));
      assertThat(GermanJudges.address(address)).as(address).isTrue();
      cities.merge(m.group(4), 1, Integer::sum);
    }
    // Weighted by population: Berlin (3.4 million of about 50 million in the table's cities) is
    // the most common city, and it comes out at several times the share of a mid-sized city.
    assertThat(cities.get("Berlin")).isGreaterThan(N / 40);
    assertThat(cities.get("Berlin")).isGreaterThan(5 * cities.getOrDefault("Göttingen", 0));
    for (String postcode : faker.postcodes(1_000)) {
      assertThat(postcode).matches("[0-9]{5}");
      assertThat(GermanJudges.POSTCODES).contains(postcode);
    }
    assertThat(faker.states(1_000)).allMatch(GermanJudges.LAENDER::contains);
    List<String> codes = faker.stateAbbrs(2_000);
    assertThat(codes).allMatch(GermanJudges.STATE_CODES::contains).contains("BY", "NW", "BE");
    assertThat(faker.streetAddresses(100))
        .allMatch(GermanJudges::streetLine)
        .noneMatch(s -> s.matches("[0-9].*"));
  }

  @Test
  void ibansAreGermanByDefaultAndValid() {
    IBANValidator validator = IBANValidator.getInstance();
    Faker faker = new Faker("de_DE", 3L);
    for (int i = 0; i < 2_000; i++) {
      String iban = faker.iban();
      assertThat(iban).startsWith("DE").hasSize(22);
      assertThat(validator.isValid(iban)).as(iban).isTrue();
    }
    assertThat(faker.iban("FR")).startsWith("FR");
  }

  @Test
  void namesAreGermanAndWeightedByTheRegistries() {
    Faker faker = new Faker("de_DE", 5L);
    Map<String, Integer> firstNames = new HashMap<>();
    for (String name : faker.firstNames(N)) {
      firstNames.merge(name, 1, Integer::sum);
    }
    // Marie, Sophie and Alexander lead the registries; rare names stay rare.
    for (String common : List.of("Marie", "Sophie", "Alexander", "Maria", "Paul")) {
      assertThat(firstNames.getOrDefault(common, 0)).as(common).isGreaterThan(N / 500);
    }
    assertThat(firstNames.get("Marie")).isGreaterThan(firstNames.getOrDefault("Adelheid", 0));
    for (String full : faker.names(1_000)) {
      assertThat(GermanJudges.fullName(full)).as(full).isTrue();
    }
    assertThat(faker.lastNames(1_000)).allMatch(GermanJudges.LAST_NAMES::contains);
  }

  @Test
  void companiesCarryGermanLegalForms() {
    List<String> companies = new Faker("de_DE", 9L).companies(5_000);
    for (String form : List.of(" GmbH", " AG", " KG", " GmbH & Co. KG", " e.K.")) {
      assertThat(companies).as(form).anyMatch(c -> c.endsWith(form));
    }
    assertThat(companies).anyMatch(c -> c.endsWith(" UG (haftungsbeschränkt)"));
    assertThat(companies).noneMatch(c -> c.endsWith(" LLC") || c.endsWith(" Inc"));
  }

  @Test
  void emailsUseGermanFreeMail() {
    List<String> emails = new Faker("de_DE", 13L).emails(5_000);
    for (String domain : List.of("@web.de", "@gmx.de", "@t-online.de", "@gmail.com")) {
      assertThat(emails).as(domain).anyMatch(e -> e.endsWith(domain));
    }
    assertThat(emails).allMatch(RegistryContractTest::email);
  }

  @Test
  void countrySpecificProvidersWithoutGermanDataFailNamingProviderAndLocale() {
    Faker faker = new Faker("de_DE", 1L);
    for (String provider : List.of("county", "secondaryAddress", "job", "color")) {
      assertThatThrownBy(() -> faker.provider(provider).next())
          .as(provider)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("provider '" + provider + "' is not available in locale de_DE")
          .hasMessageContaining("postcode");
    }
    assertThatThrownBy(faker::county)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("de_DE");
    assertThatThrownBy(faker::job)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locale de_DE has no data table 'jobs'");
  }

  @Test
  void countriesAreNamedInGerman() {
    Faker faker = new Faker("de_DE", 8L);
    List<String> countries = faker.countries(5_000);
    assertThat(countries).contains("Deutschland", "Österreich", "Vereinigte Staaten");
    assertThat(countries).doesNotContain("Germany", "United States");
    assertThat(faker.countryCodes(1_000)).allMatch(c -> c.matches("[A-Z]{2}")).contains("DE");
  }

  @Test
  void locationFreeProvidersWorkInGerman() {
    Faker faker = new Faker("de_DE", 1L);
    assertThat(faker.uuid()).isNotNull();
    assertThat(faker.ipv4()).matches("[0-9.]+");
    assertThat(faker.integer(1, 6)).isBetween(1, 6);
    assertThat(faker.word()).isIn(GermanJudges.WORDS);
    assertThat(faker.words(2_000)).contains("Abend", "aber").doesNotContain("the");
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(LocaleTables.draw(new Faker("de_DE", 21L)))
        .isEqualTo(LocaleTables.draw(new Faker("de_DE", 21L)))
        .isNotEqualTo(LocaleTables.draw(new Faker("de_DE", 22L)));
  }

  @Test
  void fakersOfTwoLocalesInterleavedGiveWhatEachGivesAlone() {
    assertThat(LocaleTables.interleavedEqualsAlone("de_DE", "en_US", 4L)).isTrue();
  }

  /**
   * Pins a few seed-to-value pairs so that an accidental change of output is seen. A deliberate
   * change updates these values and is noted in CHANGELOG.md.
   */
  @Test
  void seed42GivesTheseValues() {
    Faker faker = new Faker("de_DE", 42L);
    assertThat(faker.name()).isEqualTo("Rosalie Dressler");
    assertThat(faker.firstName()).isEqualTo("Maximilian");
    assertThat(faker.lastName()).isEqualTo("Hirt");
    assertThat(faker.address()).isEqualTo("Am Blauen Berg 58, 22527 Hamburg");
    assertThat(faker.streetAddress()).isEqualTo("Rilkestraße 28");
    assertThat(faker.city()).isEqualTo("Netphen");
    assertThat(faker.state()).isEqualTo("Hamburg");
    assertThat(faker.postcode()).isEqualTo("45277");
    assertThat(faker.phoneNumber()).isEqualTo("+49 30 23125497");
    assertThat(faker.iban()).isEqualTo("DE39508623327981690442");
    assertThat(faker.company()).isEqualTo("Weniger-Bornscheuer");
    assertThat(faker.email()).isEqualTo("lborsch1995@web.de");
  }
}
