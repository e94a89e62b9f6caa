package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 *
 * <p>The parts of a street line are also drawn alone, each exactly as the line draws it: {@link
 * #streetName} the street, {@link #buildingNumber} the house number and {@link #secondaryAddress} a
 * unit of the kinds and numbers a line may end with. {@link #county} draws a county from a table
 * weighted as the ZIP table is (see {@code tools/data/Counties.java}).
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

  /**
   * Secondary units, with the USPS Publication 28 (appendix C2) designators Apartment ({@code
   * Apt}), Suite ({@code Ste}) and Unit: a street line has one when a byte of its draw is below
   * {@link #UNIT_BELOW}, of 256; below {@link #APT_BELOW} it is an apartment, below {@link
   * #STE_BELOW} a suite, else a unit.
   */
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

  private final String locale;

  /**
   * The ZIP rows ({@code zip;city;state}, weighted by population), read when something first needs
   * them: a house number, a unit or a street does not.
   */
  private volatile WeightedTable zipTable;

  // Each part below is made when a provider first needs it: a faker that draws only cities does
  // not split 41,000 rows five ways, nor read the streets. A part is computed once per JVM
  // (Tables.cached) and then read from its field; a racing thread at worst reads the cache again.
  private volatile String[] zips;
  private volatile String[] cities;
  private volatile String[] stateAbbrs;
  private volatile String[] stateNames;

  /**
   * {@code ", Springfield, IL 62704"} per ZIP row, the last line of an address: made for a row the
   * first time an address is drawn from it, then kept. A first address makes one line, not 41,000
   * (made from the rows split five ways, that was 15 MB and most of 150 ms on the way to a JVM's
   * first address). The array is made once ({@link #lastLines()}); its elements are written without
   * a lock, so two threads may each make the same row's line, equal strings, and a {@code null}
   * element only means "not made yet".
   */
  private volatile String[] lastLines;

  /** The ZIP rows split one at a time for single draws ({@link ZipRows}), made on the first. */
  private volatile ZipRows zipRows;

  private volatile WeightedTable streets;
  private volatile WeightedTable counties;
  private volatile CountryTable countries;

  private Addresses(String locale) {
    this.locale = locale;
    Tables.require(locale.concat("/zip_codes")); // a locale without US data fails when bound
  }

  private WeightedTable zipTable() {
    WeightedTable table = zipTable;
    return table != null ? table : (zipTable = Tables.weighted(locale + "/zip_codes"));
  }

  /** The ZIP codes, row for row with the ZIP table: each row's text before its first ';'. */
  private String[] zips() {
    String[] part = zips;
    return part != null ? part : (zips = part("zips", this::splitZips));
  }

  /** The cities, row for row; equal names share one string. */
  private String[] cities() {
    String[] part = cities;
    return part != null ? part : (cities = part("cities", () -> splitField(1)));
  }

  /** The USPS state abbreviations, row for row; equal ones share one string. */
  private String[] stateAbbrs() {
    String[] part = stateAbbrs;
    return part != null ? part : (stateAbbrs = part("stateAbbrs", () -> splitField(2)));
  }

  /** The state names, row for row, from the abbreviations and the locale's states table. */
  private String[] stateNames() {
    String[] part = stateNames;
    return part != null ? part : (stateNames = part("stateNames", this::nameStates));
  }

  /** The last line of ZIP row {@code row}, made on its first draw. */
  private String lastLine(int row) {
    String[] lines = lastLines;
    if (lines == null) {
      lines = lastLines();
    }
    String line = lines[row];
    return line != null ? line : (lines[row] = joinLastLine(row));
  }

  private synchronized String[] lastLines() {
    String[] lines = lastLines;
    if (lines == null) {
      lines = new String[zipTable().size()];
      lastLines = lines;
    }
    return lines;
  }

  private WeightedTable streets() {
    WeightedTable table = streets;
    return table != null ? table : (streets = Tables.weighted(locale + "/streets"));
  }

  private WeightedTable counties() {
    WeightedTable table = counties;
    return table != null ? table : (counties = Tables.weighted(locale + "/counties"));
  }

  private CountryTable countries() {
    CountryTable table = countries;
    return table != null ? table : (countries = CountryTable.of(locale));
  }

  private String[] part(String name, java.util.function.Supplier<String[]> make) {
    return Tables.cached("addresses:" + locale + ":" + name, key -> make.get());
  }

  private String[] splitZips() {
    WeightedTable table = zipTable();
    String[] out = new String[table.size()];
    for (int i = 0; i < out.length; i++) {
      String row = table.value(i);
      out[i] = row.substring(0, row.indexOf(';'));
    }
    return out;
  }

  /** Field {@code field} (1 or 2) of every row, equal values shared. */
  private String[] splitField(int field) {
    WeightedTable table = zipTable();
    String[] out = new String[table.size()];
    // Construction only: lookups by key, never iterated, so HashMap order cannot leak out.
    Map<String, String> shared = new HashMap<>();
    for (int i = 0; i < out.length; i++) {
      String row = table.value(i);
      int a = row.indexOf(';');
      int b = row.indexOf(';', a + 1);
      String value = field == 1 ? row.substring(a + 1, b) : row.substring(b + 1);
      String known = shared.putIfAbsent(value, value);
      out[i] = known != null ? known : value;
    }
    return out;
  }

  /** The locale's state names by abbreviation. Lookups only, never iterated. */
  private Map<String, String> stateNamesByAbbr() {
    Map<String, String> names = new HashMap<>();
    for (String line : Tables.list(locale + "/states")) {
      int semi = line.indexOf(';');
      names.put(line.substring(0, semi), line.substring(semi + 1));
    }
    return names;
  }

  private String[] nameStates() {
    Map<String, String> names = stateNamesByAbbr();
    String[] abbrs = stateAbbrs();
    String[] out = new String[abbrs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = names.get(abbrs[i]);
      if (out[i] == null) {
        throw new IllegalStateException("no state name for " + abbrs[i]);
      }
    }
    return out;
  }

  /** Row {@code row}'s {@code zip;city;state} as {@code ", city, state zip"}. */
  private String joinLastLine(int row) {
    String value = zipTable().valueAlone(row);
    int a = value.indexOf(';');
    int b = value.indexOf(';', a + 1);
    return ", "
        + value.substring(a + 1, b)
        + ", "
        + value.substring(b + 1)
        + ' '
        + value.substring(0, a);
  }

  /**
   * A single draw from a column of the ZIP rows: from the whole column if a batch has made it, else
   * from the drawn row, split on its first draw.
   *
   * @param whole the whole column's field, read once, or {@code null}
   * @param column which column ({@link ZipRows#ZIP} and so on)
   * @param random consumes one value
   */
  private String single(String[] whole, int column, RandomSource random) {
    int row = zipTable().drawIndex(random.nextLong());
    if (whole != null) {
      return whole[row];
    }
    ZipRows rows = zipRows();
    return rows.column(rows.columns[column], row);
  }

  private ZipRows zipRows() {
    ZipRows rows = zipRows;
    return rows != null ? rows : makeZipRows();
  }

  private synchronized ZipRows makeZipRows() {
    ZipRows rows = zipRows;
    if (rows == null) {
      rows = new ZipRows(zipTable(), stateNamesByAbbr());
      zipRows = rows;
    }
    return rows;
  }

  /**
   * The ZIP rows split one at a time, for single draws: a first city, state or ZIP code splits the
   * row it draws, not all 41,000 (7 MB and most of 75 ms on the way to a JVM's first city). A batch
   * still makes its whole column ({@link #cities()} and the like) and reads it in a loop with
   * nothing else to check; once a column is whole, single draws read it too.
   */
  private static final class ZipRows extends SplitRows {
    /** The columns, in {@link #columns}. */
    static final int ZIP = 0;

    static final int CITY = 1;
    static final int STATE_ABBR = 2;
    static final int STATE_NAME = 3;

    private final WeightedTable table;
    private final Map<String, String> namesByAbbr;

    /** One instance of each city and state among the rows split so far. Lookups only. */
    private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

    /** The columns, row for row with the table: ZIP code, city, state abbreviation, state name. */
    final String[][] columns;

    ZipRows(WeightedTable table, Map<String, String> namesByAbbr) {
      this.table = table;
      this.namesByAbbr = namesByAbbr;
      columns = new String[4][table.size()];
    }

    @Override
    void split(int row) {
      String value = table.valueAlone(row);
      int a = value.indexOf(';');
      int b = value.indexOf(';', a + 1);
      String abbr = share(value.substring(b + 1));
      String name = namesByAbbr.get(abbr);
      if (name == null) {
        throw new IllegalStateException("no state name for " + abbr);
      }
      columns[CITY][row] = share(value.substring(a + 1, b));
      columns[STATE_ABBR][row] = abbr;
      columns[STATE_NAME][row] = name;
      columns[ZIP][row] = value.substring(0, a);
    }

    private String share(String value) {
      String known = shared.putIfAbsent(value, value);
      return known != null ? known : value;
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
    String street = streets().draw(random);
    long bits = random.nextLong();
    int house = house(bits);
    int unit = (int) (bits >>> 8) & 0xFF;
    if (unit >= UNIT_BELOW) {
      return house + " " + street;
    }
    return house + " " + street + " " + unit(unit, bits);
  }

  /**
   * Draws a full one-line address: street line, city, state abbreviation and ZIP code.
   *
   * @param random consumes three values
   * @return an address such as {@code 4821 Maple Ave Apt 3, Springfield, IL 62704}
   */
  public String address(RandomSource random) {
    String street = streets().draw(random);
    long bits = random.nextLong();
    String last = lastLine(zipTable().drawIndex(random.nextLong()));
    int house = house(bits);
    int unit = (int) (bits >>> 8) & 0xFF;
    if (unit >= UNIT_BELOW) {
      return house + " " + street + last;
    }
    return house + " " + street + " " + unit(unit, bits) + last;
  }

  /** House number from the low byte (digit count) and the high 32 bits (value) of a draw. */
  private static int house(long bits) {
    int digits = HOUSE_DIGITS[(int) bits & 0xFF];
    return HOUSE_FROM[digits] + RandomSource.index(bits >>> 32, HOUSE_SPAN[digits]);
  }

  /**
   * A secondary unit: its kind from {@code kind} (below {@link #UNIT_BELOW}), its number from bits
   * 16 to 31 of {@code bits}: {@code Apt 1}..{@code Apt 999}, {@code Ste 100}..{@code Ste 999} or
   * {@code Unit 1}..{@code Unit 99}.
   */
  private static String unit(int kind, long bits) {
    int u = (int) (bits >>> 16) & 0xFFFF;
    if (kind < APT_BELOW) {
      return "Apt " + (1 + ((u * 999) >>> 16));
    }
    if (kind < STE_BELOW) {
      return "Ste " + (100 + ((u * 900) >>> 16));
    }
    return "Unit " + (1 + ((u * 99) >>> 16));
  }

  /**
   * Draws a street name with its USPS suffix, from the table and with the weights of the street of
   * {@link #streetAddress}.
   *
   * @param random consumes one value
   * @return a street such as {@code Main St}
   */
  public String streetName(RandomSource random) {
    return streets().draw(random);
  }

  /**
   * Fills {@code out[at, at + count)} with street names, as {@link #cities} does with cities.
   *
   * @param random consumes one value per street
   * @param seeds one seed per street, or {@code null} to draw them all from one stream
   * @param out the destination
   * @param at where the first street goes
   * @param count how many streets
   */
  public void streetNames(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    column(streets(), null, random, seeds, out, at, count);
  }

  /**
   * Draws a house number as {@link #streetAddress} does: 1 to 99999, with 1 to 5 digits in the
   * shares 13, 38, 90, 90 and 25 of 256 (three- and four-digit numbers are the norm), uniform among
   * the numbers of a length.
   *
   * @param random consumes one value
   * @return a house number such as {@code 4821}
   */
  public String buildingNumber(RandomSource random) {
    return Integer.toString(house(random.nextLong()));
  }

  /**
   * Draws a secondary unit of the kinds, shares and numbers {@link #streetAddress} appends to the
   * lines that have one: an apartment ({@code Apt 1}..{@code Apt 999}, 26 in 40), a suite ({@code
   * Ste 100}..{@code Ste 999}, 8 in 40) or a unit ({@code Unit 1}..{@code Unit 99}, 6 in 40), with
   * the USPS Publication 28 designators.
   *
   * @param random consumes one value
   * @return a unit such as {@code Apt 12}
   */
  public String secondaryAddress(RandomSource random) {
    long bits = random.nextLong();
    return unit(RandomSource.index(bits >>> 32, UNIT_BELOW), bits);
  }

  /**
   * Draws a county or county equivalent of the 50 states and DC, as the Census Bureau names it,
   * weighted by the population the ZIP table gives it.
   *
   * @param random consumes one value
   * @return a county such as {@code Cook County}, {@code Orleans Parish} or {@code Richmond city}
   */
  public String county(RandomSource random) {
    WeightedTable counties = counties();
    return counties.value(counties.drawIndex(random.nextLong()));
  }

  /**
   * Fills {@code out[at, at + count)} with counties, as {@link #cities} does with cities.
   *
   * @param random consumes one value per county
   * @param seeds one seed per county, or {@code null} to draw them all from one stream
   * @param out the destination
   * @param at where the first county goes
   * @param count how many counties
   */
  public void counties(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    column(counties(), null, random, seeds, out, at, count);
  }

  /**
   * Draws a city, weighted by population.
   *
   * @param random consumes one value
   * @return a city such as {@code Springfield}
   */
  public String city(RandomSource random) {
    return single(cities, ZipRows.CITY, random);
  }

  /**
   * Draws a state name, weighted by population.
   *
   * @param random consumes one value
   * @return a state such as {@code Illinois}
   */
  public String state(RandomSource random) {
    return single(stateNames, ZipRows.STATE_NAME, random);
  }

  /**
   * Draws a USPS state abbreviation, weighted by population.
   *
   * @param random consumes one value
   * @return an abbreviation such as {@code IL}
   */
  public String stateAbbr(RandomSource random) {
    return single(stateAbbrs, ZipRows.STATE_ABBR, random);
  }

  /**
   * Draws a five-digit ZIP code, weighted by the population it serves.
   *
   * @param random consumes one value
   * @return a ZIP code such as {@code 62704}
   */
  public String postcode(RandomSource random) {
    return single(zips, ZipRows.ZIP, random);
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
    zipColumn(cities(), random, seeds, out, at, count);
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
    zipColumn(stateNames(), random, seeds, out, at, count);
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
    zipColumn(stateAbbrs(), random, seeds, out, at, count);
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
    zipColumn(zips(), random, seeds, out, at, count);
  }

  /**
   * One part of weighted rows of the ZIP table: the random values of a block first, in one call,
   * then the table reads, which then do not wait on the generator.
   */
  private void zipColumn(
      String[] part, RandomSource random, long[] seeds, Object[] out, int at, int count) {
    column(zipTable(), part, random, seeds, out, at, count);
  }

  /**
   * Draws a column of a weighted table a block at a time: {@code part[i]} for the drawn index
   * {@code i}, or the table's own value where {@code part} is null.
   */
  private static void column(
      WeightedTable table,
      String[] part,
      RandomSource random,
      long[] seeds,
      Object[] out,
      int at,
      int count) {
    long[] draws = new long[Math.min(count, BLOCK)];
    for (int from = 0; from < count; from += BLOCK) {
      int n = Math.min(BLOCK, count - from);
      random.nextLongs(seeds, from, n, 1, draws);
      for (int k = 0; k < n; k++) {
        int i = table.drawIndex(draws[k]);
        out[at + from + k] = part == null ? table.value(i) : part[i];
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
    String[] names = countries().names();
    return names[RandomSource.index(random.nextLong() >>> 32, names.length)];
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code DE}
   */
  public String countryCode(RandomSource random) {
    String[] codes = countries().codes();
    return codes[RandomSource.index(random.nextLong() >>> 32, codes.length)];
  }

  /**
   * Returns the distinct values one of the table-backed providers can give, sorted: the domain a
   * unique batch falls back on.
   *
   * @param provider one of {@code city state stateAbbr postcode country countryCode streetName
   *     county}
   * @return a new array
   */
  public Object[] domain(String provider) {
    String[] source;
    switch (provider) {
      case "streetName":
        source = streets().values();
        break;
      case "county":
        source = counties().values();
        break;
      case "city":
        source = cities();
        break;
      case "state":
        source = stateNames();
        break;
      case "stateAbbr":
        source = stateAbbrs();
        break;
      case "postcode":
        source = zips();
        break;
      case "country":
        source = countries().names();
        break;
      case "countryCode":
        source = countries().codes();
        break;
      default:
        throw new IllegalArgumentException("no table behind " + provider);
    }
    return new java.util.TreeSet<>(java.util.Arrays.asList(source)).toArray();
  }
}
