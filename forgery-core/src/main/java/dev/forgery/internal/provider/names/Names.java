package dev.forgery.internal.provider.names;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedBytes;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * Personal names drawn by real-world frequency.
 *
 * <p>en_US first names are weighted by US Social Security births 1946-2005 (roughly today's adult
 * population, both sexes); surnames by the 1990 census list of 88,799 names, including its long
 * tail. One instance per locale is shared by every {@code Faker}.
 *
 * <p>A full name is a first name and one surname, or two where the locale's {@code name_format}
 * table says {@code surnames=2}: in Spain everyone carries the father's and the mother's first
 * surname ({@code María García López}). The two are drawn independently from the one surname table,
 * whose weights INE counts as first surnames; as second surnames the distribution is almost the
 * same.
 */
public final class Names {
  /**
   * How many names a batch draws before it writes them: as for email addresses (see {@code
   * Emails}), the table reads of a block overlap when no copy into a buffer stands between them.
   */
  private static final int BLOCK = 256;

  private final WeightedTable firstNames;
  private final WeightedTable lastNames;
  private final WeightedBytes firstBytes;
  private final WeightedBytes lastBytes;

  /** Surnames in a full name: 1, or 2 in Spain. */
  private final int surnames;

  private Names(WeightedTable firstNames, WeightedTable lastNames, int surnames) {
    this.firstNames = firstNames;
    this.lastNames = lastNames;
    this.firstBytes = firstNames.bytes();
    this.lastBytes = lastNames.bytes();
    this.surnames = surnames;
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
                Tables.weighted(locale + "/first_names"),
                Tables.weighted(locale + "/last_names"),
                surnames(locale)));
  }

  /**
   * Reads how many surnames a full name of the locale has: {@code surnames=2} in its {@code
   * name_format} table, else 1.
   */
  private static int surnames(String locale) {
    if (!Tables.has(locale + "/name_format")) {
      return 1;
    }
    for (String line : Tables.list(locale + "/name_format")) {
      if (line.equals("surnames=2")) {
        return 2;
      }
      if (!line.equals("surnames=1")) {
        throw new IllegalStateException(
            locale + "/name_format: unknown line '" + line + "'; known: surnames=1, surnames=2");
      }
    }
    return 1;
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
   * Draws a full name, first name then surname (or two surnames where the locale has them).
   *
   * @param random consumes one value per name part: two, or three with two surnames
   * @return a full name such as {@code Linda Garcia} or {@code María García López}
   */
  public String name(RandomSource random) {
    return name(random, buffer());
  }

  /** A buffer with room for the longest full name and the copies' overrun. */
  private byte[] buffer() {
    return new byte
        [firstBytes.maxLength() + surnames * (1 + lastBytes.maxLength()) + 2 * WeightedBytes.SLACK];
  }

  /** Writes a full name into {@code buf}, which has room for the longest, and returns it. */
  private String name(RandomSource random, byte[] buf) {
    int first = firstBytes.draw(random.nextLong());
    int last = lastBytes.draw(random.nextLong());
    return surnames == 1
        ? write(first, last, buf)
        : write(first, last, lastBytes.draw(random.nextLong()), buf);
  }

  /** Writes the name of two drawn references into {@code buf} and returns it. */
  private String write(int first, int last, byte[] buf) {
    int at = firstBytes.copy(first, buf, 0);
    buf[at] = ' ';
    at = lastBytes.copy(last, buf, at + 1);
    return new String(buf, 0, at, StandardCharsets.ISO_8859_1);
  }

  /** Writes a first name and two surnames into {@code buf} and returns the name. */
  private String write(int first, int last, int second, byte[] buf) {
    int at = firstBytes.copy(first, buf, 0);
    buf[at] = ' ';
    at = lastBytes.copy(last, buf, at + 1);
    buf[at] = ' ';
    at = lastBytes.copy(second, buf, at + 1);
    return new String(buf, 0, at, StandardCharsets.ISO_8859_1);
  }

  /**
   * Fills {@code out} with full names, the same as calling {@link #name(RandomSource)} once per
   * slot.
   *
   * @param random consumes two values per name, three with two surnames
   * @param out the names' destination
   */
  public void names(RandomSource random, String[] out) {
    names(random, null, out, 0, out.length);
  }

  /**
   * Fills {@code out[at, at + count)} with full names, restarting {@code random} at {@code
   * seeds[k]} before name {@code k} unless {@code seeds} is null: what a schema column of names
   * needs.
   *
   * @param random consumes two values per name, three with two surnames
   * @param seeds one seed per name, or {@code null} to draw all names from one stream
   * @param out the destination
   * @param at where the first name goes
   * @param count how many names
   */
  public void names(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    if (surnames == 2) {
      twoSurnames(random, seeds, out, at, count);
      return;
    }
    byte[] buffer = buffer();
    int block = Math.min(BLOCK, count);
    long[] draws = new long[2 * block];
    int[] refs = new int[2 * block];
    for (int start = 0; start < count; start += BLOCK) {
      int n = Math.min(BLOCK, count - start);
      random.nextLongs(seeds, start, n, 2, draws);
      for (int d = 0; d < 2 * n; d += 2) {
        refs[d] = firstBytes.draw(draws[d]);
        refs[d + 1] = lastBytes.draw(draws[d + 1]);
      }
      for (int k = 0, d = 0; k < n; k++, d += 2) {
        out[at + start + k] = write(refs[d], refs[d + 1], buffer);
      }
    }
  }

  /** {@link #names(RandomSource, long[], Object[], int, int)} for names with two surnames. */
  private void twoSurnames(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    byte[] buffer = buffer();
    int block = Math.min(BLOCK, count);
    long[] draws = new long[3 * block];
    int[] refs = new int[3 * block];
    for (int start = 0; start < count; start += BLOCK) {
      int n = Math.min(BLOCK, count - start);
      random.nextLongs(seeds, start, n, 3, draws);
      for (int d = 0; d < 3 * n; d += 3) {
        refs[d] = firstBytes.draw(draws[d]);
        refs[d + 1] = lastBytes.draw(draws[d + 1]);
        refs[d + 2] = lastBytes.draw(draws[d + 2]);
      }
      for (int k = 0, d = 0; k < n; k++, d += 3) {
        out[at + start + k] = write(refs[d], refs[d + 1], refs[d + 2], buffer);
      }
    }
  }
}
