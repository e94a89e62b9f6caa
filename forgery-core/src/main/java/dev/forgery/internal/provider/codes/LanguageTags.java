package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import java.util.Locale;

/**
 * Locales of a language and a country ({@code fr-CA}), the languages the countries of the table
 * {@code codes/locales} speak, sorted, rather than {@link Locale#getAvailableLocales()}, which
 * differs between JDK versions.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * Returns every tag of the table, in its sorted order, the order of {@link #locales()}.
   *
   * @return the tags, shared and never modified
   */
  public static String[] tags() {
    return Tables.list("codes/locales");
  }

  /**
   * Returns every locale of the table, in its sorted order; the array is shared and never modified.
   *
   * @return the locales
   */
  public static Locale[] locales() {
    return Tables.parsed("codes/locales", Locale::forLanguageTag, Locale[]::new);
  }
}
