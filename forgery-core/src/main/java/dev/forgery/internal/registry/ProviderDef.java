package dev.forgery.internal.registry;

import dev.forgery.internal.data.MissingLocaleData;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one definition of a provider: its name, aliases, value type, arguments with their defaults,
 * and how to bind it to a locale and arguments. Every entry point (the faker's methods, {@code
 * generate}, schemas, records and objects, the JUnit extension) reaches a provider through its
 * definition, so a word means the same thing everywhere.
 *
 * <p>A definition may also be <em>declared</em> ahead of itself ({@link #declared}): its name, type
 * and aliases known from an index, and the rest (parameters, summary, binding) read from the real
 * definition the first time they are needed. The built-ins are declared this way, so a faker can
 * find, infer and list providers without making the definitions of families it never draws from;
 * see {@code BuiltIns}.
 */
public final class ProviderDef {
  /** Binds a definition to a locale and checked arguments. */
  @FunctionalInterface
  public interface Binder {
    /**
     * Makes the generator.
     *
     * @param locale the locale tag, e.g. {@code en_US}
     * @param args the arguments, checked against the definition's parameters
     * @return the generator
     * @throws IllegalArgumentException if an argument is invalid
     */
    Generator bind(String locale, Args args);
  }

  private final String name;
  private final Class<?> type;
  private final List<String> aliases;
  private final List<Param> params;
  private final String summary;
  private final Binder binder;

  /** Makes the real definition of a declared one; {@code null} for a definition itself. */
  private final Supplier<ProviderDef> source;

  /** The real definition once {@link #source} made it; {@code this} for a definition itself. */
  private volatile ProviderDef definition;

  private ProviderDef(
      String name,
      Class<?> type,
      List<String> aliases,
      List<Param> params,
      String summary,
      Binder binder) {
    this.name = name;
    this.type = type;
    this.aliases = List.copyOf(aliases);
    this.params = List.copyOf(params);
    this.summary = summary;
    this.binder = binder;
    this.source = null;
    this.definition = this;
  }

  private ProviderDef(
      String name, Class<?> type, List<String> aliases, Supplier<ProviderDef> source) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.aliases = List.copyOf(aliases);
    this.params = null;
    this.summary = null;
    this.binder = null;
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Declares a provider by what lookups and inference need, its name, type and aliases, ahead of
   * its definition. Everything else comes from {@code source} when first asked for, which must give
   * a definition with the same name, type and aliases.
   *
   * @param name the canonical camelCase name
   * @param type the class of the values
   * @param aliases the aliases in camelCase, in their defined order
   * @param source makes (or finds) the real definition; called at most a few times, racing threads
   *     may each call it, and every call must give the same definition
   * @return the declared provider
   */
  public static ProviderDef declared(
      String name, Class<?> type, List<String> aliases, Supplier<ProviderDef> source) {
    return new ProviderDef(name, type, aliases, source);
  }

  /** The real definition: this one, or the one a declaration stands for, made on first use. */
  private ProviderDef definition() {
    ProviderDef found = definition;
    if (found == null) {
      found = source.get();
      if (found == null
          || found.source != null
          || !found.name.equals(name)
          || !found.type.equals(type)
          || !found.aliases.equals(aliases)) {
        throw new IllegalStateException(
            "provider '"
                + name
                + "' ("
                + type.getName()
                + ", aliases "
                + aliases
                + ") is declared, but its definition is "
                + (found == null
                    ? "missing"
                    : "'"
                        + found.name
                        + "' ("
                        + found.type.getName()
                        + ", aliases "
                        + found.aliases
                        + ")")
                + ": the declarations are out of date with the definitions");
      }
      definition = found;
    }
    return found;
  }

  /**
   * Starts a definition.
   *
   * @param name the canonical camelCase name
   * @param type the class of the values, boxed for primitives
   * @param summary one line for listings, e.g. {@code a full name such as "Linda Garcia"}
   * @return a builder
   */
  public static Builder define(String name, Class<?> type, String summary) {
    return new Builder(name, type, summary);
  }

  /** Collects a definition's parts. */
  public static final class Builder {
    private final String name;
    private final Class<?> type;
    private final String summary;
    private List<String> aliases = List.of();
    private List<Param> params = List.of();

    private Builder(String name, Class<?> type, String summary) {
      this.name = Objects.requireNonNull(name);
      this.type = Objects.requireNonNull(type);
      this.summary = Objects.requireNonNull(summary);
    }

    /**
     * Adds other names the provider answers to.
     *
     * @param names the aliases in camelCase
     * @return this builder
     */
    public Builder aliases(String... names) {
      this.aliases = List.of(names);
      return this;
    }

    /**
     * Declares the arguments, in order.
     *
     * @param params the parameters
     * @return this builder
     */
    public Builder params(Param... params) {
      this.params = List.of(params);
      return this;
    }

    /**
     * Finishes a provider without arguments whose generator depends only on the locale.
     *
     * @param perLocale makes the generator for a locale
     * @return the definition
     */
    public ProviderDef draws(java.util.function.Function<String, Generator> perLocale) {
      return binds((locale, args) -> perLocale.apply(locale));
    }

    /**
     * Finishes the definition.
     *
     * @param binder binds it to a locale and arguments
     * @return the definition
     */
    public ProviderDef binds(Binder binder) {
      return new ProviderDef(name, type, aliases, params, summary, binder);
    }
  }

  /**
   * Returns the canonical camelCase name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the class of the values.
   *
   * @return the value type
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the other names this provider answers to.
   *
   * @return the aliases
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Returns the arguments, in order.
   *
   * @return the parameters
   */
  public List<Param> params() {
    return definition().params;
  }

  /**
   * Returns one line describing the provider.
   *
   * @return the summary
   */
  public String summary() {
    return definition().summary;
  }

  /**
   * Binds this provider to a lookup's locale and reference date, and to arguments.
   *
   * @param lookup the providers the binding happens among: its locale and {@code today()}, and the
   *     providers a template may name
   * @param args the arguments as given
   * @param where how messages name the caller, e.g. {@code field 'age' (int)}
   * @return the generator
   * @throws IllegalArgumentException if the arguments do not fit; the message starts with {@code
   *     where}
   */
  public Generator bind(Lookup lookup, List<?> args, String where) {
    return bind(new Args(where, this, args, false, lookup));
  }

  /**
   * Binds this provider to arguments written as text, as in annotations and on a command line:
   * {@code "18"} is read as a number where the provider wants one.
   *
   * @param lookup the providers the binding happens among
   * @param args the arguments as text
   * @param where how messages name the caller
   * @return the generator
   * @throws IllegalArgumentException if the arguments do not fit
   */
  public Generator bindText(Lookup lookup, List<String> args, String where) {
    return bind(new Args(where, this, args, true, lookup));
  }

  private Generator bind(Args checked) {
    Lookup lookup = checked.lookup();
    Generator generator;
    try {
      generator = definition().binder.bind(lookup.locale(), checked);
    } catch (MissingLocaleData e) {
      IllegalArgumentException failure =
          checked.fail(
              "provider '"
                  + name
                  + "' is not available in locale "
                  + e.locale()
                  + ": the locale has no '"
                  + e.table()
                  + "' data, and a locale never borrows another country's; providers of "
                  + e.locale()
                  + ": "
                  + (lookup instanceof Registry registry ? registry.available() : lookup.names()));
      failure.initCause(e);
      throw failure;
    }
    checked.checkAllUsed();
    return generator;
  }

  /**
   * Tells whether this provider has the data it needs in a locale, by binding it to its defaults
   * there.
   *
   * @param lookup the locale's providers
   * @return {@code false} only if the locale lacks a table the provider reads
   */
  boolean availableIn(Lookup lookup) {
    try {
      definition().binder.bind(lookup.locale(), new Args(name, this, List.of(), false, lookup));
      return true;
    } catch (MissingLocaleData e) {
      return false;
    } catch (RuntimeException e) {
      // Needs arguments, or fails for another reason that is not the locale's data.
      return true;
    }
  }

  /**
   * Describes the provider with its arguments, e.g. {@code integer(min: int = 0, max: int = 100)}.
   *
   * @return the signature
   */
  public String signature() {
    StringBuilder sb = new StringBuilder(name);
    List<Param> params = params();
    if (!params.isEmpty()) {
      sb.append('(');
      for (int i = 0; i < params.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(params.get(i));
      }
      sb.append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return signature();
  }
}
