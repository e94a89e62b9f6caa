package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;

/**
 * US postal addresses in USPS form ({@code 4821 Maple Ave Apt 3, Springfield, IL 62704}) whose ZIP
 * code, city and state belong together.
 *
 * <p>Every ZIP code of the 50 states and DC is one row of a table weighted by the people it serves
 * (see {@code tools/data/Addresses.java}); {@link #city}, {@link #state} and {@link #postcode} draw
 * a row of that same table, so cities and states come out in proportion to their population. The
 * street is one draw from a table of every census street name with every USPS suffix; a second draw
 * decides the house number and the optional secondary unit. Every part of a line is a shared,
 * precomputed string, so an address costs one string concatenation.
 */
public final class Addresses {
  /** Number of digits of a house number, indexed by 8 random bits: 1 to 5 digits. */
  private static final byte[] HOUSE_DIGITS = new byte[256];

  /** Values whose random draws one batch call fetches at a time. */
  private static final int BLOCK = 512;

  /** First house number with {@code d} digits, and how many there are. */
  private static final int[] HOUSE_FROM = {0, 1, 10, 100, 1000, 10000};

  private static final int[] HOUSE_SPAN = {0, 9, 90, 900, 9000, 90000};

  // Out of 256: short numbers are rare, three- and four-digit numbers are the norm.
  private static final int[] HOUSE_DIGIT_WEIGHTS = {0, 13, 38, 90, 90, 25};

  /** Secondary units (USPS Publication 28, appendix C2): values of a byte below these bounds. */
  private static final int APT_BELOW = 26;

  private static final int STE_BELOW = 34;
  private static final int UNIT_BELOW = 40;

  static {
    int slot = 0;
    for (int d = 1; d < HOUSE_DIGIT_WEIGHTS.length; d++) {
      for (int i = 0; i < HOUSE_DIGIT_WEIGHTS[d]; i++) {
        HOUSE_DIGITS[slot++] = (byte) d;
      }
    }
    if (slot != 256) {
      throw new AssertionError("house digit weights must add up to 256, got " + slot);
    }
  }

  private final WeightedTable zipTable;
  private final String[] zips;
  private final String[] cities;
  private final String[] stateAbbrs;
  private final String[] stateNames;

  /** {@code ", Springfield, IL 62704"} per ZIP row: the last line of an address, precomputed. */
  private final String[] lastLines;

  private final WeightedTable streets;
  private final String[] countryCodes;
  private final String[] countryNames;

  private Addresses(String locale) {
    zipTable = Tables.weighted(locale + "/zip_codes");
    int n = zipTable.size();
    zips = new String[n];
    cities = new String[n];
    stateAbbrs = new String[n];
    stateNames = new String[n];
    lastLines = new String[n];
    // Construction only: lookups by key, never iterated, so HashMap order cannot leak out.
    Map<String, String> names = new HashMap<>();
    for (String line : Tables.list(locale + "/states")) {
      int semi = line.indexOf(';');
      names.put(line.substring(0, semi), line.substring(semi + 1));
    }
    Map<String, String> shared = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String row = zipTable.value(i);
      int a = row.indexOf(';');
      int b = row.indexOf(';', a + 1);
      zips[i] = row.substring(0, a);
      String city = row.substring(a + 1, b);
      cities[i] = shared.computeIfAbsent(city, c -> c);
      String abbr = shared.computeIfAbsent(row.substring(b + 1), c -> c);
      stateAbbrs[i] = abbr;
      stateNames[i] = names.get(abbr);
      if (stateNames[i] == null) {
        throw new IllegalStateException("no state name for " + abbr);
      }
      lastLines[i] = ", " + city + ", " + abbr + ' ' + zips[i];
    }
    streets = Tables.weighted(locale + "/streets");
    String[] countries = Tables.list(locale + "/countries");
    countryCodes = new String[countries.length];
    countryNames = new String[countries.length];
    for (int i = 0; i < countries.length; i++) {
      int semi = countries[i].indexOf(';');
      countryCodes[i] = countries[i].substring(0, semi);
      countryNames[i] = countries[i].substring(semi + 1);
    }
  }

  /**
   * Returns the shared address tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Addresses of(String locale) {
    return Tables.cached("addresses:" + locale, key -> new Addresses(locale));
  }

  /**
   * Draws a street line such as {@code 4821 Maple Ave} or {@code 17 Oak St Apt 3}.
   *
   * @param random consumes two values
   * @return the street address
   */
  public String streetAddress(RandomSource random) {
    String street = streets.value(streets.drawIndex(random.nextLong()));
    long bits = random.nextLong();
    int house = house(bits);
    int unit = (int) (bits >>> 8) & 0xFF;
    if (unit >= UNIT_BELOW) {
      return house + " " + street;
    }
    int u = (int) (bits >>> 16) & 0xFFFF;
    if (unit < APT_BELOW) {
      return house + " " + street + " Apt " + (1 + ((u * 999) >>> 16));
    }
    if (unit < STE_BELOW) {
      return house + " " + street + " Ste " + (100 + ((u * 900) >>> 16));
    }
    return house + " " + street + " Unit " + (1 + ((u * 99) >>> 16));
  }

  /**
   * Draws a full one-line address: street line, city, state abbreviation and ZIP code.
   *
   * @param random consumes three values
   * @return an address such as {@code 4821 Maple Ave Apt 3, Springfield, IL 62704}
   */
  public String address(RandomSource random) {
    String street = streets.value(streets.drawIndex(random.nextLong()));
    long bits = random.nextLong();
    String last = lastLines[zipTable.drawIndex(random.nextLong())];
    int house = house(bits);
    int unit = (int) (bits >>> 8) & 0xFF;
    if (unit >= UNIT_BELOW) {
      return house + " " + street + last;
    }
    int u = (int) (bits >>> 16) & 0xFFFF;
    if (unit < APT_BELOW) {
      return house + " " + street + " Apt " + (1 + ((u * 999) >>> 16)) + last;
    }
    if (unit < STE_BELOW) {
      return house + " " + street + " Ste " + (100 + ((u * 900) >>> 16)) + last;
    }
    return house + " " + street + " Unit " + (1 + ((u * 99) >>> 16)) + last;
  }

  /** House number from the low byte (digit count) and the high 32 bits (value) of a draw. */
  private static int house(long bits) {
    int digits = HOUSE_DIGITS[(int) bits & 0xFF];
    return HOUSE_FROM[digits] + RandomSource.index(bits >>> 32, HOUSE_SPAN[digits]);
  }

  /**
   * Draws a city, weighted by population.
   *
   * @param random consumes one value
   * @return a city such as {@code Springfield}
   */
  public String city(RandomSource random) {
    return cities[zipTable.drawIndex(random.nextLong())];
  }

  /**
   * Draws a state name, weighted by population.
   *
   * @param random consumes one value
   * @return a state such as {@code Illinois}
   */
  public String state(RandomSource random) {
    return stateNames[zipTable.drawIndex(random.nextLong())];
  }

  /**
   * Draws a USPS state abbreviation, weighted by population.
   *
   * @param random consumes one value
   * @return an abbreviation such as {@code IL}
   */
  public String stateAbbr(RandomSource random) {
    return stateAbbrs[zipTable.drawIndex(random.nextLong())];
  }

  /**
   * Draws a five-digit ZIP code, weighted by the population it serves.
   *
   * @param random consumes one value
   * @return a ZIP code such as {@code 62704}
   */
  public String postcode(RandomSource random) {
    return zips[zipTable.drawIndex(random.nextLong())];
  }

  /**
   * Fills {@code out[at, at + count)} with cities, restarting {@code random} at {@code seeds[k]}
   * before city {@code k} unless {@code seeds} is null: the values of {@link #city} for each seed,
   * or for one continued stream.
   *
   * @param random consumes one value per city
   * @param seeds one seed per city, or {@code null} to draw all cities from one stream
   * @param out the destination
   * @param at where the first city goes
   * @param count how many cities
   */
  public void cities(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    zipColumn(cities, random, seeds, out, at, count);
  }

  /**
   * Fills {@code out[at, at + count)} with state names, as {@link #cities} does with cities.
   *
   * @param random consumes one value per state
   * @param seeds one seed per state, or {@code null} to draw all states from one stream
   * @param out the destination
   * @param at where the first state goes
   * @param count how many states
   */
  public void states(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    zipColumn(stateNames, random, seeds, out, at, count);
  }

  /**
   * Fills {@code out[at, at + count)} with state abbreviations, as {@link #cities} does with
   * cities.
   *
   * @param random consumes one value per abbreviation
   * @param seeds one seed per abbreviation, or {@code null} to draw them all from one stream
   * @param out the destination
   * @param at where the first abbreviation goes
   * @param count how many abbreviations
   */
  public void stateAbbrs(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    zipColumn(stateAbbrs, random, seeds, out, at, count);
  }

  /**
   * Fills {@code out[at, at + count)} with ZIP codes, as {@link #cities} does with cities.
   *
   * @param random consumes one value per ZIP code
   * @param seeds one seed per ZIP code, or {@code null} to draw them all from one stream
   * @param out the destination
   * @param at where the first ZIP code goes
   * @param count how many ZIP codes
   */
  public void postcodes(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    zipColumn(zips, random, seeds, out, at, count);
  }

  /**
   * One part of weighted rows of the ZIP table: the random values of a block first, in one call,
   * then the table reads, which then do not wait on the generator.
   */
  private void zipColumn(
      String[] part, RandomSource random, long[] seeds, Object[] out, int at, int count) {
    long[] draws = new long[Math.min(count, BLOCK)];
    for (int from = 0; from < count; from += BLOCK) {
      int n = Math.min(BLOCK, count - from);
      random.nextLongs(seeds, from, n, 1, draws);
      for (int k = 0; k < n; k++) {
        out[at + from + k] = part[zipTable.drawIndex(draws[k])];
      }
    }
  }

  /**
   * Draws a country name; every ISO 3166-1 country is equally likely.
   *
   * @param random consumes one value
   * @return a country such as {@code Germany}
   */
  public String country(RandomSource random) {
    return countryNames[RandomSource.index(random.nextLong() >>> 32, countryNames.length)];
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code DE}
   */
  public String countryCode(RandomSource random) {
    return countryCodes[RandomSource.index(random.nextLong() >>> 32, countryCodes.length)];
  }

  /**
   * Returns the distinct values one of the table-backed providers can give, sorted: the domain a
   * unique batch falls back on.
   *
   * @param provider one of {@code city state stateAbbr postcode country countryCode}
   * @return a new array
   */
  public Object[] domain(String provider) {
    String[] source;
    switch (provider) {
      case "city":
        source = cities;
        break;
      case "state":
        source = stateNames;
        break;
      case "stateAbbr":
        source = stateAbbrs;
        break;
      case "postcode":
        source = zips;
        break;
      case "country":
        source = countryNames;
        break;
      case "countryCode":
        source = countryCodes;
        break;
      default:
        throw new IllegalArgumentException("no table behind " + provider);
    }
    return new java.util.TreeSet<>(java.util.Arrays.asList(source)).toArray();
  }
}
