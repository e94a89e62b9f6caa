package dev.forgery.internal.provider;

import dev.forgery.internal.provider.address.AddressProviders;
import dev.forgery.internal.provider.books.BookProviders;
import dev.forgery.internal.provider.choice.ChoiceProviders;
import dev.forgery.internal.provider.codes.CodeProviders;
import dev.forgery.internal.provider.color.ColorProviders;
import dev.forgery.internal.provider.commerce.CommerceProviders;
import dev.forgery.internal.provider.company.CompanyProviders;
import dev.forgery.internal.provider.datetime.DateProviders;
import dev.forgery.internal.provider.finance.FinanceProviders;
import dev.forgery.internal.provider.identifiers.IdentifierProviders;
import dev.forgery.internal.provider.internet.InternetProviders;
import dev.forgery.internal.provider.names.NameProviders;
import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.provider.pattern.PatternProviders;
import dev.forgery.internal.provider.phone.PhoneProviders;
import dev.forgery.internal.provider.text.TextProviders;
import dev.forgery.internal.provider.web.WebProviders;
import dev.forgery.internal.registry.ProviderDef;
import dev.forgery.internal.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every built-in provider, gathered from the definitions of each domain: adding a provider is one
 * definition in its domain's {@code *Providers} class (plus its data and its test); a new domain
 * adds one {@link Family} here.
 *
 * <p>A faker needs every provider's name, type and aliases from the start (to find a provider by
 * any of its names, to infer one from a field, to suggest the closest names), but the definitions
 * themselves are costly to make: each binds its generator through a lambda, and a JVM spins a class
 * for every lambda the first time it is evaluated, about half a millisecond apiece before the JIT
 * has run. So the registries hold <em>declarations</em> read from a small index, {@value #INDEX},
 * and a family's definitions are made only when one of its providers is first bound or described. A
 * test ({@code ProviderIndexTest}) fails whenever the index differs from the definitions, and every
 * declaration checks its definition when it meets it.
 */
public final class BuiltIns {
  /**
   * The index of the built-ins, beside this class: one provider per line, in {@link #families}
   * order.
   */
  static final String INDEX = "providers.tsv";

  /** Every built-in, declared from the index: the definitions are made family by family on use. */
  public static final List<ProviderDef> DEFINITIONS = declarations();

  /**
   * The registries by locale, then by date. Every faker looks its registry up when it is made, so
   * the look-up hashes the locale and the date as they are: no date formatted into a string, and no
   * key record, whose {@code equals} and {@code hashCode} are made through {@code
   * java.lang.runtime.ObjectMethods} on first use (about 40 ms for a JVM's first record, on the way
   * to its first value).
   */
  private static final Map<String, Map<LocalDate, Registry>> REGISTRIES = new ConcurrentHashMap<>();

  private BuiltIns() {}

  /** The domains of the built-ins, in the order of the index. */
  public enum Family {
    /** Names. */
    NAMES,
    /** Emails, user names, domains, addresses on the network. */
    INTERNET,
    /** Postal addresses and their parts. */
    ADDRESS,
    /** Phone numbers. */
    PHONE,
    /** Cards, IBANs, amounts. */
    FINANCE,
    /** Dates and times. */
    DATETIME,
    /** Words, sentences, paragraphs. */
    TEXT,
    /** UUIDs and digests. */
    IDENTIFIERS,
    /** Companies and jobs. */
    COMPANY,
    /** Colours. */
    COLOR,
    /** Numbers. */
    NUMBERS,
    /** Choices among given values. */
    CHOICE,
    /** Patterns, templates and regular expressions. */
    PATTERN,
    /** Codes with check digits, currencies, letters. */
    CODES,
    /** Products, prices, departments. */
    COMMERCE,
    /** Books. */
    BOOKS,
    /** File names, media types, slugs, passwords, user agents. */
    WEB;

    /**
     * Returns this family's definitions, made the first time any of them is asked for (a class's
     * initialisation, so at most once, and safely from any thread).
     *
     * @return the definitions, in their defined order
     */
    public List<ProviderDef> definitions() {
      switch (this) {
        case NAMES:
          return NameProviders.ALL;
        case INTERNET:
          return InternetProviders.ALL;
        case ADDRESS:
          return AddressProviders.ALL;
        case PHONE:
          return PhoneProviders.ALL;
        case FINANCE:
          return FinanceProviders.ALL;
        case DATETIME:
          return DateProviders.ALL;
        case TEXT:
          return TextProviders.ALL;
        case IDENTIFIERS:
          return IdentifierProviders.ALL;
        case COMPANY:
          return CompanyProviders.ALL;
        case COLOR:
          return ColorProviders.ALL;
        case NUMBERS:
          return NumberProviders.ALL;
        case CHOICE:
          return ChoiceProviders.ALL;
        case PATTERN:
          return PatternProviders.ALL;
        case CODES:
          return CodeProviders.ALL;
        case COMMERCE:
          return CommerceProviders.ALL;
        case BOOKS:
          return BookProviders.ALL;
        case WEB:
          return WebProviders.ALL;
        default:
          throw new AssertionError(this);
      }
    }

    /** The definition called {@code name}, or {@code null} if this family has none. */
    ProviderDef definition(String name) {
      for (ProviderDef def : definitions()) {
        if (def.name().equals(name)) {
          return def;
        }
      }
      return null;
    }
  }

  /**
   * Writes the index the definitions give, as {@value #INDEX} holds it: one line per provider, its
   * family, name, value type and comma-separated aliases, separated by tabs. Makes every
   * definition.
   *
   * @return the index text, each line ending with a line feed
   */
  public static String index() {
    StringBuilder out = new StringBuilder();
    for (Family family : Family.values()) {
      for (ProviderDef def : family.definitions()) {
        out.append(family.name().toLowerCase(Locale.ROOT))
            .append('\t')
            .append(def.name())
            .append('\t')
            .append(def.type().getName())
            .append('\t')
            .append(String.join(",", def.aliases()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Reads the index into declarations, each finding its definition in its family on first use. */
  private static List<ProviderDef> declarations() {
    String text;
    try (InputStream in = BuiltIns.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("the provider index " + INDEX + " is missing from the jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provider index " + INDEX, e);
    }
    List<ProviderDef> all = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length(); // a last line without its line feed
      }
      String[] parts = text.substring(at, end).split("\t", -1);
      at = end + 1;
      Family family = Family.valueOf(parts[0].toUpperCase(Locale.ROOT));
      String name = parts[1];
      List<String> aliases = parts[3].isEmpty() ? List.of() : List.of(parts[3].split(","));
      all.add(ProviderDef.declared(name, type(parts[2]), aliases, () -> family.definition(name)));
    }
    return List.copyOf(all);
  }

  /** A value type of the index: a class of the platform, which its own loader has. */
  private static Class<?> type(String name) {
    try {
      return Class.forName(name, false, BuiltIns.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the provider index names an unknown type " + name, e);
    }
  }

  /**
   * Returns the registry of a supported locale and reference date, built once per JVM for each pair
   * (a process rarely sees more than a few: the current date and the dates tests pin).
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @param today the date relative providers count from
   * @return the registry
   */
  public static Registry registry(String locale, LocalDate today) {
    return REGISTRIES
        .computeIfAbsent(locale, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(today, date -> new Registry(locale, date, DEFINITIONS));
  }

  /**
   * Returns the registry of a supported locale whose reference date is the current date in UTC.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the registry
   */
  public static Registry registry(String locale) {
    return registry(locale, LocalDate.now(ZoneOffset.UTC));
  }
}
