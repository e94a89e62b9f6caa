package dev.forgery.internal.provider.names;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;

/**
 * Personal names drawn by real-world frequency.
 *
 * <p>en_US first names are weighted by US Social Security births 1946-2005 (roughly today's adult
 * population, both sexes); surnames by the 1990 census list of 88,799 names, including its long
 * tail. One instance per locale is shared by every {@code Faker}.
 */
public final class Names {
  private final WeightedTable firstNames;
  private final WeightedTable lastNames;

  private Names(WeightedTable firstNames, WeightedTable lastNames) {
    this.firstNames = firstNames;
    this.lastNames = lastNames;
  }

  /**
   * Returns the shared name tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Names of(String locale) {
    return Tables.cached(
        "names:" + locale,
        key ->
            new Names(
                Tables.weighted(locale + "/first_names"), Tables.weighted(locale + "/last_names")));
  }

  /**
   * Returns the weighted first-name table.
   *
   * @return the table
   */
  public WeightedTable firstNames() {
    return firstNames;
  }

  /**
   * Returns the weighted surname table.
   *
   * @return the table
   */
  public WeightedTable lastNames() {
    return lastNames;
  }

  /**
   * Draws a first name.
   *
   * @param random consumes one value
   * @return a first name
   */
  public String firstName(RandomSource random) {
    return firstNames.draw(random);
  }

  /**
   * Draws a surname.
   *
   * @param random consumes one value
   * @return a surname
   */
  public String lastName(RandomSource random) {
    return lastNames.draw(random);
  }

  /**
   * Draws a full name, first name then surname.
   *
   * @param random consumes two values
   * @return a full name such as {@code Linda Garcia}
   */
  public String name(RandomSource random) {
    String first = firstNames.draw(random);
    return first + ' ' + lastNames.draw(random);
  }
}
