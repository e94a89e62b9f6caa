package dev.forgery.internal.schema;

import java.util.List;

/** Finds providers by name for the schema parser, without exposing the catalogue itself. */
public interface ProviderLookup {
  /**
   * Returns the provider called {@code name} in any spelling, or {@code null}.
   *
   * @param name a provider name
   * @return the provider or {@code null}
   */
  ProviderRef find(String name);

  /**
   * Returns every provider name, for suggestions.
   *
   * @return the canonical names
   */
  List<String> names();
}
