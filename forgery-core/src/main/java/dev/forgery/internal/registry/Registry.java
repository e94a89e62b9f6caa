package dev.forgery.internal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The providers of one locale, built from their definitions: lookup by name or alias in any
 * spelling, every name for suggestions, and each provider bound to its default arguments once.
 * Immutable after construction apart from that cache; safe to share between threads.
 */
public final class Registry implements Lookup {
  private final String locale;
  private final LocalDate today;

  /** Every name and alias by its {@link Lookup#key}: only looked up, never listed. */
  private final Map<String, ProviderDef> byKey = new HashMap<>();

  /** Canonical names only, as written: the typed methods' lookup, with no normalising. */
  private final Map<String, ProviderDef> byName = new HashMap<>();

  private final List<ProviderDef> defs;
  private final List<String> names;
  private final Map<ProviderDef, Generator> defaults = new ConcurrentHashMap<>();

  /** The names of {@link #available()}, once computed; racing threads compute the same list. */
  private volatile List<String> available;

  /**
   * Builds a registry.
   *
   * @param locale the locale tag
   * @param today the reference date of relative providers
   * @param definitions every provider, each name and alias used once
   * @throws IllegalStateException if two definitions claim the same name or alias
   */
  public Registry(String locale, LocalDate today, Collection<ProviderDef> definitions) {
    this.locale = locale;
    this.today = Objects.requireNonNull(today, "today");
    this.defs = List.copyOf(definitions);
    List<String> canonical = new ArrayList<>();
    for (ProviderDef def : defs) {
      canonical.add(def.name());
      byName.put(def.name(), def);
      claim(def.name(), def);
      for (String alias : def.aliases()) {
        claim(alias, def);
      }
    }
    Collections.sort(canonical);
    this.names = List.copyOf(canonical);
  }

  private void claim(String name, ProviderDef def) {
    ProviderDef previous = byKey.put(Lookup.key(name), def);
    if (previous != null) {
      throw new IllegalStateException(
          "'" + name + "' names both " + previous.name() + " and " + def.name());
    }
  }

  @Override
  public ProviderDef find(String name) {
    return name == null ? null : byKey.get(Lookup.key(name));
  }

  /**
   * Returns the built-in provider of exactly this canonical name, without the normalising {@link
   * #find} does for names written in any spelling.
   *
   * @param canonical a canonical name such as {@code streetName}
   * @return the definition, or {@code null}
   */
  public ProviderDef named(String canonical) {
    return byName.get(canonical);
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public String locale() {
    return locale;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  /**
   * Returns the canonical names of the providers that have their data in this locale, sorted;
   * computed on first use by binding each provider to its defaults (which loads the locale's
   * tables).
   *
   * @return the available names
   */
  public List<String> available() {
    List<String> list = available;
    if (list == null) {
      List<String> found = new ArrayList<>();
      for (String name : names) {
        if (byName.get(name).availableIn(this)) {
          found.add(name);
        }
      }
      list = List.copyOf(found);
      available = list;
    }
    return list;
  }

  /**
   * Returns the definitions of the providers that have their data in this locale, in declaration
   * order.
   *
   * @return the available definitions
   */
  public List<ProviderDef> availableDefinitions() {
    List<String> names = available();
    return defs.stream().filter(d -> names.contains(d.name())).toList();
  }

  /**
   * Returns every definition, in declaration order.
   *
   * @return the definitions
   */
  public List<ProviderDef> definitions() {
    return defs;
  }

  /**
   * Returns a provider bound to its default arguments, made once per registry.
   *
   * @param def a definition of this registry
   * @return the generator
   */
  public Generator defaults(ProviderDef def) {
    Generator g = defaults.get(def);
    if (g == null) {
      g = def.bind(this, List.of(), def.name());
      Generator raced = defaults.putIfAbsent(def, g);
      return raced == null ? g : raced;
    }
    return g;
  }
}
