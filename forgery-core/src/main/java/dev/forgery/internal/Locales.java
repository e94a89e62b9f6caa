package dev.forgery.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The locales forgery has data for, the parsing of user-supplied locale names, and the chain a
 * locale's data tables are looked up along.
 *
 * <p>A locale is a language and a country ({@code de_DE}). A bare language ({@code de}) selects the
 * one country forgery pairs with it, listed in {@link #BY_LANGUAGE}: the country where most of its
 * speakers live, so {@code en} is {@code en_US} and {@code de} is {@code de_DE}.
 *
 * <p>A table {@code <locale>/<name>} is read from the first folder of {@link #chain} that has it:
 * the locale ({@code de_DE}), then its language ({@code de}, a fallback parent for data such as
 * words that are the same in every country of the language, never selected by users), then {@code
 * root} (data of no country: the top-level domains, and the English lorem words that stand in for
 * the text of every language without a corpus of its own; {@code de/}, {@code es/}, {@code fr/} and
 * {@code it/lorem_words} take their place by the same chain, and {@code ja/lorem_unspaced_words}
 * holds the Japanese words, written without spaces). The chain never passes through another
 * country, so an address, phone number or name never comes from another country's data: a provider
 * whose tables the chain lacks is not available in the locale (see {@link
 * dev.forgery.internal.data.MissingLocaleData}).
 */
public final class Locales {
  /** Supported locale tags in the form used for data folders. */
  public static final List<String> SUPPORTED =
      List.of("de_DE", "en_GB", "en_US", "es_ES", "fr_FR", "it_IT", "ja_JP");

  /** The locale a bare language selects. */
  public static final Map<String, String> BY_LANGUAGE =
      Map.of(
          "de", "de_DE", "en", "en_US", "es", "es_ES", "fr", "fr_FR", "it", "it_IT", "ja", "ja_JP");

  /** The folder of data that belongs to no language, last in every chain. */
  public static final String ROOT = "root";

  private Locales() {}

  /**
   * Normalises {@code de_DE}, {@code de-DE}, {@code de_de} or the bare language {@code de} to
   * {@code de_DE}.
   *
   * @param name a locale name
   * @return the supported tag
   * @throws IllegalArgumentException if the locale is not supported, listing the supported ones
   */
  public static String tag(String name) {
    if (name == null) {
      throw new IllegalArgumentException(
          "locale must not be null; supported locales: " + SUPPORTED);
    }
    if (SUPPORTED.contains(name)) {
      return name; // already a tag: every faker's locale passes here when it is made
    }
    String normalised = name.trim().replace('-', '_');
    int underscore = normalised.indexOf('_');
    if (underscore > 0) {
      normalised =
          normalised.substring(0, underscore).toLowerCase(Locale.ROOT)
              + '_'
              + normalised.substring(underscore + 1).toUpperCase(Locale.ROOT);
    } else {
      normalised = BY_LANGUAGE.getOrDefault(normalised.toLowerCase(Locale.ROOT), normalised);
    }
    if (SUPPORTED.contains(normalised)) {
      return normalised;
    }
    String suggestion = Suggestions.closest(name, SUPPORTED);
    throw new IllegalArgumentException(
        "locale '"
            + name
            + "' is not supported"
            + suggestion
            + "; supported locales: "
            + SUPPORTED
            + " (or a bare language: "
            + BY_LANGUAGE.keySet().stream().sorted().toList()
            + ")");
  }

  /**
   * Converts a {@link Locale} such as {@link Locale#GERMANY} (or {@link Locale#GERMAN}, a bare
   * language) to its supported tag.
   *
   * @param locale a locale with a language and usually a country
   * @return the supported tag
   * @throws IllegalArgumentException if the locale is not supported
   */
  public static String tag(Locale locale) {
    if (locale == null) {
      throw new IllegalArgumentException(
          "locale must not be null; supported locales: " + SUPPORTED);
    }
    return tag(
        locale.getCountry().isEmpty()
            ? locale.getLanguage()
            : locale.getLanguage() + '_' + locale.getCountry());
  }

  /**
   * Converts a supported tag back to a {@link Locale}.
   *
   * @param tag a supported tag
   * @return the locale
   */
  public static Locale toLocale(String tag) {
    return Locale.forLanguageTag(tag.replace('_', '-'));
  }

  /**
   * Returns the folders a table of {@code tag} is looked up in, in order: the locale, its language,
   * and {@link #ROOT}.
   *
   * @param tag a locale tag such as {@code de_DE}
   * @return the chain, e.g. {@code [de_DE, de, root]}
   */
  public static List<String> chain(String tag) {
    int underscore = tag.indexOf('_');
    return underscore < 0 ? List.of(tag, ROOT) : List.of(tag, tag.substring(0, underscore), ROOT);
  }
}
