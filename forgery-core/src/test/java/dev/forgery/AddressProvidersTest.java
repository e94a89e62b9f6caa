package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AddressProvidersTest {
  /** USPS form: number, street with suffix, optional unit, city, state, ZIP. */
  private static final Pattern USPS =
      Pattern.compile(
          "([1-9][0-9]{0,4}) ([A-Za-z0-9 .'-]+ [A-Z][a-z]+)(?: (Apt|Ste|Unit) ([1-9][0-9]{0,2}))?,"
              + " ([^,]+), ([A-Z]{2}) ([0-9]{5})");

  private static final Pattern STREET =
      Pattern.compile(
          "[1-9][0-9]{0,4} [A-Za-z0-9 .'-]+ [A-Z][a-z]+(?: (Apt|Ste|Unit) [1-9][0-9]*)?");

  /** The USPS national areas: the first digit of a ZIP code fixes a group of states. */
  private static final Map<Character, Set<String>> ZIP_AREAS =
      Map.of(
          '0', Set.of("CT", "MA", "ME", "NH", "NJ", "NY", "RI", "VT"),
          '1', Set.of("DE", "NY", "PA"),
          '2', Set.of("DC", "MD", "NC", "SC", "VA", "WV"),
          '3', Set.of("AL", "FL", "GA", "MS", "TN"),
          '4', Set.of("IN", "KY", "MI", "OH"),
          '5', Set.of("IA", "MN", "MT", "ND", "SD", "WI"),
          '6', Set.of("IL", "KS", "MO", "NE"),
          '7', Set.of("AR", "LA", "OK", "TX"),
          '8', Set.of("AZ", "CO", "ID", "NM", "NV", "UT", "WY"),
          '9', Set.of("AK", "CA", "HI", "OR", "WA"));

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  static boolean uspsAddress(String address) {
    Matcher m = USPS.matcher(address);
    if (!m.matches()) {
      return false;
    }
    String zip = m.group(7);
    String state = m.group(6);
    // The two USPS exceptions to the national areas: El Paso (885) and the DC 569 block.
    if (zip.startsWith("885")) {
      return state.equals("TX");
    }
    if (zip.startsWith("569")) {
      return state.equals("DC");
    }
    return ZIP_AREAS.get(zip.charAt(0)).contains(state);
  }

  @Test
  void addressesFollowTheContract() {
    ProviderContract.check(Faker::address, Faker::addresses, AddressProvidersTest::uspsAddress);
    ProviderContract.check(
        Faker::streetAddress, Faker::streetAddresses, s -> STREET.matcher(s).matches());
    ProviderContract.check(Faker::city, Faker::cities, s -> !s.isBlank() && !s.contains(","));
    ProviderContract.check(Faker::state, Faker::states, s -> s.matches("[A-Z][a-z]+( [A-Za-z]+)*"));
    ProviderContract.check(Faker::stateAbbr, Faker::stateAbbrs, s -> s.matches("[A-Z]{2}"));
    ProviderContract.check(Faker::postcode, Faker::postcodes, s -> s.matches("[0-9]{5}"));
    ProviderContract.check(Faker::country, Faker::countries, s -> !s.isBlank());
    ProviderContract.check(Faker::countryCode, Faker::countryCodes, ISO_COUNTRIES::contains);
  }

  @Property(tries = 2000)
  void everyAddressIsInUspsFormWithAMatchingZipArea(@ForAll long seed) {
    Faker faker = new Faker("en_US", seed);
    assertThat(faker.address()).matches(AddressProvidersTest::uspsAddress, "USPS form");
    assertThat(faker.countryCode()).isIn(ISO_COUNTRIES);
  }

  @Test
  void aZipCodeAlwaysBelongsToTheSameCityAndState() {
    Map<String, String> placeByZip = new HashMap<>();
    int checked = 0;
    for (String address : new Faker("en_US", 11L).addresses(100_000)) {
      Matcher m = USPS.matcher(address);
      assertThat(m.matches()).as(address).isTrue();
      String place = m.group(5) + ", " + m.group(6);
      String previous = placeByZip.putIfAbsent(m.group(7), place);
      if (previous != null) {
        assertThat(place).as("ZIP %s", m.group(7)).isEqualTo(previous);
        checked++;
      }
    }
    assertThat(checked).as("ZIPs seen more than once").isGreaterThan(50_000);
  }

  @Test
  void citiesAndStatesFollowPopulation() {
    Faker faker = new Faker("en_US", 5L);
    Map<String, Integer> states = ProviderContract.histogram(faker.stateAbbrs(100_000));
    // California holds about 12% of the US population, Wyoming under 0.2%.
    assertThat(states.get("CA")).isBetween(9_000, 15_000);
    assertThat(states.getOrDefault("WY", 0)).isBetween(50, 600);
    assertThat(states).hasSize(51);
    Map<String, Integer> cities = ProviderContract.histogram(faker.cities(100_000));
    assertThat(cities.get("New York")).isBetween(1_800, 3_500);
    assertThat(cities.get("Los Angeles")).isBetween(800, 1_800);
    assertThat(ProviderContract.topShare(faker.cities(100_000))).isLessThan(0.04);
    assertThat(ProviderContract.histogram(faker.states(100_000)))
        .containsKey("District of Columbia");
  }

  @Test
  void streetsMixCommonAndRareNamesSuffixesAndUnits() {
    List<String> streets = new Faker("en_US", 9L).streetAddresses(100_000);
    long units = streets.stream().filter(s -> s.matches(".* (Apt|Ste|Unit) [0-9]+")).count();
    // 40 of 256 street lines have a secondary unit: 15.6%.
    assertThat(units).isBetween(14_000L, 17_500L);
    long mainStreets = streets.stream().filter(s -> s.contains(" Main ")).count();
    assertThat(mainStreets).isBetween(1_500L, 3_500L);
    assertThat(streets.stream().filter(s -> s.endsWith(" St")).count()).isGreaterThan(15_000L);
    assertThat(ProviderContract.histogram(streets).size()).isGreaterThan(95_000);
    assertThat(streets).anyMatch(s -> s.startsWith("7 ")).anyMatch(s -> s.matches("[0-9]{5} .*"));
  }

  @Test
  void countriesCoverIsoEvenly() {
    Faker faker = new Faker("en_US", 2L);
    Map<String, Integer> codes = ProviderContract.histogram(faker.countryCodes(50_000));
    assertThat(codes).hasSize(249);
    assertThat(ISO_COUNTRIES).containsAll(codes.keySet());
    assertThat(ProviderContract.topShare(faker.countryCodes(50_000))).isLessThan(0.008);
    assertThat(faker.countries(20_000)).contains("Germany", "United States", "Japan");
  }

  @Test
  void forgeryShortcutsUseTheDefaultFaker() {
    Forgery.seed(77L);
    List<String> addresses = Forgery.addresses(3);
    List<String> cities = Forgery.cities(3);
    List<String> countries = Forgery.countries(3);
    Faker same = new Faker("en_US", 77L);
    assertThat(addresses).isEqualTo(same.addresses(3));
    assertThat(cities).isEqualTo(same.cities(3));
    assertThat(countries).isEqualTo(same.countries(3));
  }

  @Test
  void providersAreRegisteredByName() {
    Faker faker = new Faker("en_US", 1L);
    for (String name :
        List.of(
            "address",
            "street_address",
            "city",
            "state",
            "state_abbr",
            "postcode",
            "country",
            "country_code")) {
      assertThat(faker.providers()).contains(faker.lookup().find(name).name());
      assertThat(faker.generate(name)).isInstanceOf(String.class);
    }
    Faker a = new Faker("en_US", 4L);
    assertThat(a.generate("streetAddress", 5))
        .isEqualTo(List.copyOf(new Faker("en_US", 4L).streetAddresses(5)));
  }
}
