package dev.forgery.internal.provider.phone;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

  /** Per pattern, its text as Latin-1 bytes, {@code #} included. */
  private final byte[][] templates;

  /** Per pattern, the positions of its {@code #}, in order. */
  private final int[][] holes;

  /** The length of the longest pattern, the size of a column's buffer. */
  private final int longest;

  private PatternPhoneNumbers(String locale) {
    patterns = Tables.weighted(locale + "/phone_patterns");
    templates = new byte[patterns.size()][];
    holes = new int[patterns.size()][];
    int max = 0;
    for (int i = 0; i < templates.length; i++) {
      String pattern = patterns.value(i);
      templates[i] = pattern.getBytes(StandardCharsets.ISO_8859_1);
      if (!new String(templates[i], StandardCharsets.ISO_8859_1).equals(pattern)) {
        throw new IllegalStateException(
            locale + "/phone_patterns: a pattern must be Latin-1 text: " + pattern);
      }
      holes[i] = holes(pattern);
      max = Math.max(max, templates[i].length);
    }
    longest = max;
  }

  /** Returns the positions of the {@code #} of a pattern. */
  private static int[] holes(String pattern) {
    int[] at = new int[pattern.length()];
    int n = 0;
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '#') {
        at[n++] = i;
      }
    }
    return Arrays.copyOf(at, n);
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
    int pattern = patterns.drawIndex(random.nextLong());
    byte[] out = templates[pattern].clone();
    digits(random, holes[pattern], out);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a column of numbers, each exactly as {@link #phoneNumber} draws it, writing every number
   * into one buffer and making its string from there.
   *
   * @param random the source, restarted per cell unless {@code seeds} is null
   * @param seeds one seed per cell, from index 0, or {@code null} to continue the sequence
   * @param out the destination
   * @param at where the first number goes
   * @param count how many numbers
   */
  public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    byte[] buffer = new byte[longest];
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      int pattern = patterns.drawIndex(random.nextLong());
      byte[] template = templates[pattern];
      System.arraycopy(template, 0, buffer, 0, template.length);
      digits(random, holes[pattern], buffer);
      out[at + k] = new String(buffer, 0, template.length, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Writes the digits of a number at its pattern's {@code #}: each random value gives two
   * four-digit groups, its high half first, each written lowest digit first.
   */
  private static void digits(RandomSource random, int[] holes, byte[] out) {
    int n = holes.length;
    for (int k = 0; k < n; k += 2 * GROUP) {
      long bits = random.nextLong();
      int end = Math.min(n, k + GROUP);
      write(RandomSource.index(bits >>> 32, GROUP_SIZE), holes, k, end, out);
      if (end < n) {
        write(
            RandomSource.index(bits & 0xFFFF_FFFFL, GROUP_SIZE),
            holes,
            end,
            Math.min(n, end + GROUP),
            out);
      }
    }
  }

  /** Writes a group's digits, lowest first, at {@code holes[from, to)}. */
  private static void write(int group, int[] holes, int from, int to, byte[] out) {
    for (int k = from; k < to; k++) {
      out[holes[k]] = (byte) ('0' + group % 10);
      group /= 10;
    }
  }
}
