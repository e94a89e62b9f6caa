package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;

/**
 * German postal addresses in the form of DIN 5008 ({@code Hauptstraße 12, 10115 Berlin}): the
 * street, then the house number; the five-digit postcode (PLZ) before the city.
 *
 * <p>Postcode, city and Bundesland are one row of the GeoNames postcode table, restricted to the
 * cities of 15,000 people or more and weighted by population (see {@code
 * tools/data/GermanLocale.java}), so they always belong together. Streets are German street names
 * drawn uniformly; house numbers are 1 to 199, mostly below 60, one in sixteen with a letter
 * ({@code 12a}), as on German streets. Country names are German, from the language folder {@code
 * de} that every German-speaking locale shares.
 */
public final class GermanAddresses {
  /** One in this many house numbers carries a letter suffix. */
  private static final int LETTER_ONE_IN = 16;

  private static final String[] LETTERS = {"a", "b", "c", "d"};

  private final WeightedTable rows;
  private final String[] postcodes;
  private final String[] cities;
  private final String[] states;
  private final String[] stateCodes;

  /** The ISO 3166-2:DE codes of the sixteen Länder, by their German names. */
  private static final Map<String, String> STATE_CODES =
      Map.ofEntries(
          Map.entry("Baden-Württemberg", "BW"),
          Map.entry("Bayern", "BY"),
          Map.entry("Berlin", "BE"),
          Map.entry("Brandenburg", "BB"),
          Map.entry("Bremen", "HB"),
          Map.entry("Hamburg", "HH"),
          Map.entry("Hessen", "HE"),
          Map.entry("Mecklenburg-Vorpommern", "MV"),
          Map.entry("Niedersachsen", "NI"),
          Map.entry("Nordrhein-Westfalen", "NW"),
          Map.entry("Rheinland-Pfalz", "RP"),
          Map.entry("Saarland", "SL"),
          Map.entry("Sachsen", "SN"),
          Map.entry("Sachsen-Anhalt", "ST"),
          Map.entry("Schleswig-Holstein", "SH"),
          Map.entry("Thüringen", "TH"));

  /** {@code ", 10115 Berlin"} per row: the last line of an address, precomputed. */
  private final String[] lastLines;

  private final WeightedTable streets;

  /** ISO 3166-1 countries with their German names. */
  private final CountryTable countries;

  private GermanAddresses(String locale) {
    rows = Tables.weighted(locale + "/postcodes");
    int n = rows.size();
    postcodes = new String[n];
    cities = new String[n];
    states = new String[n];
    stateCodes = new String[n];
    lastLines = new String[n];
    // Construction only: lookups by key, never iterated, so HashMap order cannot leak out.
    Map<String, String> shared = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String row = rows.value(i);
      int a = row.indexOf(';');
      int b = row.indexOf(';', a + 1);
      postcodes[i] = row.substring(0, a);
      cities[i] = shared.computeIfAbsent(row.substring(a + 1, b), c -> c);
      states[i] = shared.computeIfAbsent(row.substring(b + 1), c -> c);
      stateCodes[i] = STATE_CODES.get(states[i]);
      if (stateCodes[i] == null) {
        throw new IllegalStateException("no ISO 3166-2 code for Bundesland " + states[i]);
      }
      lastLines[i] = ", " + postcodes[i] + ' ' + cities[i];
    }
    streets = Tables.weighted(locale + "/streets");
    countries = CountryTable.of(locale);
  }

  /**
   * Returns the shared address tables of a locale with German addresses.
   *
   * @param locale a locale tag such as {@code de_DE}
   * @return the shared instance
   */
  public static GermanAddresses of(String locale) {
    return Tables.cached("german-addresses:" + locale, key -> new GermanAddresses(locale));
  }

  /**
   * Draws a full address.
   *
   * @param random consumes three values
   * @return an address such as {@code "Hauptstraße 12, 10115 Berlin"}
   */
  public String address(RandomSource random) {
    String street = streetAddress(random);
    return street + lastLines[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a street line: street name and house number.
   *
   * @param random consumes two values
   * @return a line such as {@code "Hauptstraße 12"}
   */
  public String streetAddress(RandomSource random) {
    return streets.draw(random) + ' ' + buildingNumber(random);
  }

  /**
   * Draws a street name.
   *
   * @param random consumes one value
   * @return a name such as {@code "Goethestraße"}
   */
  public String streetName(RandomSource random) {
    return streets.draw(random);
  }

  /**
   * Draws a house number: 1 to 59 three times in four, else 1 to 199; one in sixteen with a letter.
   *
   * @param random consumes one value
   * @return a number such as {@code "12"} or {@code "7a"}
   */
  public String buildingNumber(RandomSource random) {
    long bits = random.nextLong();
    int span = (bits & 3) == 0 ? 199 : 59;
    int number = 1 + RandomSource.index((bits >>> 8) & 0xFFFF_FFFFL, span);
    String text = Integer.toString(number);
    if (((bits >>> 40) & 0xFFFF) % LETTER_ONE_IN == 0) {
      return text + LETTERS[(int) ((bits >>> 56) & 3)];
    }
    return text;
  }

  /**
   * Draws a city, weighted by population.
   *
   * @param random consumes one value
   * @return a city such as {@code "Leipzig"}
   */
  public String city(RandomSource random) {
    return cities[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a Bundesland, weighted by the population of its cities.
   *
   * @param random consumes one value
   * @return a state such as {@code "Bayern"}
   */
  public String state(RandomSource random) {
    return states[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws the ISO 3166-2:DE code of a Bundesland, weighted as {@link #state} is.
   *
   * @param random consumes one value
   * @return a code such as {@code "BY"}
   */
  public String stateAbbr(RandomSource random) {
    return stateCodes[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a postcode of a city, weighted by population.
   *
   * @param random consumes one value
   * @return a five-digit PLZ such as {@code "10115"}
   */
  public String postcode(RandomSource random) {
    return postcodes[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a country name in German (Unicode CLDR); every country is equally likely.
   *
   * @param random consumes one value
   * @return a name such as {@code "Vereinigte Arabische Emirate"}
   */
  public String country(RandomSource random) {
    return countries.name(random);
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code "AT"}
   */
  public String countryCode(RandomSource random) {
    return countries.code(random);
  }
}
