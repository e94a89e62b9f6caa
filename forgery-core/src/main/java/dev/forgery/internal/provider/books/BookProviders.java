package dev.forgery.internal.provider.books;

import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of book titles, authors and genres; the tables are in {@link
 * Books}.
 */
public final class BookProviders {
  private BookProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "bookTitle", String.class, "a public-domain book title such as \"Dracula\"")
              .aliases("bookName", "book")
              .draws(locale -> table(Books.titles())),
          ProviderDef.define(
                  "author", String.class, "a public-domain author such as \"Jane Austen\"")
              .aliases("writer", "bookAuthor")
              .draws(locale -> table(Books.authors())),
          ProviderDef.define("genre", String.class, "a literary genre such as \"Science Fiction\"")
              .aliases("bookGenre", "literaryGenre")
              .draws(
                  locale -> {
                    WeightedTable genres = Books.genres();
                    return Generator.of(String.class, genres::draw, genres::fill, genres.values());
                  }));

  private static Generator table(String[] values) {
    return Generator.of(String.class, random -> Books.pick(values, random), null, values);
  }
}
