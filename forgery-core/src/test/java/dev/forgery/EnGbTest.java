package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;

/**
 * The en_GB locale: its names, addresses, phone numbers, IBANs, companies and emails are British
 * and valid by validators written by others, and it shares no country data with en_US.
 */
class EnGbTest {
  private static final int N = 20_000;

  private static final Pattern ADDRESS =
      Pattern.compile("([1-9][0-9]{0,2}[AB]?) (.+), (.+) ([A-Z0-9]{2,4} [0-9][A-Z]{2})");

  @Test
  void everySpellingOfBritishEnglishResolvesToEnGb() {
    for (String name : List.of("en_GB", "en-GB", "en_gb", "EN-gb")) {
      assertThat(new Faker(name, 1L).locale()).as(name).isEqualTo(Locale.UK);
    }
    assertThat(new Faker(Locale.UK, 1L).locale()).isEqualTo(Locale.UK);
    // The bare language stays American English: a user who wants British data says so.
    assertThat(new Faker("en", 1L).locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.ENGLISH, 1L).locale()).isEqualTo(Locale.US);
  }

  @Test
  void everyNumberOfEveryPhonePatternIsValidForGb() throws NumberParseException {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    List<String> patterns = LocaleTables.lines("en_GB", "phone_patterns.txt");
    assertThat(patterns).hasSizeGreaterThan(10);
    for (String line : patterns) {
      String pattern = line.split("\t")[0];
      assertThat(pattern.chars().filter(c -> c == '#').count()).as(pattern).isEqualTo(3);
      for (int i = 0; i < 1_000; i++) {
        String digits = String.format(Locale.ROOT, "%03d", i);
        String number =
            pattern
                .replaceFirst("#", digits.substring(0, 1))
                .replaceFirst("#", digits.substring(1, 2))
                .replaceFirst("#", digits.substring(2));
        assertThat(phones.isValidNumberForRegion(phones.parse(number, "GB"), "GB"))
            .as(number)
            .isTrue();
        assertThat(BritishJudges.phone(number)).as(number).isTrue();
      }
    }
    for (String number : new Faker("en_GB", 7L).phoneNumbers(N)) {
      assertThat(BritishJudges.phone(number)).as(number).isTrue();
    }
  }

  @Test
  void postcodePlaceAndNationOfAnAddressAreOneRow() {
    Faker faker = new Faker("en_GB", 11L);
    Map<String, Integer> places = new HashMap<>();
    for (String address : faker.addresses(N)) {
      Matcher m = ADDRESS.matcher(address);
      assertThat(m.matches()).as(address).isTrue();
      assertThat(BritishJudges.STREETS).contains(m.group(2));
      assertThat(BritishJudges.address(address)).as(address).isTrue();
      places.merge(m.group(3), 1, Integer::sum);
    }
    // Weighted by population: London is the most common place, far above a mid-sized town.
    assertThat(places.get("London")).isGreaterThan(N / 50);
    assertThat(places.get("London")).isGreaterThan(5 * places.getOrDefault("Darlington", 0));
    for (String postcode : faker.postcodes(5_000)) {
      assertThat(postcode).matches(BritishJudges.POSTCODE);
      assertThat(BritishJudges.POSTCODES).contains(postcode);
    }
    assertThat(faker.states(2_000))
        .allMatch(BritishJudges.NATIONS::contains)
        .contains("England", "Scotland", "Wales", "Northern Ireland");
    assertThat(faker.stateAbbrs(2_000))
        .allMatch(BritishJudges.NATION_CODES::contains)
        .contains("ENG", "SCT", "WLS", "NIR");
    assertThat(faker.streetAddresses(100))
        .allMatch(BritishJudges::streetLine)
        .allMatch(s -> s.matches("[0-9].*"));
  }

  @Test
  void everyPostcodeOfTheTableFollowsTheRoyalMailPattern() {
    assertThat(BritishJudges.POSTCODES).hasSizeGreaterThan(1_000);
    assertThat(BritishJudges.POSTCODES).allMatch(p -> BritishJudges.POSTCODE.matcher(p).matches());
    assertThat(LocaleTables.part(BritishJudges.ROWS, 2)).isEqualTo(BritishJudges.NATIONS);
  }

  @Test
  void ibansAreBritishByDefaultAndValid() {
    IBANValidator validator = IBANValidator.getInstance();
    Faker faker = new Faker("en_GB", 3L);
    for (int i = 0; i < 2_000; i++) {
      String iban = faker.iban();
      assertThat(iban).matches("GB[0-9]{2}[A-Z]{4}[0-9]{14}");
      assertThat(validator.isValid(iban)).as(iban).isTrue();
    }
    assertThat(faker.iban("DE")).startsWith("DE");
  }

  @Test
  void namesAreBritishAndWeightedByTheOnsTables() {
    Faker faker = new Faker("en_GB", 5L);
    Map<String, Integer> firstNames = new HashMap<>();
    for (String name : faker.firstNames(N)) {
      firstNames.merge(name, 1, Integer::sum);
    }
    // Names of children (Oliver, Amelia) and of older adults (Margaret, David) are both common.
    for (String common : List.of("James", "David", "Margaret", "Oliver", "Amelia")) {
      assertThat(firstNames.getOrDefault(common, 0)).as(common).isGreaterThan(N / 500);
    }
    Map<String, Integer> lastNames = new HashMap<>();
    for (String name : faker.lastNames(N)) {
      lastNames.merge(name, 1, Integer::sum);
    }
    // Smith is about 1.3% of the population, Jones 1%.
    assertThat(lastNames.get("Smith")).isGreaterThan(N / 100);
    assertThat(lastNames.get("Smith")).isGreaterThan(lastNames.getOrDefault("Metcalfe", 0));
    assertThat(BritishJudges.LAST_NAMES).contains("O'Neill", "McCarthy", "Smith");
    assertThat(faker.lastNames(1_000)).allMatch(BritishJudges.LAST_NAMES::contains);
    assertThat(faker.names(1_000))
        .allMatch(
            s ->
                RegistryContractTest.fullName(
                    s, BritishJudges.FIRST_NAMES, BritishJudges.LAST_NAMES));
  }

  @Test
  void companiesCarryBritishLegalForms() {
    List<String> companies = new Faker("en_GB", 9L).companies(5_000);
    for (String form : List.of(" Ltd", " Limited", " PLC", " LLP")) {
      assertThat(companies).as(form).anyMatch(c -> c.endsWith(form));
    }
    assertThat(companies).noneMatch(c -> c.endsWith(" LLC") || c.endsWith(" Inc"));
  }

  @Test
  void emailsUseBritishFreeMail() {
    List<String> emails = new Faker("en_GB", 13L).emails(5_000);
    for (String domain : List.of("@gmail.com", "@hotmail.co.uk", "@btinternet.com")) {
      assertThat(emails).as(domain).anyMatch(e -> e.endsWith(domain));
    }
    assertThat(emails).allMatch(RegistryContractTest::email);
  }

  @Test
  void countriesAreNamedInBritishEnglish() {
    Faker faker = new Faker("en_GB", 8L);
    List<String> countries = faker.countries(5_000);
    assertThat(countries).contains("United Kingdom", "St Lucia", "US Virgin Islands");
    assertThat(countries).doesNotContain("St. Lucia", "U.S. Virgin Islands");
  }

  @Test
  void usOnlyProvidersFailNamingProviderAndLocale() {
    Faker faker = new Faker("en_GB", 1L);
    for (String provider : List.of("county", "secondaryAddress", "job")) {
      assertThatThrownBy(() -> faker.provider(provider).next())
          .as(provider)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("provider '" + provider + "' is not available in locale en_GB");
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    LocaleChecks.deterministic("en_GB");
  }

  @Test
  void fakersOfTwoLocalesInterleavedGiveWhatEachGivesAlone() {
    LocaleChecks.independent("en_GB", "en_US");
    LocaleChecks.independent("en_GB", "de_DE");
  }

  /**
   * Pins a few seed-to-value pairs so that an accidental change of output is seen. A deliberate
   * change updates these values and is noted in CHANGELOG.md.
   */
  @Test
  void seed42GivesTheseValues() {
    Faker faker = new Faker("en_GB", 42L);
    assertThat(faker.name()).isEqualTo("Hugh Isherwood");
    assertThat(faker.address()).isEqualTo("250 Meadow Drive, Redditch B97 2LG");
    assertThat(faker.postcode()).isEqualTo("SY99 5AJ");
    assertThat(faker.phoneNumber()).isEqualTo("0161 496 0600");
    assertThat(faker.iban()).isEqualTo("GB60MEVQ14423254249542");
    assertThat(faker.company()).isEqualTo("Dewar-Emery");
    assertThat(faker.email()).isEqualTo("john.gordon@yahoo.co.uk");
  }
}
