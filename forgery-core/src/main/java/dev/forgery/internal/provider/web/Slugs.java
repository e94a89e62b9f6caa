package dev.forgery.internal.provider.web;

import dev.forgery.internal.data.Columns;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Slugs such as {@code "quick-brown-fox"} and file-name stems such as {@code "annual_report"}: a
 * few distinct lower-case words of the locale's lorem table joined by a separator.
 *
 * <p>The words are the table's content words: those of three or more lower-case letters outside its
 * head, the most frequent function words ({@code the}, {@code of}, {@code and}...) that the table
 * weights by Zipf's law. The others share the table's base weight and are drawn uniformly here. For
 * en_US that leaves 864 words.
 *
 * <p>Draws: the first value chooses the word count with its top two bits and the first word with
 * its low 32 bits; each further word takes one value, and one more for each redraw of a word
 * already in the slug (rare: at most three in 864).
 */
public final class Slugs {
  /** Word counts of a slug by two random bits: 2, 3, 3 or 4 words. */
  private static final int[] SLUG_WORDS = {2, 3, 3, 4};

  /** Word counts of a file-name stem by two random bits: 1, 2, 2 or 3 words. */
  private static final int[] STEM_WORDS = {1, 2, 2, 3};

  private final byte[][] bytes;

  Slugs(String[] words) {
    this.bytes = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      bytes[i] = words[i].getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Returns the shared slug words of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Slugs of(String locale) {
    return Tables.cached(
        "slugs:" + locale,
        key -> {
          Columns table = Columns.of(locale + "/lorem_words");
          return new Slugs(contentWords(table.first(), table.secondAsInts()));
        });
  }

  /**
   * Keeps the words of three or more lower-case ASCII letters whose weight is at most the table's
   * base weight (its smallest, or one more, as integer rounding leaves it).
   */
  static String[] contentWords(String[] words, int[] weights) {
    int base = Integer.MAX_VALUE;
    for (int w : weights) {
      base = Math.min(base, w);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (weights[i] <= base + 1 && lowerCaseWord(words[i])) {
        out.add(words[i]);
      }
    }
    if (out.size() < 100) {
      throw new IllegalStateException(
          "the lorem table has only " + out.size() + " content words; slugs need at least 100");
    }
    return out.toArray(new String[0]);
  }

  /**
   * Tells whether {@code word} is three or more lower-case ASCII letters: what {@code
   * word.matches("[a-z]{3,}")} says, without compiling that pattern for each of the lorem table's
   * words on the way to a first slug.
   */
  private static boolean lowerCaseWord(String word) {
    if (word.length() < 3) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Draws a slug: two to four distinct words (three most often) joined by hyphens.
   *
   * @param random consumes one value per word, plus one per redraw
   * @return a slug such as {@code "quick-brown-fox"}
   */
  public String slug(RandomSource random) {
    return join(random, SLUG_WORDS, (byte) '-');
  }

  /**
   * Draws a file-name stem: one to three distinct words (two most often) joined by underscores.
   *
   * @param random consumes one value per word, plus one per redraw
   * @return a stem such as {@code "annual_report"}
   */
  public String stem(RandomSource random) {
    return join(random, STEM_WORDS, (byte) '_');
  }

  private String join(RandomSource random, int[] counts, byte separator) {
    long bits = random.nextLong();
    int count = counts[(int) (bits >>> 62)];
    int n = bytes.length;
    int[] picked = new int[count];
    picked[0] = RandomSource.index(bits & 0xFFFF_FFFFL, n);
    int length = bytes[picked[0]].length;
    for (int w = 1; w < count; w++) {
      int index;
      do {
        index = RandomSource.index(random.nextLong() >>> 32, n);
      } while (contains(picked, w, index));
      picked[w] = index;
      length += 1 + bytes[index].length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        out[at++] = separator;
      }
      byte[] word = bytes[picked[w]];
      System.arraycopy(word, 0, out, at, word.length);
      at += word.length;
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
