package dev.forgery;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.schema.ProviderRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The built-in providers by name: what {@link Faker#generate(String)}, schemas and the JUnit
 * extension resolve a provider name against.
 *
 * <p>Names are matched without regard to case or underscores, so {@code safe_email}, {@code
 * safeEmail} and {@code SAFE_EMAIL} are one provider. Each new provider adds one line to {@link
 * #BUILT_INS}.
 */
final class Catalogue {
  /**
   * One provider: its canonical camelCase name, its value type, how to draw one value and,
   * optionally, a column of independently seeded values at once (see {@link ProviderRef.Column}).
   */
  record Entry(String name, Class<?> type, Function<Faker, ?> single, ProviderRef.Column column) {}

  private static final Map<String, Entry> BUILT_INS = new TreeMap<>();

  static {
    add("name", String.class, Faker::name, Faker::nameColumn);
    add("firstName", String.class, Faker::firstName);
    add("lastName", String.class, Faker::lastName);
    add("email", String.class, Faker::email, Faker::emailColumn);
    add("safeEmail", String.class, Faker::safeEmail);
    add("freeEmail", String.class, Faker::freeEmail);
    add("uuid", java.util.UUID.class, Faker::uuid, Faker::uuidColumn);
    add("bool", Boolean.class, Faker::bool);
    // address
    add("address", String.class, Faker::address);
    add("streetAddress", String.class, Faker::streetAddress);
    add("city", String.class, Faker::city, Faker::cityColumn);
    add("state", String.class, Faker::state, Faker::stateColumn);
    add("stateAbbr", String.class, Faker::stateAbbr, Faker::stateAbbrColumn);
    add("postcode", String.class, Faker::postcode, Faker::postcodeColumn);
    add("country", String.class, Faker::country);
    add("countryCode", String.class, Faker::countryCode);

    // phone
    add("phoneNumber", String.class, Faker::phoneNumber);

    // finance
    add("creditCardNumber", String.class, (Faker f) -> f.creditCardNumber());
    add("formattedCreditCardNumber", String.class, (Faker f) -> f.formattedCreditCardNumber());
    add("iban", String.class, (Faker f) -> f.iban());

    // datetime
    add("date", java.time.LocalDate.class, Faker::date);
    add("dateOfBirth", java.time.LocalDate.class, Faker::dateOfBirth);
    add("dateTime", java.time.LocalDateTime.class, Faker::dateTime);

    // text
    add("word", String.class, Faker::word);
    add("sentence", String.class, Faker::sentence);
    add("paragraph", String.class, Faker::paragraph);
    add("text", String.class, Faker::text);

    // identifiers
    add("md5", String.class, Faker::md5);
    add("sha256", String.class, Faker::sha256);

    // company
    add("company", String.class, Faker::company);
    add("job", String.class, Faker::job);
    add("catchPhrase", String.class, Faker::catchPhrase);

    // internet
    add("url", String.class, Faker::url);
    add("safeUrl", String.class, Faker::safeUrl);
    add("domainName", String.class, Faker::domainName);
    add("safeDomainName", String.class, Faker::safeDomainName);
    add("ipv4", String.class, Faker::ipv4);
    add("safeIpv4", String.class, Faker::safeIpv4);
    add("ipv6", String.class, Faker::ipv6);
    add("safeIpv6", String.class, Faker::safeIpv6);
    add("macAddress", String.class, Faker::macAddress);

    // color
    add("color", String.class, Faker::color);
    add("colorWithHex", String.class, Faker::colorWithHex);
    add("hexColor", String.class, Faker::hexColor);
    add("rgbColor", String.class, Faker::rgbColor);
  }

  private Catalogue() {}

  private static void add(String name, Class<?> type, Function<Faker, ?> single) {
    add(name, type, single, null);
  }

  private static void add(
      String name, Class<?> type, Function<Faker, ?> single, ProviderRef.Column column) {
    Entry previous = BUILT_INS.put(key(name), new Entry(name, type, single, column));
    if (previous != null) {
      throw new AssertionError("duplicate provider " + name);
    }
  }

  /**
   * Normalises a provider name: case and underscores do not matter.
   *
   * @param name a provider name
   * @return the lookup key
   */
  static String key(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the built-in provider called {@code name}, or {@code null}.
   *
   * @param name any spelling of a provider name
   * @return the entry or {@code null}
   */
  static Entry builtIn(String name) {
    return BUILT_INS.get(key(name));
  }

  /**
   * Returns the canonical names of all built-in providers, sorted.
   *
   * @return an unmodifiable list
   */
  static List<String> builtInNames() {
    List<String> names = new ArrayList<>(BUILT_INS.size());
    for (Entry entry : BUILT_INS.values()) {
      names.add(entry.name());
    }
    Collections.sort(names);
    return Collections.unmodifiableList(names);
  }

  /**
   * Builds the exception for an unknown provider name, suggesting the closest known names.
   *
   * @param argument the argument or field that named it, for the message
   * @param name the unknown name
   * @param known every valid name
   * @return the exception to throw
   */
  static IllegalArgumentException unknown(String argument, String name, List<String> known) {
    return new IllegalArgumentException(
        argument
            + " '"
            + name
            + "' is not a known provider"
            + Suggestions.closest(name, known)
            + "; known providers: "
            + known);
  }
}
