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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every built-in provider, gathered from the definitions of each domain: adding a provider is one
 * definition in its domain's {@code *Providers} class (plus its data and its test); a new domain
 * adds one line here.
 */
public final class BuiltIns {
  /** Every definition, by domain. */
  public static final List<ProviderDef> DEFINITIONS = definitions();

  /**
   * The registries by locale, then by date. Every faker looks its registry up when it is made, so
   * the look-up hashes the locale and the date as they are: no date formatted into a string, and no
   * key record, whose {@code equals} and {@code hashCode} are made through {@code
   * java.lang.runtime.ObjectMethods} on first use (about 40 ms for a JVM's first record, on the way
   * to its first value).
   */
  private static final Map<String, Map<LocalDate, Registry>> REGISTRIES = new ConcurrentHashMap<>();

  private BuiltIns() {}

  private static List<ProviderDef> definitions() {
    List<ProviderDef> all = new ArrayList<>();
    all.addAll(NameProviders.ALL);
    all.addAll(InternetProviders.ALL);
    all.addAll(AddressProviders.ALL);
    all.addAll(PhoneProviders.ALL);
    all.addAll(FinanceProviders.ALL);
    all.addAll(DateProviders.ALL);
    all.addAll(TextProviders.ALL);
    all.addAll(IdentifierProviders.ALL);
    all.addAll(CompanyProviders.ALL);
    all.addAll(ColorProviders.ALL);
    all.addAll(NumberProviders.ALL);
    all.addAll(ChoiceProviders.ALL);
    all.addAll(PatternProviders.ALL);
    all.addAll(CodeProviders.ALL);
    all.addAll(CommerceProviders.ALL);
    all.addAll(BookProviders.ALL);
    all.addAll(WebProviders.ALL);
    return List.copyOf(all);
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
