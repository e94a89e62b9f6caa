package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.HashMap;
import java.util.Map;

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
 * {@code JP-13}). Every draw takes the row first, then the number.
 */
final class JapaneseAddresses implements CountryAddresses {
  /** Block numbers: chome 1 to this, most towns that have chome have few. */
  private static final int CHOME_MAX = 5;

  /** Ban (block) numbers within a chome: 1 to this. */
  private static final int BAN_MAX = 30;

  /** Go (building) numbers within a ban: 1 to this. */
  private static final int GO_MAX = 20;

  /** Ban numbers of the towns without chome, whose blocks are numbered through: 1 to this. */
  private static final int BANCHI_MAX = 999;

  private final WeightedTable rows;
  private final String[] postcodes;
  private final String[] prefectures;
  private final String[] codes;
  private final String[] municipalities;
  private final String[] towns;

  /** Per row, the address up to the block number ({@code 〒100-0001 東京都千代田区千代田}). */
  private final String[] heads;

  private final CountryTable countries;

  private JapaneseAddresses(String locale) {
    Map<String, String> regionCodes = new HashMap<>();
    for (String region : Tables.list(locale + "/regions")) {
      int semicolon = region.lastIndexOf(';');
      regionCodes.put(region.substring(0, semicolon), region.substring(semicolon + 1));
    }
    rows = Tables.weighted(locale + "/postcodes");
    int n = rows.size();
    postcodes = new String[n];
    prefectures = new String[n];
    codes = new String[n];
    municipalities = new String[n];
    towns = new String[n];
    heads = new String[n];
    // Construction only: lookups by key, never iterated, so HashMap order cannot leak out.
    Map<String, String> shared = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String[] f = rows.value(i).split(";", -1);
      if (f.length != 4) {
        throw new IllegalStateException(
            locale
                + "/postcodes: expected postcode;prefecture;municipality;town: "
                + rows.value(i));
      }
      postcodes[i] = f[0];
      prefectures[i] = shared.computeIfAbsent(f[1], c -> c);
      municipalities[i] = shared.computeIfAbsent(f[2], c -> c);
      towns[i] = f[3];
      codes[i] = regionCodes.get(f[1]);
      if (codes[i] == null) {
        throw new IllegalStateException(
            locale + "/regions has no ISO 3166-2 code for prefecture " + f[1]);
      }
      heads[i] = '〒' + f[0] + ' ' + f[1] + f[2] + f[3];
    }
    countries = CountryTable.of(locale);
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
    return heads[row] + buildingNumber(random);
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
    return towns[row] + buildingNumber(random);
  }

  /**
   * Draws a town, the part of an address a street name holds elsewhere.
   *
   * @param random consumes one value
   * @return a town such as {@code "千代田"}
   */
  @Override
  public String streetName(RandomSource random) {
    return towns[rows.drawIndex(random.nextLong())];
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
    return municipalities[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a prefecture, weighted by population.
   *
   * @param random consumes one value
   * @return a prefecture such as {@code "東京都"}
   */
  @Override
  public String state(RandomSource random) {
    return prefectures[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws the ISO 3166-2:JP code of a prefecture, without the country, weighted as {@link #state}.
   *
   * @param random consumes one value
   * @return a code such as {@code "13"}
   */
  @Override
  public String stateAbbr(RandomSource random) {
    return codes[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a postcode, weighted by population.
   *
   * @param random consumes one value
   * @return a postcode such as {@code "100-0001"}
   */
  @Override
  public String postcode(RandomSource random) {
    return postcodes[rows.drawIndex(random.nextLong())];
  }

  /**
   * Draws a country name in Japanese (Unicode CLDR); every country is equally likely.
   *
   * @param random consumes one value
   * @return a name such as {@code "ドイツ"}
   */
  @Override
  public String country(RandomSource random) {
    return countries.name(random);
  }

  /**
   * Draws an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @param random consumes one value
   * @return a code such as {@code "DE"}
   */
  @Override
  public String countryCode(RandomSource random) {
    return countries.code(random);
  }
}
