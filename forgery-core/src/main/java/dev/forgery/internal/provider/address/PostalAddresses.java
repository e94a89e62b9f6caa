package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Postal addresses of a country described by data: the layout in {@link AddressFormat}, and
 * postcode, city and region as one row of the locale's {@code postcodes} table, so they always
 * belong together. Germany's DIN 5008 form ({@code Hauptstraße 12, 10115 Berlin}) is one such
 * layout; a new country adds tables, not code.
 *
 * <p>The tables of a locale:
 *
 * <ul>
 *   <li>{@code postcodes}: {@code postcode;city;region} rows of GeoNames, weighted by population
 *       (see the generators under {@code tools/data});
 *   <li>{@code regions}: {@code region;code} lines, the ISO 3166-2 code of every region that
 *       appears in {@code postcodes};
 *   <li>{@code streets}: street names, weighted;
 *   <li>{@code address_format}: the layout and house numbers ({@link AddressFormat});
 *   <li>{@code countries}: country names in the locale's language ({@link CountryTable}).
 * </ul>
 *
 * <p>Draws are in one order whatever the layout: the street, the house number, then the postcode
 * row, so a layout can put them in any order on the page.
 */
public final class PostalAddresses extends SplitRows implements CountryAddresses {
  private final String locale;
  private final AddressFormat format;
  private final WeightedTable rows;
  private final String[] postcodes;
  private final String[] cities;
  private final String[] states;
  private final String[] stateCodes;

  /** The street line's text before its first part, between its parts, and after its second. */
  private final String lead;

  private final String separator;
  private final String tail;

  /** Whether the street line starts with the street ({@code Hauptstraße 12}). */
  private final boolean streetFirst;

  /**
   * Whether the street line has nothing before its first part or after its second, as in every
   * layout so far: it is then joined by a three-part concatenation, less work per line than the
   * five-part one, and a shape the JVM has usually linked before (linking the five-part one spun
   * about 14 method-handle classes, a fifth of a JVM's first postal address).
   */
  private final boolean bare;

  /*
   * The columns of a postcode row and the text of the address before and after its street line,
   * split and filled the first time the row is drawn (see split): doing it for every row when the
   * locale was loaded was most of the time to a new Faker's first address.
   */
  private final String[] before;

  private final String[] after;

  private final WeightedTable streets;

  /** The text of the address before and after its street line, with the row placeholders. */
  private final String beforeTemplate;

  private final String afterTemplate;

  /** Each region's ISO 3166-2 code, from {@code regions}. Lookups only, never iterated. */
  private final Map<String, String> codes = new HashMap<>();

  /**
   * One instance of each city, region and address head among the rows split so far, so that rows of
   * the same place share it. Lookups only, never iterated.
   */
  private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

  /** ISO 3166-1 countries with their names in the locale's language, read on first use. */
  private CountryTable countries;

  private PostalAddresses(String locale) {
    this.locale = locale;
    format = AddressFormat.of(locale);
    String line = format.streetLine;
    int street = line.indexOf("{street}");
    int number = line.indexOf("{number}");
    if (street < 0 || number < 0) {
      throw new IllegalStateException(
          locale + "/address_format: street_line needs {street} and {number}: " + line);
    }
    streetFirst = street < number;
    int first = Math.min(street, number);
    int second = Math.max(street, number);
    lead = line.substring(0, first);
    separator = line.substring(first + "{street}".length(), second);
    tail = line.substring(second + "{number}".length());
    bare = lead.isEmpty() && tail.isEmpty();
    int at = format.address.indexOf("{street_line}");
    if (at < 0) {
      throw new IllegalStateException(
          locale + "/address_format: address needs {street_line}: " + format.address);
    }
    beforeTemplate = format.address.substring(0, at);
    afterTemplate = format.address.substring(at + "{street_line}".length());
    for (String region : Tables.list(locale + "/regions")) {
      int semicolon = region.lastIndexOf(';');
      codes.put(region.substring(0, semicolon), region.substring(semicolon + 1));
    }
    rows = Tables.weighted(locale + "/postcodes");
    int n = rows.size();
    postcodes = new String[n];
    cities = new String[n];
    states = new String[n];
    stateCodes = new String[n];
    before = new String[n];
    after = new String[n];
    streets = Tables.weighted(locale + "/streets");
  }

  /** Splits a {@code postcode;city;region} row into the columns and fills its address parts. */
  @Override
  void split(int row) {
    String value = rows.valueAlone(row);
    int a = value.indexOf(';');
    int b = a < 0 ? -1 : value.indexOf(';', a + 1);
    if (b < 0) {
      throw new IllegalStateException(
          locale + "/postcodes: expected postcode;city;region: " + value);
    }
    String state = value.substring(b + 1);
    String code = codes.get(state);
    if (code == null) {
      throw new IllegalStateException(
          locale + "/regions has no ISO 3166-2 code for region " + state);
    }
    postcodes[row] = value.substring(0, a);
    cities[row] = share(value.substring(a + 1, b));
    states[row] = share(state);
    stateCodes[row] = code;
    before[row] = share(fill(beforeTemplate, row));
    after[row] = fill(afterTemplate, row);
  }

  /** Returns the instance of {@code value} the rows split so far share. */
  private String share(String value) {
    String known = shared.putIfAbsent(value, value);
    return known != null ? known : value;
  }

  /** Returns the country names, reading them on first use. */
  private CountryTable countries() {
    CountryTable table = countries;
    return table != null ? table : (countries = CountryTable.of(locale));
  }

  /** Fills the row placeholders of a part of the address template. */
  private String fill(String template, int row) {
    return template
        .replace("{postcode}", postcodes[row])
        .replace("{city}", cities[row])
        .replace("{region_code}", stateCodes[row])
        .replace("{region}", states[row]);
  }

  /**
   * Returns the shared address tables of a locale with an {@code address_format} table.
   *
   * @param locale a locale tag such as {@code de_DE}
   * @return the shared instance
   */
  public static PostalAddresses of(String locale) {
    return Tables.cached("postal-addresses:" + locale, key -> new PostalAddresses(locale));
  }

  /**
   * Draws a full address.
   *
   * @param random consumes three values
   * @return an address such as {@code "Hauptstraße 12, 10115 Berlin"}
   */
  public String address(RandomSource random) {
    String street = streetAddress(random);
    int row = rows.drawIndex(random.nextLong());
    return column(before, row) + street + column(after, row);
  }

  /**
   * Draws a street line: street name and house number.
   *
   * @param random consumes two values
   * @return a line such as {@code "Hauptstraße 12"}
   */
  public String streetAddress(RandomSource random) {
    String street = streets.draw(random);
    String number = buildingNumber(random);
    if (bare) {
      return streetFirst ? street + separator + number : number + separator + street;
    }
    return streetFirst
        ? lead + street + separator + number + tail
        : lead + number + separator + street + tail;
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
   * Draws a house number: 1 to {@code number_common_max} three times in four, else 1 to {@code
   * number_max} (59 and 199 in Germany); one in {@code number_suffix_one_in} with a suffix ({@code
   * 7a}, {@code 12 bis}). Suffixes are picked by the top byte modulo their count, a bias below 1 in
   * 256 for counts that do not divide 256.
   *
   * @param random consumes one value
   * @return a number such as {@code "12"} or {@code "7a"}
   */
  public String buildingNumber(RandomSource random) {
    long bits = random.nextLong();
    int span = (bits & 3) == 0 ? format.numberMax : format.numberCommonMax;
    int number = 1 + RandomSource.index((bits >>> 8) & 0xFFFF_FFFFL, span);
    String text = Integer.toString(number);
    if (format.suffixOneIn > 0 && ((bits >>> 40) & 0xFFFF) % format.suffixOneIn == 0) {
      return text + format.suffixes[(int) (((bits >>> 56) & 0xFF) % format.suffixes.length)];
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
    return column(cities, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a region (a Bundesland in Germany), weighted by the population of its cities.
   *
   * @param random consumes one value
   * @return a state such as {@code "Bayern"}
   */
  public String state(RandomSource random) {
    return column(states, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws the ISO 3166-2 code of a region, weighted as {@link #state} is.
   *
   * @param random consumes one value
   * @return a code such as {@code "BY"}
   */
  public String stateAbbr(RandomSource random) {
    return column(stateCodes, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a postcode of a city, weighted by population.
   *
   * @param random consumes one value
   * @return a postcode such as {@code "10115"}
   */
  public String postcode(RandomSource random) {
    return column(postcodes, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a country name in the locale's language (Unicode CLDR); every country is equally likely.
   *
   * @param random consumes one value
   * @return a name such as {@code "Vereinigte Arabische Emirate"}
   */
  public String country(RandomSource random) {
    return countries().name(random);
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code "AT"}
   */
  public String countryCode(RandomSource random) {
    return countries().code(random);
  }
}
