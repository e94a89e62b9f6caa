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
 * <p>How a full name is written is data: the locale's {@code name_format} table, of {@code
 * key=value} lines. {@code order} is {@code {first} {last}} unless it says otherwise ({@code {last}
 * {first}} in ja_JP: {@code 山田 太郎}); {@code surnames} is 1 unless it says 2, as in Spain, where
 * everyone carries the father's and the mother's first surname ({@code María García López}). The
 * two surnames are drawn independently from the one surname table, whose weights INE counts as
 * first surnames; as second surnames the distribution is almost the same. A locale whose names are
 * Latin-1 and given first takes the byte layout of {@link WeightedBytes}; any other (another order,
 * or kanji) joins the drawn strings, with the same draws in the same order. A locale may also have
 * romanised tables, {@code first_names_latin} and {@code last_names_latin}, which email addresses
 * and domain names are made from ({@link #latinFirstNames()}).
 */
public final class Names {
  /**
   * How many names a batch draws before it writes them: as for email addresses (see {@code
   * Emails}), the table reads of a block overlap when no copy into a buffer stands between them.
   */
  private static final int BLOCK = 256;

  private final String locale;
  private final WeightedTable firstNames;
  private final WeightedTable latinFirstNames;

  /**
   * The surname table, read when something first needs a surname: a first name alone does not read
   * it (en_US's surnames are eight times its first names). Shared by every thread through {@link
   * Tables#weighted}, so a race to read it stores the one table twice. Volatile because a table's
   * own fields are not all final: a thread that finds it here must see it whole.
   */
  private volatile WeightedTable lastNames;

  /**
   * The full names' byte layouts, made when the first full name is: a surname alone does not need
   * them. Immutable, so a race to make it makes equal copies, and a thread that reads the field
   * sees a whole one or {@code null}.
   */
  private FullNames fullNames;

  /** Whether a full name starts with the surname. */
  private final boolean lastFirst;

  /** What stands between the two names of a full name. */
  private final String separator;

  /** Surnames in a full name: 1, or 2 in Spain. */
  private final int surnames;

  private Names(String locale) {
    this.locale = locale;
    this.firstNames = Tables.weighted(Tables.path(locale, "first_names"));
    this.latinFirstNames = latin(locale, "first_names", firstNames);
    String format = "{first} {last}";
    int count = 1;
    if (Tables.has(Tables.path(locale, "name_format"))) {
      for (String line : Tables.list(Tables.path(locale, "name_format"))) {
        if (line.startsWith("order=")) {
          format = line.substring("order=".length());
        } else if (line.equals("surnames=1") || line.equals("surnames=2")) {
          count = line.charAt(line.length() - 1) - '0';
        } else {
          throw new IllegalStateException(
              locale
                  + "/name_format: unknown line '"
                  + line
                  + "'; known: order=<{first} {last} or {last} {first}>, surnames=1, surnames=2");
        }
      }
    }
    this.surnames = count;
    int first = format.indexOf("{first}");
    int last = format.indexOf("{last}");
    if (first < 0
        || last < 0
        || !format.startsWith(first < last ? "{first}" : "{last}")
        || !format.endsWith(first < last ? "{last}" : "{first}")) {
      throw new IllegalStateException(
          locale
              + "/name_format must be {first}<separator>{last} or {last}<separator>{first}: "
              + format);
    }
    this.lastFirst = last < first;
    this.separator =
        lastFirst
            ? format.substring("{last}".length(), first)
            : format.substring("{first}".length(), last);
  }

  /** Returns the full names' layouts, making them on first use. */
  private FullNames fullNames() {
    FullNames tables = fullNames;
    return tables != null ? tables : (fullNames = new FullNames());
  }

  /** The locale's romanised table {@code <name>_latin}, or {@code names} if it has none. */
  private static WeightedTable latin(String locale, String name, WeightedTable names) {
    String path = Tables.path(locale, name.concat("_latin"));
    return Tables.has(path) ? Tables.weighted(path) : names;
  }

  /**
   * Returns the shared name tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Names of(String locale) {
    return Tables.cached("names:".concat(locale), key -> new Names(locale));
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
    WeightedTable table = lastNames;
    return table != null ? table : (lastNames = Tables.weighted(Tables.path(locale, "last_names")));
  }

  /**
   * Returns the first names written in Latin letters: the locale's {@code first_names_latin} table
   * where its names are in another script (romanised readings in ja_JP), else {@link
   * #firstNames()}.
   *
   * @return the table
   */
  public WeightedTable latinFirstNames() {
    return latinFirstNames;
  }

  /**
   * Returns the surnames written in Latin letters, as {@link #latinFirstNames()} does.
   *
   * @return the table
   */
  public WeightedTable latinLastNames() {
    return latin(locale, "last_names", lastNames());
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
    return lastNames().draw(random);
  }

  /**
   * Draws a full name: the first name, then the surname (or two), written in the locale's order.
   *
   * @param random consumes one value per name part: two, or three with two surnames
   * @return a full name such as {@code Linda Garcia}, {@code María García López} or {@code 山田 太郎}
   */
  public String name(RandomSource random) {
    return fullNames().name(random);
  }

  /**
   * Fills {@code out} with full names, the same as calling {@link #name(RandomSource)} once per
   * slot.
   *
   * @param random consumes two values per name, three with two surnames
   * @param out the names' destination
   */
  public void names(RandomSource random, String[] out) {
    fullNames().names(random, null, out, 0, out.length);
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
    fullNames().names(random, seeds, out, at, count);
  }

  /** The surname table and the byte layouts of the locale's full names. */
  private final class FullNames {
    final WeightedTable lastNames;

    /** The byte layouts, or {@code null} when full names are joined as strings. */
    final WeightedBytes firstBytes;

    final WeightedBytes lastBytes;

    FullNames() {
      this.lastNames = lastNames();
      boolean bytes =
          !lastFirst && separator.equals(" ") && firstNames.latin1() && lastNames.latin1();
      this.firstBytes = bytes ? firstNames.bytes() : null;
      this.lastBytes = bytes ? lastNames.bytes() : null;
    }

    /** {@link Names#name(RandomSource)}. */
    String name(RandomSource random) {
      if (firstBytes == null) {
        String first = firstNames.draw(random);
        String last = lastNames.draw(random);
        return join(first, surnames == 1 ? last : last + ' ' + lastNames.draw(random));
      }
      return name(random, buffer());
    }

    /** Joins two drawn names in the locale's order. */
    private String join(String first, String last) {
      return lastFirst ? last + separator + first : first + separator + last;
    }

    /** A buffer with room for the longest full name and the copies' overrun. */
    private byte[] buffer() {
      return new byte
          [firstBytes.maxLength()
              + surnames * (1 + lastBytes.maxLength())
              + 2 * WeightedBytes.SLACK];
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

    /** {@link Names#names(RandomSource, long[], Object[], int, int)}. */
    void names(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      if (firstBytes == null) {
        joined(random, seeds, out, at, count);
        return;
      }
      if (surnames == 2) {
        twoSurnames(random, seeds, out, at, count);
        return;
      }
      int block = Math.min(BLOCK, count);
      long[] draws = new long[2 * block];
      byte[] buffer = buffer();
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

    /** {@link #names(RandomSource, long[], Object[], int, int)} for names joined as strings. */
    private void joined(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      int parts = 1 + surnames;
      int block = Math.min(BLOCK, count);
      long[] draws = new long[parts * block];
      for (int start = 0; start < count; start += BLOCK) {
        int n = Math.min(BLOCK, count - start);
        random.nextLongs(seeds, start, n, parts, draws);
        for (int k = 0, d = 0; k < n; k++, d += parts) {
          String last = lastNames.value(lastNames.drawIndex(draws[d + 1]));
          if (surnames == 2) {
            last = last + ' ' + lastNames.value(lastNames.drawIndex(draws[d + 2]));
          }
          out[at + start + k] = join(firstNames.value(firstNames.drawIndex(draws[d])), last);
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
}
