package dev.forgery.internal;

import java.util.List;
import java.util.Locale;

/** The locales forgery has data for, and the parsing of user-supplied locale names. */
public final class Locales {
  /** Supported locale tags in the form used for data folders. */
  public static final List<String> SUPPORTED = List.of("en_US");

  private Locales() {}

  /**
   * Normalises {@code en_US}, {@code en-US} or {@code en_us} to {@code en_US}.
   *
   * @param name a locale name
   * @return the supported tag
   * @throws IllegalArgumentException if the locale is not supported, listing the supported ones
   */
  public static String tag(String name) {
    if (name == null) {
      throw new IllegalArgumentException("locale must not be null; supported: " + SUPPORTED);
    }
    String normalised = name.trim().replace('-', '_');
    int underscore = normalised.indexOf('_');
    if (underscore > 0) {
      normalised =
          normalised.substring(0, underscore).toLowerCase(Locale.ROOT)
              + '_'
              + normalised.substring(underscore + 1).toUpperCase(Locale.ROOT);
    } else {
      normalised = normalised.toLowerCase(Locale.ROOT);
    }
    if (SUPPORTED.contains(normalised)) {
      return normalised;
    }
    throw new IllegalArgumentException(
        "locale '"
            + name
            + "' is not supported"
            + Suggestions.closest(name, SUPPORTED)
            + "; supported locales: "
            + SUPPORTED);
  }

  /**
   * Converts a {@link Locale} such as {@link Locale#US} to its supported tag.
   *
   * @param locale a locale with language and country
   * @return the supported tag
   * @throws IllegalArgumentException if the locale is not supported
   */
  public static String tag(Locale locale) {
    if (locale == null) {
      throw new IllegalArgumentException("locale must not be null; supported: " + SUPPORTED);
    }
    return tag(locale.getLanguage() + '_' + locale.getCountry());
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
}
