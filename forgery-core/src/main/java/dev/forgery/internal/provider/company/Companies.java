package dev.forgery.internal.provider.company;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.random.RandomSource;

/**
 * Company names built from real surnames, job titles and marketing catch phrases.
 *
 * <p>Names follow the patterns of real US firms: {@code Smith LLC} (about 55%), {@code
 * Garcia-Miller} (15%), {@code Johnson & Lee} (15%) and {@code Garcia, Miller and Lee} (15%), with
 * surnames drawn by census frequency and entity suffixes weighted toward LLC and Inc.
 *
 * <p>A locale whose legal form is not a suffix after a space says how its names are written in a
 * {@code company_formats} table: weighted templates of a surname and a line of business from its
 * {@code company_categories} table, {@code 株式会社{last}{category}} or {@code {last}{category}株式会社} in
 * ja_JP.
 */
public final class Companies {
  private final WeightedTable lastNames;
  private final WeightedTable suffixes;

  /** The word before the last of three names: {@code " and "}, in German {@code " und "}. */
  private final String and;

  /**
   * The weighted {@code company_formats} templates, or {@code null}; each template's text before
   * {@code {last}}, between {@code {last}} and {@code {category}}, and after, in {@link #parts}.
   */
  private final WeightedTable formats;

  private final String[][] parts;
  private final WeightedTable categories;

  private Companies(String locale) {
    this.lastNames = Names.of(locale).lastNames();
    if (Tables.has(locale + "/company_formats")) {
      this.formats = Tables.weighted(locale + "/company_formats");
      this.categories = Tables.weighted(locale + "/company_categories");
      this.parts = new String[formats.size()][];
      for (int i = 0; i < parts.length; i++) {
        String template = formats.value(i);
        int last = template.indexOf("{last}");
        int category = template.indexOf("{category}");
        if (last < 0 || category < last) {
          throw new IllegalStateException(
              locale + "/company_formats needs {last} then {category}: " + template);
        }
        parts[i] =
            new String[] {
              template.substring(0, last),
              template.substring(last + "{last}".length(), category),
              template.substring(category + "{category}".length())
            };
      }
      this.suffixes = null;
      this.and = null;
    } else {
      this.formats = null;
      this.parts = null;
      this.categories = null;
      this.suffixes = Tables.weighted(locale + "/company_suffixes");
      this.and = ' ' + Tables.list(locale + "/company_and")[0] + ' ';
    }
  }

  /**
   * Returns the shared company-name tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Companies of(String locale) {
    return Tables.cached("companies:" + locale, key -> new Companies(locale));
  }

  /**
   * Returns the shared job titles and catch-phrase words of a locale, loaded apart from the company
   * names: a locale may have legal forms for names but no job or phrase lists.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Phrases phrases(String locale) {
    return Tables.cached("company-phrases:" + locale, key -> new Phrases(locale));
  }

  /**
   * Draws a company name.
   *
   * @param random consumes three or four values
   * @return a name such as {@code "Johnson Group"}
   */
  public String company(RandomSource random) {
    if (formats != null) {
      String[] p = parts[formats.drawIndex(random.nextLong())];
      String last = lastNames.draw(random);
      return p[0] + last + p[1] + categories.draw(random) + p[2];
    }
    int pattern = (int) (random.nextLong() >>> 57); // 0..127
    // A name opens with a capital even where the surname starts with a particle: "De la Fuente
    // S.L.", as a Spanish surname is written at the start of a phrase.
    String a = capitalised(lastNames.draw(random));
    if (pattern < 70) {
      return a + ' ' + suffixes.draw(random);
    }
    String b = lastNames.draw(random);
    if (pattern < 89) {
      return a + '-' + b;
    }
    if (pattern < 108) {
      return a + " & " + b;
    }
    return a + ", " + b + and + lastNames.draw(random);
  }

  /** Returns the name with its first letter in upper case; most names are returned as they are. */
  private static String capitalised(String name) {
    return Character.isLowerCase(name.charAt(0))
        ? Character.toUpperCase(name.charAt(0)) + name.substring(1)
        : name;
  }

  /** Job titles and catch phrases of one locale. */
  public static final class Phrases {
    private final String[] jobs;
    private final String[] adjectives;
    private final String[] descriptors;
    private final String[] nouns;

    private Phrases(String locale) {
      this.jobs = Tables.list(locale + "/jobs");
      this.adjectives = Tables.list(locale + "/catch_phrase_adjectives");
      this.descriptors = Tables.list(locale + "/catch_phrase_descriptors");
      this.nouns = Tables.list(locale + "/catch_phrase_nouns");
    }

    /**
     * Draws a job title.
     *
     * @param random consumes one value
     * @return a title such as {@code "Registered Nurse"}
     */
    public String job(RandomSource random) {
      return jobs[RandomSource.index(random.nextLong() >>> 32, jobs.length)];
    }

    /**
     * Draws a catch phrase: adjective, descriptor and noun.
     *
     * @param random consumes one value
     * @return a phrase such as {@code "Adaptive 24/7 access"}
     */
    public String catchPhrase(RandomSource random) {
      long bits = random.nextLong();
      // Three 21-bit fields, each mapped onto its list by multiply-shift.
      return adjectives[pick(bits >>> 43, adjectives.length)]
          + ' '
          + descriptors[pick((bits >>> 22) & 0x1F_FFFFL, descriptors.length)]
          + ' '
          + nouns[pick(bits & 0x1F_FFFFL, nouns.length)];
    }

    private static int pick(long bits21, int size) {
      return (int) ((bits21 * size) >>> 21);
    }
  }
}
