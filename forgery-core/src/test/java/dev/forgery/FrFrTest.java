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
 * The fr_FR locale: its names, addresses, phone numbers, IBANs, companies and emails are French and
 * valid by validators written by others, and it shares no country data with another locale.
 */
class FrFrTest {
  private static final int N = 20_000;

  private static final Pattern ADDRESS =
      Pattern.compile("([1-9][0-9]{0,2}(?: bis| ter)?) (.+), ([0-9]{5}) (.+)");

  @Test
  void everySpellingOfFrenchResolvesToFrFr() {
    for (String name : List.of("fr_FR", "fr-FR", "fr_fr", "FR-fr", "fr", "FR")) {
      assertThat(new Faker(name, 1L).locale()).as(name).isEqualTo(Locale.FRANCE);
    }
    assertThat(new Faker(Locale.FRANCE, 1L).locale()).isEqualTo(Locale.FRANCE);
    assertThat(new Faker(Locale.FRENCH, 1L).locale()).isEqualTo(Locale.FRANCE);
  }

  @Test
  void everyNumberOfTheFictionBlocksIsValidForFrance() throws NumberParseException {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    List<String> patterns = LocaleTables.lines("fr_FR", "phone_patterns.txt");
    assertThat(patterns).hasSize(10);
    for (String line : patterns) {
      String pattern = line.split("\t")[0];
      assertThat(pattern).endsWith(" ## ##");
      for (int i = 0; i < 10_000; i += 7) {
        String number =
            pattern.substring(0, pattern.length() - 5)
                + String.format(Locale.ROOT, "%02d %02d", i / 100, i % 100);
        assertThat(phones.isValidNumberForRegion(phones.parse(number, "FR"), "FR"))
            .as(number)
            .isTrue();
        assertThat(FrenchJudges.phone(number)).as(number).isTrue();
      }
    }
    for (String number : new Faker("fr_FR", 7L).phoneNumbers(N)) {
      assertThat(FrenchJudges.phone(number)).as(number).isTrue();
    }
  }

  @Test
  void postcodeCommuneAndRegionOfAnAddressAreOneGeoNamesRow() {
    Faker faker = new Faker("fr_FR", 11L);
    Map<String, Integer> cities = new HashMap<>();
    for (String address : faker.addresses(N)) {
      Matcher m = ADDRESS.matcher(address);
      assertThat(m.matches()).as(address).isTrue();
      assertThat(FrenchJudges.STREETS).contains(m.group(2));
      assertThat(FrenchJudges.address(address)).as(address).isTrue();
      cities.merge(m.group(4), 1, Integer::sum);
    }
    // Weighted by population: Paris (2.1 million) is the most common commune, far above Laon.
    assertThat(cities.get("Paris")).isGreaterThan(N / 40);
    assertThat(cities.get("Paris")).isGreaterThan(10 * cities.getOrDefault("Laon", 0));
    for (String postcode : faker.postcodes(5_000)) {
      assertThat(postcode).matches("(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB])[0-9]{3}");
      assertThat(FrenchJudges.POSTCODES).contains(postcode);
    }
    // The départements of Paris, Lyon and Marseille: their arrondissement codes, not 75000.
    assertThat(FrenchJudges.POSTCODES).contains("75002", "69003", "13008");
    assertThat(FrenchJudges.POSTCODES).doesNotContain("75000", "69000", "13000");
    assertThat(faker.states(2_000)).allMatch(FrenchJudges.REGIONS::contains);
    assertThat(faker.stateAbbrs(2_000))
        .allMatch(FrenchJudges.REGION_CODES::contains)
        .contains("IDF", "ARA", "PAC");
    assertThat(FrenchJudges.REGIONS).hasSize(13);
    assertThat(faker.streetAddresses(1_000))
        .allMatch(FrenchJudges::streetLine)
        .anyMatch(s -> s.matches("[0-9]+ rue .+"))
        .anyMatch(s -> s.matches("[0-9]+ bis .+"));
  }

  @Test
  void ibansAreFrenchByDefaultWithAValidRibKey() {
    IBANValidator validator = IBANValidator.getInstance();
    Faker faker = new Faker("fr_FR", 3L);
    for (int i = 0; i < 5_000; i++) {
      String iban = faker.iban();
      assertThat(iban).startsWith("FR").hasSize(27);
      assertThat(validator.isValid(iban)).as(iban).isTrue();
      // The RIB key, re-derived by the bank's own formula: 97 - (89 b + 15 g + 3 c) mod 97.
      long bank = Long.parseLong(iban.substring(4, 9));
      long branch = Long.parseLong(iban.substring(9, 14));
      long account = Long.parseLong(iban.substring(14, 25));
      assertThat(Integer.parseInt(iban.substring(25)))
          .as(iban)
          .isEqualTo(97 - (89 * bank + 15 * branch + 3 * account) % 97);
      assertThat(FrenchJudges.iban(iban)).as(iban).isTrue();
    }
    for (String country : List.of("FR", "MC")) {
      for (int i = 0; i < 500; i++) {
        String iban = faker.iban(country);
        assertThat(validator.isValid(iban)).as(iban).isTrue();
        assertThat(
                Long.parseLong(iban.substring(4, 9)) * 89
                    + Long.parseLong(iban.substring(9, 14)) * 15
                    + Long.parseLong(iban.substring(14, 25)) * 3
                    + Long.parseLong(iban.substring(25)))
            .as(iban)
            .matches(sum -> sum % 97 == 0);
      }
    }
    assertThat(faker.iban("DE")).startsWith("DE");
  }

  @Test
  void namesAreFrenchAndWeightedByInsee() {
    Faker faker = new Faker("fr_FR", 5L);
    Map<String, Integer> firstNames = new HashMap<>();
    for (String name : faker.firstNames(N)) {
      firstNames.merge(name, 1, Integer::sum);
    }
    for (String common : List.of("Marie", "Jean", "Nathalie", "Philippe", "Nicolas")) {
      assertThat(firstNames.getOrDefault(common, 0)).as(common).isGreaterThan(N / 500);
    }
    assertThat(FrenchJudges.FIRST_NAMES).contains("Jean-Pierre", "Léa", "Chloé", "Hélène");
    Map<String, Integer> lastNames = new HashMap<>();
    for (String name : faker.lastNames(N)) {
      lastNames.merge(name, 1, Integer::sum);
    }
    // Martin is the most common French surname, twice Bernard.
    assertThat(lastNames.get("Martin")).isGreaterThan(N / 500);
    assertThat(lastNames.get("Martin")).isGreaterThan(lastNames.getOrDefault("Bernard", 0));
    assertThat(FrenchJudges.LAST_NAMES).contains("Le Gall", "Da Silva", "Saint-Martin");
    assertThat(faker.names(1_000))
        .allMatch(s -> FrenchJudges.JUDGES.get("name").test(s, List.of()));
  }

  @Test
  void companiesCarryFrenchLegalForms() {
    List<String> companies = new Faker("fr_FR", 9L).companies(5_000);
    for (String form : List.of(" SARL", " SAS", " SA", " EURL")) {
      assertThat(companies).as(form).anyMatch(c -> c.endsWith(form));
    }
    assertThat(companies).anyMatch(c -> c.contains(" et "));
    assertThat(companies).allMatch(FrenchJudges::company);
    assertThat(companies).noneMatch(c -> c.endsWith(" LLC") || c.endsWith(" GmbH"));
  }

  @Test
  void emailsUseFrenchFreeMail() {
    List<String> emails = new Faker("fr_FR", 13L).emails(5_000);
    for (String domain : List.of("@orange.fr", "@free.fr", "@laposte.net", "@gmail.com")) {
      assertThat(emails).as(domain).anyMatch(e -> e.endsWith(domain));
    }
    assertThat(emails).allMatch(RegistryContractTest::email);
  }

  @Test
  void countriesAreNamedInFrench() {
    Faker faker = new Faker("fr_FR", 8L);
    List<String> countries = faker.countries(5_000);
    assertThat(countries).contains("Allemagne", "États-Unis", "Royaume-Uni");
    assertThat(countries).doesNotContain("Germany", "Deutschland");
  }

  @Test
  void loremTextIsFrench() {
    Faker faker = new Faker("fr_FR", 17L);
    List<String> words = faker.words(5_000);
    assertThat(words).allMatch(FrenchJudges.WORDS::contains).contains("et", "maison");
    assertThat(words).anyMatch(w -> w.matches(".*[éèêàâîôûç].*"));
    assertThat(words).doesNotContain("the", "and");
    for (int i = 0; i < 500; i++) {
      String sentence = faker.sentence();
      assertThat(ProvidersContractTest.isSentence(sentence, 3, 12, FrenchJudges.WORDS))
          .as(sentence)
          .isTrue();
    }
    // A sentence that starts with an accented word starts with its capital (Été, À).
    assertThat(faker.paragraphs(200)).anyMatch(p -> p.matches("(?s).*(^|\\. )[ÀÂÉÊÈÎÔÛ].*"));
    assertThat(faker.slug()).matches("[a-z]+(-[a-z]+)+");
  }

  @Test
  void usOnlyProvidersFailNamingProviderAndLocale() {
    Faker faker = new Faker("fr_FR", 1L);
    for (String provider : List.of("county", "secondaryAddress", "job")) {
      assertThatThrownBy(() -> faker.provider(provider).next())
          .as(provider)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("provider '" + provider + "' is not available in locale fr_FR");
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    LocaleChecks.deterministic("fr_FR");
  }

  @Test
  void fakersOfTwoLocalesInterleavedGiveWhatEachGivesAlone() {
    LocaleChecks.independent("fr_FR", "en_GB");
    LocaleChecks.independent("fr_FR", "de_DE");
    LocaleChecks.independent("fr_FR", "en_US");
  }

  /**
   * Pins a few seed-to-value pairs so that an accidental change of output is seen. A deliberate
   * change updates these values and is noted in CHANGELOG.md.
   */
  @Test
  void seed42GivesTheseValues() {
    Faker faker = new Faker("fr_FR", 42L);
    assertThat(faker.name()).isEqualTo("Jean-Luc Germany");
    assertThat(faker.address()).isEqualTo("250 boulevard du Port, 06600 Antibes");
    assertThat(faker.postcode()).isEqualTo("93140");
    assertThat(faker.phoneNumber()).isEqualTo("02 61 91 60 08");
    assertThat(faker.iban()).isEqualTo("FR7641861442325424954255567");
    assertThat(faker.company()).isEqualTo("Hervy SARL");
    assertThat(faker.email()).isEqualTo("valentin.kern@gmail.com");
  }
}
