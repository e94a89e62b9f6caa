package dev.forgery.internal.provider.books;

import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the providers of book titles, authors and genres. */
public final class BookProviders {
  private BookProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL = List.of();
}
