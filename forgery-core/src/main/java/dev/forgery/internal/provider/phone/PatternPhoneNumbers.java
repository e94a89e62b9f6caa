package dev.forgery.internal.provider.phone;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;

/**
 * Telephone numbers of a country described by data: the locale's {@code phone_patterns} table holds
 * weighted patterns in which each {@code #} is a random digit ({@code +33 6 ## ## ## ##}), so a new
 * country adds a table, not code. The patterns fix whatever the numbering plan fixes (country code,
 * area code, the first digits of a range the regulator keeps for fiction) and leave the rest to
 * chance; the locale's test checks every pattern with libphonenumber.
 *
 * <p>A number takes one random value for its pattern and one per eight of its digits: each value
 * gives two four-digit groups, each uniform within 2 parts in a million.
 */
public final class PatternPhoneNumbers {
  private static final int GROUP = 4;
  private static final int GROUP_SIZE = 10_000;

  private final WeightedTable patterns;
  private final char[][] templates;

  private PatternPhoneNumbers(String locale) {
    patterns = Tables.weighted(locale + "/phone_patterns");
    templates = new char[patterns.size()][];
    for (int i = 0; i < templates.length; i++) {
      templates[i] = patterns.value(i).toCharArray();
    }
  }

  /**
   * Tells whether a locale describes its phone numbers with a {@code phone_patterns} table.
   *
   * @param locale a supported locale tag
   * @return whether {@link #of} would find the table
   */
  public static boolean exists(String locale) {
    return Tables.has(locale + "/phone_patterns");
  }

  /**
   * Returns the shared patterns of a locale.
   *
   * @param locale a supported locale tag such as {@code fr_FR}
   * @return the shared instance
   */
  public static PatternPhoneNumbers of(String locale) {
    return Tables.cached("phone-patterns:" + locale, key -> new PatternPhoneNumbers(locale));
  }

  /**
   * Draws a number: a pattern by weight, then its digits.
   *
   * @param random consumes one value, plus one per eight {@code #} of the pattern
   * @return a number such as {@code "+33 6 12 34 56 78"}
   */
  public String phoneNumber(RandomSource random) {
    char[] out = templates[patterns.drawIndex(random.nextLong())].clone();
    long bits = 0;
    int group = 0;
    int left = 0;
    int groups = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] != '#') {
        continue;
      }
      if (left == 0) {
        if ((groups & 1) == 0) {
          bits = random.nextLong();
        }
        group =
            RandomSource.index((groups & 1) == 0 ? bits >>> 32 : bits & 0xFFFF_FFFFL, GROUP_SIZE);
        groups++;
        left = GROUP;
      }
      out[i] = (char) ('0' + group % 10);
      group /= 10;
      left--;
    }
    return new String(out);
  }
}
