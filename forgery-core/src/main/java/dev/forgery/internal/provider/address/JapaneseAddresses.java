package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese addresses: {@code 〒100-0001 東京都千代田区千代田1-2-3}, the postcode with its mark, then
 * prefecture, municipality and town run together, then the block number. Japan names blocks, not
 * streets, so the layout is code rather than an {@code address_format} table: the town takes the
 * place of a street name and the chome-ban-go number ({@code 1-2-3}: district, block, building)
 * that of a house number.
 *
 * <p>Postcode, prefecture, municipality and town are one row of the locale's {@code postcodes}
 * table ({@code 100-0001;東京都;千代田区;千代田}, Japan Post's data), weighted by population, so they always
 * belong together; {@code regions} gives each prefecture its ISO 3166-2:JP code ({@code 13}, i.e.
 * {@code JP-13}). Every draw takes the row first, then the number. A row is split into its columns
 * the first time it is drawn, so a new {@code Faker}'s first address splits one row, not all.
 */
final class JapaneseAddresses extends SplitRows implements CountryAddresses {
  /** Block numbers: chome 1 to this, most towns that have chome have few. */
  private static final int CHOME_MAX = 5;

  /** Ban (block) numbers within a chome: 1 to this. */
  private static final int BAN_MAX = 30;

  /** Go (building) numbers within a ban: 1 to this. */
  private static final int GO_MAX = 20;

  /** Ban numbers of the towns without chome, whose blocks are numbered through: 1 to this. */
  private static final int BANCHI_MAX = 999;

  private final String locale;
  private final WeightedTable rows;

  /** The prefectures of {@code regions}, and index for index their ISO 3166-2:JP codes. */
  private final Map<String, Integer> prefectureIndex = new HashMap<>();

  private final String[] prefectureNames;
  private final String[] prefectureCodes;

  /*
   * The columns of a row, split from it the first time the row is drawn (see split): splitting all
   * 10,866 rows when the locale is loaded was most of the time to a new Faker's first address.
   */
  private final String[] postcodes;
  private final String[] prefectures;
  private final String[] codes;
  private final String[] municipalities;
  private final String[] towns;

  /** Per row, the address up to the block number ({@code 〒100-0001 東京都千代田区千代田}). */
  private final String[] heads;

  /**
   * One instance of each municipality name among the rows split so far, so that rows of the same
   * municipality share it. Lookups only, never iterated.
   */
  private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

  /** The country names, read on the first country drawn. */
  private CountryTable countries;

  private JapaneseAddresses(String locale) {
    this.locale = locale;
    String[] regions = Tables.list(locale + "/regions");
    prefectureNames = new String[regions.length];
    prefectureCodes = new String[regions.length];
    for (int i = 0; i < regions.length; i++) {
      int semicolon = regions[i].lastIndexOf(';');
      prefectureNames[i] = regions[i].substring(0, semicolon);
      prefectureCodes[i] = regions[i].substring(semicolon + 1);
      prefectureIndex.put(prefectureNames[i], i);
    }
    rows = Tables.weighted(locale + "/postcodes");
    int n = rows.size();
    postcodes = new String[n];
    prefectures = new String[n];
    codes = new String[n];
    municipalities = new String[n];
    towns = new String[n];
    heads = new String[n];
  }

  /** Splits a {@code postcode;prefecture;municipality;town} row into the columns. */
  @Override
  void split(int row) {
    String value = rows.valueAlone(row);
    int a = value.indexOf(';');
    int b = a < 0 ? -1 : value.indexOf(';', a + 1);
    int c = b < 0 ? -1 : value.indexOf(';', b + 1);
    if (c < 0 || value.indexOf(';', c + 1) >= 0) {
      throw new IllegalStateException(
          locale + "/postcodes: expected postcode;prefecture;municipality;town: " + value);
    }
    Integer prefecture = prefectureIndex.get(value.substring(a + 1, b));
    if (prefecture == null) {
      throw new IllegalStateException(
          locale + "/regions has no ISO 3166-2 code for prefecture " + value.substring(a + 1, b));
    }
    String municipality = value.substring(b + 1, c);
    String known = shared.putIfAbsent(municipality, municipality);
    postcodes[row] = value.substring(0, a);
    prefectures[row] = prefectureNames[prefecture];
    codes[row] = prefectureCodes[prefecture];
    municipalities[row] = known != null ? known : municipality;
    towns[row] = value.substring(c + 1);
    heads[row] =
        new StringBuilder(value.length() + 1)
            .append('〒')
            .append(value, 0, a)
            .append(' ')
            .append(value, a + 1, b)
            .append(value, b + 1, c)
            .append(value, c + 1, value.length())
            .toString();
  }

  /** Returns the country names, reading them on first use. */
  private CountryTable countries() {
    CountryTable table = countries;
    return table != null ? table : (countries = CountryTable.of(locale));
  }

  /**
   * Tells whether a locale's addresses are Japanese.
   *
   * @param locale a supported locale tag
   * @return whether the locale's country is Japan
   */
  static boolean serves(String locale) {
    return locale.endsWith("_JP");
  }

  /**
   * Returns the shared address tables of a Japanese locale.
   *
   * @param locale a locale tag such as {@code ja_JP}
   * @return the shared instance
   */
  static JapaneseAddresses of(String locale) {
    return Tables.cached("japanese-addresses:" + locale, key -> new JapaneseAddresses(locale));
  }

  /**
   * Draws a full address.
   *
   * @param random consumes two values
   * @return an address such as {@code "〒100-0001 東京都千代田区千代田1-2-3"}
   */
  @Override
  public String address(RandomSource random) {
    int row = rows.drawIndex(random.nextLong());
    return column(heads, row) + buildingNumber(random);
  }

  /**
   * Draws a town and block number.
   *
   * @param random consumes two values
   * @return a line such as {@code "千代田1-2-3"}
   */
  @Override
  public String streetAddress(RandomSource random) {
    int row = rows.drawIndex(random.nextLong());
    return column(towns, row) + buildingNumber(random);
  }

  /**
   * Draws a town, the part of an address a street name holds elsewhere.
   *
   * @param random consumes one value
   * @return a town such as {@code "千代田"}
   */
  @Override
  public String streetName(RandomSource random) {
    return column(towns, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a block number: three times in four chome-ban-go ({@code 1-2-3}: chome 1 to 5, ban 1 to
   * 30, go 1 to 20), else ban-go of a town numbered through ({@code 123-4}: ban 1 to 999).
   *
   * @param random consumes one value
   * @return a number such as {@code "1-2-3"}
   */
  @Override
  public String buildingNumber(RandomSource random) {
    long bits = random.nextLong();
    int go = 1 + pick(bits >>> 2, 16, GO_MAX);
    if ((bits & 3) == 0) {
      return (1 + pick(bits >>> 34, 24, BANCHI_MAX)) + "-" + go;
    }
    int chome = 1 + pick(bits >>> 18, 16, CHOME_MAX);
    return chome + "-" + (1 + pick(bits >>> 34, 16, BAN_MAX)) + "-" + go;
  }

  /** Maps the low {@code width} bits of {@code bits} onto {@code [0, size)} by multiply-shift. */
  private static int pick(long bits, int width, int size) {
    return (int) (((bits & ((1L << width) - 1)) * size) >>> width);
  }

  /**
   * Draws a municipality (a city, a Tokyo ward, a ward of a designated city, a town or village),
   * weighted by population.
   *
   * @param random consumes one value
   * @return a municipality such as {@code "札幌市中央区"}
   */
  @Override
  public String city(RandomSource random) {
    return column(municipalities, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a prefecture, weighted by population.
   *
   * @param random consumes one value
   * @return a prefecture such as {@code "東京都"}
   */
  @Override
  public String state(RandomSource random) {
    return column(prefectures, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws the ISO 3166-2:JP code of a prefecture, without the country, weighted as {@link #state}.
   *
   * @param random consumes one value
   * @return a code such as {@code "13"}
   */
  @Override
  public String stateAbbr(RandomSource random) {
    return column(codes, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a postcode, weighted by population.
   *
   * @param random consumes one value
   * @return a postcode such as {@code "100-0001"}
   */
  @Override
  public String postcode(RandomSource random) {
    return column(postcodes, rows.drawIndex(random.nextLong()));
  }

  /**
   * Draws a country name in Japanese (Unicode CLDR); every country is equally likely.
   *
   * @param random consumes one value
   * @return a name such as {@code "ドイツ"}
   */
  @Override
  public String country(RandomSource random) {
    return countries().name(random);
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code "DE"}
   */
  @Override
  public String countryCode(RandomSource random) {
    return countries().code(random);
  }
}
