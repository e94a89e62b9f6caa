package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;

/**
 * The ISO 3166-1 countries of a locale's {@code countries} table ({@code CODE;Name} lines): codes
 * and names index for index, each country equally likely. The names are in the locale's language;
 * the table may come from the language folder (German names serve every German-speaking locale).
 */
final class CountryTable {
  private final String[] codes;
  private final String[] names;

  private CountryTable(String locale) {
    String[] lines = Tables.list(locale + "/countries");
    codes = new String[lines.length];
    names = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      int semi = lines[i].indexOf(';');
      codes[i] = lines[i].substring(0, semi);
      names[i] = lines[i].substring(semi + 1);
    }
  }

  /**
   * Returns the shared country table of a locale.
   *
   * @param locale a supported locale tag
   * @return the shared instance
   */
  static CountryTable of(String locale) {
    return Tables.cached("countries:" + locale, key -> new CountryTable(locale));
  }

  /** Returns the alpha-2 codes, sorted; shared, never modified. */
  String[] codes() {
    return codes;
  }

  /** Returns the names, index for index with {@link #codes()}; shared, never modified. */
  String[] names() {
    return names;
  }

  /** Draws a country name with one random value. */
  String name(RandomSource random) {
    return names[RandomSource.index(random.nextLong() >>> 32, names.length)];
  }

  /** Draws a country code with one random value. */
  String code(RandomSource random) {
    return codes[RandomSource.index(random.nextLong() >>> 32, codes.length)];
  }
}
