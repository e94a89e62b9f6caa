package dev.forgery;

import dev.forgery.internal.Checks;
import dev.forgery.internal.Locales;
import dev.forgery.internal.provider.identifiers.Identifiers;
import dev.forgery.internal.provider.internet.Emails;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.provider.numbers.Numbers;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A seeded generator of realistic fake data for one locale.
 *
 * <p>Every provider has a single-value method ({@link #name()}) and a batch method that returns
 * exactly {@code n} values in one call ({@link #names(int)}); the batch is the fast path. After the
 * same {@link #seed(long)}, a batch equals the same number of single calls, value for value.
 *
 * <pre>{@code
 * Faker faker = new Faker("en_US", 42L);
 * List<String> emails = faker.emails(100_000);
 * String name = faker.name();
 * }</pre>
 *
 * <p>The same forgery version, locale and seed give the same values on every JVM and operating
 * system, whatever the default locale or time zone. A {@code Faker} is owned by one thread at a
 * time, like {@link java.util.SplittableRandom}; {@link Forgery} offers a shared instance that any
 * thread may call.
 *
 * @since 0.1.0
 */
public final class Faker {
  private final String tag;
  private final RandomSource random;

  // Providers hold only shared, immutable tables, so they are created on first use and a racing
  // duplicate creation (possible only on the shared instance behind Forgery) is harmless.
  private Names names;
  private Emails emails;

  /** Providers added with {@link #register}, by normalised name, in registration order. */
  private final Map<String, Catalogue.Entry> custom = new LinkedHashMap<>();

  /** Creates an en_US faker with a random seed. */
  public Faker() {
    this("en_US", randomSeed());
  }

  /**
   * Creates a faker for {@code locale} with a random seed.
   *
   * @param locale a supported locale such as {@code "en_US"} or {@code "en-US"}
   * @throws IllegalArgumentException if the locale is not supported; the message lists those that
   *     are
   */
  public Faker(String locale) {
    this(locale, randomSeed());
  }

  /**
   * Creates a faker for {@code locale} with a random seed.
   *
   * @param locale a supported locale such as {@link Locale#US}
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale) {
    this(Locales.tag(locale), randomSeed());
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@code "en_US"}
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(String locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed));
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@link Locale#US}
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed));
  }

  Faker(String tag, RandomSource random) {
    this.tag = tag;
    this.random = random;
  }

  private static long randomSeed() {
    return ThreadLocalRandom.current().nextLong();
  }

  /**
   * Restarts this faker's sequence: after {@code seed(s)} it produces exactly what {@code new
   * Faker(locale, s)} would.
   *
   * @param seed any long
   * @return this faker
   */
  public Faker seed(long seed) {
    random.reseed(seed);
    return this;
  }

  /**
   * Returns the locale whose data this faker uses.
   *
   * @return the locale, e.g. {@link Locale#US}
   */
  public Locale locale() {
    return Locales.toLocale(tag);
  }

  @Override
  public String toString() {
    return "Faker[" + tag + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // names

  private Names names() {
    Names n = names;
    return n != null ? n : (names = Names.of(tag));
  }

  /**
   * Returns a full name, first name and surname, drawn by real-world frequency.
   *
   * @return a name such as {@code "Linda Garcia"}
   */
  public String name() {
    return names().name(random);
  }

  /**
   * Returns {@code n} full names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> names(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.name(random);
    }
    return list(out);
  }

  /**
   * Returns a first name.
   *
   * @return a first name such as {@code "Linda"}
   */
  public String firstName() {
    return names().firstName(random);
  }

  /**
   * Returns {@code n} first names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} first names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> firstNames(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.firstName(random);
    }
    return list(out);
  }

  /**
   * Returns a surname.
   *
   * @return a surname such as {@code "Garcia"}
   */
  public String lastName() {
    return names().lastName(random);
  }

  /**
   * Returns {@code n} surnames.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} surnames
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> lastNames(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.lastName(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // email

  private Emails emails() {
    Emails e = emails;
    return e != null ? e : (emails = Emails.of(tag));
  }

  /**
   * Returns an email address built from a realistic name, at a free-mail provider or a personal
   * domain.
   *
   * @return an address such as {@code "linda.garcia84@gmail.com"}
   */
  public String email() {
    return emails().email(random);
  }

  /**
   * Returns {@code n} email addresses; a batch of 100,000 is more than 90% distinct.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> emails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.email(random);
    }
    return list(out);
  }

  /**
   * Returns an email address at example.com, example.org or example.net, domains reserved by RFC
   * 2606 so that no mail can reach a real person.
   *
   * @return an address such as {@code "lgarcia@example.org"}
   */
  public String safeEmail() {
    return emails().safeEmail(random);
  }

  /**
   * Returns {@code n} addresses at the reserved example domains.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeEmails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.safeEmail(random);
    }
    return list(out);
  }

  /**
   * Returns an email address at a popular free-mail provider (gmail.com, yahoo.com, ...).
   *
   * @return an address such as {@code "linda.garcia@yahoo.com"}
   */
  public String freeEmail() {
    return emails().freeEmail(random);
  }

  /**
   * Returns {@code n} addresses at popular free-mail providers.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> freeEmails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.freeEmail(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // numbers

  /**
   * Returns a uniformly distributed int between {@code min} and {@code max}, both inclusive.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive; {@code Integer.MIN_VALUE..Integer.MAX_VALUE} is allowed
   * @return the value
   * @throws IllegalArgumentException if {@code min > max}
   */
  public int integer(int min, int max) {
    Checks.range(min, max);
    return Numbers.integer(random, min, max);
  }

  /**
   * Returns {@code n} ints between 0 and 100, both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public int[] integers(int n) {
    return integers(n, 0, 100);
  }

  /**
   * Returns {@code n} ints between {@code min} and {@code max}, both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or {@code min > max}
   */
  public int[] integers(int n, int min, int max) {
    int[] out = new int[Checks.count(n)];
    Checks.range(min, max);
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.integer(random, min, max);
    }
    return out;
  }

  /**
   * Returns a uniformly distributed double in {@code [min, max)}.
   *
   * @param min the lower bound, inclusive, finite
   * @param max the upper bound, exclusive, finite and greater than {@code min}
   * @return the value
   * @throws IllegalArgumentException if a bound is NaN or infinite, or {@code min >= max}
   */
  public double doubleValue(double min, double max) {
    Checks.range(min, max);
    return Numbers.doubleValue(random, min, max);
  }

  /**
   * Returns {@code n} doubles in {@code [0, 1)}.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public double[] doubles(int n) {
    return doubles(n, 0.0, 1.0);
  }

  /**
   * Returns {@code n} doubles in {@code [min, max)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive, finite
   * @param max the upper bound, exclusive, finite and greater than {@code min}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}, a bound is NaN or infinite, or {@code min >=
   *     max}
   */
  public double[] doubles(int n, double min, double max) {
    double[] out = new double[Checks.count(n)];
    Checks.range(min, max);
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.doubleValue(random, min, max);
    }
    return out;
  }

  /**
   * Returns {@code true} or {@code false} with equal probability.
   *
   * @return the value
   */
  public boolean bool() {
    return Numbers.bool(random);
  }

  /**
   * Returns {@code n} fair booleans.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public boolean[] bools(int n) {
    boolean[] out = new boolean[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.bool(random);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // identifiers

  /**
   * Returns a random version 4 UUID (variant 2), determined by this faker's seed.
   *
   * @return the UUID
   */
  public UUID uuid() {
    return Identifiers.uuid(random);
  }

  /**
   * Returns {@code n} random version 4 UUIDs.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} UUIDs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<UUID> uuids(int n) {
    UUID[] out = new UUID[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Identifiers.uuid(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // address

  // ---------------------------------------------------------------------------------------------
  // phone

  // ---------------------------------------------------------------------------------------------
  // finance

  // ---------------------------------------------------------------------------------------------
  // datetime

  // ---------------------------------------------------------------------------------------------
  // text

  // ---------------------------------------------------------------------------------------------
  // company

  // ---------------------------------------------------------------------------------------------
  // internet (urls, domains, addresses)

  // ---------------------------------------------------------------------------------------------
  // color

  // ---------------------------------------------------------------------------------------------
  // providers by name

  /**
   * Adds a custom provider usable by name in {@link #generate(String)}, {@link #generate(String,
   * int)} and schemas. The function receives this faker, so its values follow this faker's seed.
   *
   * <pre>{@code
   * faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
   * Object sku = faker.generate("sku");
   * }</pre>
   *
   * @param name the provider name; case and underscores are ignored when it is looked up
   * @param provider draws one value from the faker it is given
   * @return this faker
   * @throws IllegalArgumentException if the name is blank or already names a built-in provider
   */
  public Faker register(String name, Function<Faker, ?> provider) {
    Objects.requireNonNull(provider, "provider");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    Catalogue.Entry builtIn = Catalogue.builtIn(name);
    if (builtIn != null) {
      throw new IllegalArgumentException(
          "name '" + name + "' is already the built-in provider '" + builtIn.name() + "'");
    }
    custom.put(Catalogue.key(name), new Catalogue.Entry(name, Object.class, provider));
    return this;
  }

  /**
   * Returns the names accepted by {@link #generate(String)}: every built-in provider and every
   * provider registered on this faker.
   *
   * @return a sorted, unmodifiable set of canonical names
   */
  public SortedSet<String> providers() {
    SortedSet<String> names = new TreeSet<>(Catalogue.builtInNames());
    for (Catalogue.Entry entry : custom.values()) {
      names.add(entry.name());
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * Draws one value from the provider called {@code name}, built-in or registered.
   *
   * @param name a provider name in any case, snake_case or camelCase ({@code "safe_email"})
   * @return the value
   * @throws IllegalArgumentException if no provider has that name; the message suggests the closest
   *     names
   */
  public Object generate(String name) {
    return entry(name).single().apply(this);
  }

  /**
   * Draws {@code n} values from the provider called {@code name}; equal to {@code n} calls of
   * {@link #generate(String)}.
   *
   * @param name a provider name
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or no provider has that name
   */
  public List<Object> generate(String name, int n) {
    Function<Faker, ?> single = entry(name).single();
    Object[] out = new Object[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = single.apply(this);
    }
    return list(out);
  }

  private Catalogue.Entry entry(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null; known providers: " + providers());
    }
    Catalogue.Entry entry = custom.get(Catalogue.key(name));
    if (entry == null) {
      entry = Catalogue.builtIn(name);
    }
    if (entry == null) {
      throw Catalogue.unknown("name", name, List.copyOf(providers()));
    }
    return entry;
  }

  // ---------------------------------------------------------------------------------------------

  /** Wraps without copying: the array never escapes, so the list is truly unmodifiable. */
  private static <T> List<T> list(T[] values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
