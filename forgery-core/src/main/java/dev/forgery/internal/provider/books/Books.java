package dev.forgery.internal.provider.books;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;

/**
 * Book titles, authors and genres from the Project Gutenberg catalogue of public-domain books.
 *
 * <ul>
 *   <li>Titles: the main titles (subtitles cut) of the 3,000 most downloaded English books, every
 *       title equally likely, such as {@code "Pride and Prejudice"}.
 *   <li>Authors: the 1,483 people who wrote them, "First Last", every name equally likely, such as
 *       {@code "Mary Wollstonecraft Shelley"}.
 *   <li>Genres: literary genres weighted by how many of the 10,000 most downloaded English books
 *       the catalogue files under them, so short stories and science fiction come up most.
 * </ul>
 *
 * <p>The tables are English whatever the locale, and load on first use, each on its own.
 */
public final class Books {
  private Books() {}

  /**
   * Returns the titles.
   *
   * @return the shared, never modified array
   */
  public static String[] titles() {
    return Tables.list("books/titles");
  }

  /**
   * Returns the authors.
   *
   * @return the shared, never modified array
   */
  public static String[] authors() {
    return Tables.list("books/authors");
  }

  /**
   * Returns the genres with their weights.
   *
   * @return the shared table
   */
  public static WeightedTable genres() {
    return Tables.weighted("books/genres");
  }

  /**
   * Draws one value of a table, every value equally likely.
   *
   * @param values the table
   * @param random consumes one value
   * @return the value
   */
  static String pick(String[] values, RandomSource random) {
    return values[RandomSource.index(random.nextLong() >>> 32, values.length)];
  }
}
