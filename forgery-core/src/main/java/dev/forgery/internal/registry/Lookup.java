package dev.forgery.internal.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Finds provider definitions by name: a locale's registry, possibly with custom providers. */
public interface Lookup {
  /**
   * Returns the provider called {@code name} or one of its aliases, in any spelling ({@code
   * safe_email}, {@code safeEmail}, {@code SAFE-EMAIL}), or {@code null}.
   *
   * @param name a provider name
   * @return the definition or {@code null}
   */
  ProviderDef find(String name);

  /**
   * Returns the canonical names of every provider, sorted.
   *
   * @return the names
   */
  List<String> names();

  /**
   * Returns the locale tag the providers are bound to.
   *
   * @return e.g. {@code en_US}
   */
  String locale();

  /**
   * Returns the reference date relative providers count from: {@code pastDate}, {@code futureDate}
   * and the ages of {@code dateOfBirth}.
   *
   * @return the date the providers call today
   */
  LocalDate today();

  /**
   * Normalises a provider name: case, underscores and hyphens do not matter.
   *
   * @param name a provider name
   * @return the lookup key
   */
  static String key(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
