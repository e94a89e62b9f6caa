package dev.forgery;

import dev.forgery.internal.Checks;
import dev.forgery.internal.Locales;
import dev.forgery.internal.Suggestions;
import dev.forgery.internal.binding.TestBinding;
import dev.forgery.internal.engine.Batches;
import dev.forgery.internal.engine.CompiledSchema;
import dev.forgery.internal.engine.Leaves;
import dev.forgery.internal.engine.RecordPlan;
import dev.forgery.internal.engine.RowEncoder;
import dev.forgery.internal.engine.TypeParser;
import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.provider.address.Addresses;
import dev.forgery.internal.provider.color.Colors;
import dev.forgery.internal.provider.company.Companies;
import dev.forgery.internal.provider.datetime.BirthDates;
import dev.forgery.internal.provider.datetime.Dates;
import dev.forgery.internal.provider.finance.CreditCards;
import dev.forgery.internal.provider.finance.Ibans;
import dev.forgery.internal.provider.identifiers.HexDigests;
import dev.forgery.internal.provider.identifiers.Identifiers;
import dev.forgery.internal.provider.internet.Emails;
import dev.forgery.internal.provider.internet.WebAddresses;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.provider.numbers.Numbers;
import dev.forgery.internal.provider.pattern.Patterns;
import dev.forgery.internal.provider.pattern.Templates;
import dev.forgery.internal.provider.phone.PhoneNumbers;
import dev.forgery.internal.provider.text.Lorem;
import dev.forgery.internal.provider.text.TextChecks;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

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

  /** The built-in providers of the locale and those registered on this faker (shared by views). */
  private final Customs customs;

  // Providers hold only shared, immutable tables, so they are created on first use and a racing
  // duplicate creation (possible only on the shared instance behind Forgery) is harmless.
  private Names names;
  private Emails emails;

  /**
   * Creates an en_US faker with a random seed.
   *
   * <p>Inside a test run by forgery's JUnit extension, the seed is the next of the test's own
   * stream and the locale the run's ({@code forgery.locale}), so the test's seed replays this
   * faker's values too.
   */
  public Faker() {
    this(null, TestBinding.current());
  }

  /**
   * Creates a faker for {@code locale} with a random seed, or, inside a test run by forgery's JUnit
   * extension, the next seed of the test's own stream.
   *
   * @param locale a supported locale ({@code "en_US"} or {@code "de_DE"}), in any spelling such as
   *     {@code "de-DE"}, or a bare language ({@code "de"} is de_DE, {@code "en"} en_US)
   * @throws IllegalArgumentException if the locale is not supported; the message lists those that
   *     are
   */
  public Faker(String locale) {
    this(Locales.tag(locale), TestBinding.current());
  }

  /**
   * Creates a faker for {@code locale} with a random seed, or, inside a test run by forgery's JUnit
   * extension, the next seed of the test's own stream.
   *
   * @param locale a supported locale such as {@link Locale#US} or {@link Locale#GERMANY}, or a bare
   *     language such as {@link Locale#GERMAN}
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale) {
    this(Locales.tag(locale), TestBinding.current());
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@code "en_US"} or {@code "de_DE"}, or a bare language
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(String locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed), TestBinding.currentToday());
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@link Locale#US}
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed), TestBinding.currentToday());
  }

  /** A faker without a seed: the bound test's next seed, locale and today, else a random one. */
  private Faker(String tag, TestBinding test) {
    this(
        tag != null ? tag : test != null ? Locales.tag(test.locale()) : "en_US",
        new SplitMix64(test != null ? test.nextSeed() : randomSeed()),
        test != null ? test.today() : LocalDate.now(ZoneOffset.UTC));
  }

  Faker(String tag, RandomSource random, LocalDate today) {
    this.tag = tag;
    this.random = random;
    this.customs = new Customs(BuiltIns.registry(tag, today));
    this.usFormats = tag.endsWith("_US");
  }

  /** A view over another generator: same locale and custom providers, for a user's function. */
  private Faker(Faker owner, RandomSource random) {
    this.tag = owner.tag;
    this.random = random;
    this.customs = owner.customs;
    this.usFormats = owner.usFormats;
  }

  /** Returns a faker that draws from {@code source}, for calling a user's function in a cell. */
  Faker view(RandomSource source) {
    return new Faker(this, source);
  }

  /** The generator this faker draws from, for the providers it hands out. */
  RandomSource random() {
    return random;
  }

  /** The providers this faker offers, built-in and registered. */
  Lookup lookup() {
    return customs;
  }

  private static long randomSeed() {
    return ThreadLocalRandom.current().nextLong();
  }

  /**
   * Restarts this faker's sequence: after {@code seed(s)} it produces exactly what {@code new
   * Faker(locale, s)} would.
   *
   * <pre>{@code
   * Faker faker = new Faker("en_US", 42L);
   * String first = faker.name();
   * String again = faker.seed(42L).name(); // equals first
   * }</pre>
   *
   * @param seed any long
   * @return this faker
   */
  public Faker seed(long seed) {
    random.reseed(seed);
    return this;
  }

  /**
   * Returns the reference date of this faker: {@link #pastDate(int)}, {@link #futureDate(int)} and
   * the ages of {@link #dateOfBirth()} count from it. It is the current date in UTC when the faker
   * is made (inside a test run by forgery's JUnit extension, the run's date, {@code
   * forgery.today}), unless pinned with {@link #withToday(LocalDate)}; a seed gives the same values
   * for the same {@code today()}.
   *
   * @return the reference date
   * @since 0.1.0
   */
  public LocalDate today() {
    return customs.today();
  }

  /**
   * Pins the reference date of this faker, so that relative dates and ages repeat on any day.
   *
   * <pre>{@code
   * Faker faker = new Faker("en_US", 42).withToday(LocalDate.of(2026, 1, 1));
   * LocalDate due = faker.futureDate(30); // 2026-01-02..2026-01-31, the same every day
   * }</pre>
   *
   * <p>Schemas built afterwards with {@link Schema#builder(Faker)} follow the new date; a schema
   * already built keeps the date it was built with.
   *
   * @param today the date relative providers count from
   * @return this faker
   * @throws IllegalArgumentException if {@code today} is null, or not a date of the years 1 to
   *     9999, beyond which ages and windows around it leave the dates Java has
   * @since 0.1.0
   */
  public Faker withToday(LocalDate today) {
    if (today == null) {
      throw new IllegalArgumentException("today must not be null; pass a date such as 2026-01-01");
    }
    if (today.getYear() < 1 || today.getYear() > 9999) {
      throw new IllegalArgumentException(
          "today must be a date from 0001-01-01 to 9999-12-31, got "
              + today
              + "; relative dates and ages count years back and forth from it");
    }
    customs.today(today);
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
    String[] out = new String[Checks.count(n)];
    names().names(random, out);
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
    String[] out = new String[Checks.count(n)];
    names().firstNames().fill(random, null, out, 0, out.length);
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
    String[] out = new String[Checks.count(n)];
    names().lastNames().fill(random, null, out, 0, out.length);
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
    String[] out = new String[Checks.count(n)];
    emails().emails(random, out);
    return list(out);
  }

  /**
   * Returns a username built from a weighted name in the patterns people use, as an email's local
   * part is: only {@code a-z}, {@code 0-9}, dot and underscore.
   *
   * @return a username such as {@code "linda.garcia84"}
   * @since 0.1.0
   */
  public String username() {
    return emails().username(random);
  }

  /**
   * Returns {@code n} usernames.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} usernames
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> usernames(int n) {
    String[] out = new String[Checks.count(n)];
    emails().usernames(random, null, out, 0, out.length);
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
    String[] out = new String[Checks.count(n)];
    emails().safeEmails(random, out);
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
    String[] out = new String[Checks.count(n)];
    emails().freeEmails(random, out);
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
    random.nextBoundedInts(out, min, (long) max - min + 1);
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
    Identifiers.uuids(random, null, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns 32 random lowercase hex digits, shaped like an MD5 digest (but the digest of nothing).
   *
   * @return a string such as {@code "9e107d9d372bb6826bd81d3542a419d6"}
   */
  public String md5() {
    return HexDigests.md5(random);
  }

  /**
   * Returns {@code n} MD5-shaped hex strings.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} strings of 32 hex digits
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> md5s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = HexDigests.md5(random);
    }
    return list(out);
  }

  /**
   * Returns 64 random lowercase hex digits, shaped like a SHA-256 digest (but the digest of
   * nothing).
   *
   * @return a string of 64 hex digits
   */
  public String sha256() {
    return HexDigests.sha256(random);
  }

  /**
   * Returns {@code n} SHA-256-shaped hex strings.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} strings of 64 hex digits
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> sha256s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = HexDigests.sha256(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // address

  /**
   * Whether this locale's addresses and phone numbers are the US ones, drawn straight from their
   * tables; other countries' go through their provider definitions, which pick the country's own
   * formats or fail naming the provider and the locale.
   */
  private final boolean usFormats;

  private Addresses addresses;

  private Addresses addresses() {
    Addresses a = addresses;
    return a != null ? a : (addresses = Addresses.of(tag));
  }

  /**
   * Returns a one-line postal address in USPS form whose city, state and ZIP code belong together.
   * In de_DE: street, house number, postcode and city as in {@code "Hauptstraße 12, 10115 Berlin"},
   * the postcode and city one GeoNames row.
   *
   * @return an address such as {@code "4821 Maple Ave Apt 3, Springfield, IL 62704"}
   */
  public String address() {
    return usFormats ? addresses().address(random) : one("address");
  }

  /**
   * Returns {@code n} one-line postal addresses.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> addresses(int n) {
    if (!usFormats) {
      return many(n, "address");
    }
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.address(random);
    }
    return list(out);
  }

  /**
   * Returns a street line: house number, street name with its USPS suffix and, now and then, a
   * secondary unit (Apt, Ste, Unit). In de_DE: street name, then house number ({@code "Hauptstraße
   * 12"}).
   *
   * @return a street line such as {@code "4821 Maple Ave"}
   */
  public String streetAddress() {
    return usFormats ? addresses().streetAddress(random) : one("streetAddress");
  }

  /**
   * Returns {@code n} street lines.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> streetAddresses(int n) {
    if (!usFormats) {
      return many(n, "streetAddress");
    }
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.streetAddress(random);
    }
    return list(out);
  }

  /**
   * Returns a city, drawn in proportion to its population.
   *
   * @return a city such as {@code "Houston"}
   */
  public String city() {
    return usFormats ? addresses().city(random) : one("city");
  }

  /**
   * Returns {@code n} cities.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> cities(int n) {
    if (!usFormats) {
      return many(n, "city");
    }
    String[] out = new String[Checks.count(n)];
    addresses().cities(random, null, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns a state name (one of the 50 states or the District of Columbia), drawn in proportion to
   * its population. In de_DE: a Bundesland, such as {@code "Bayern"}.
   *
   * @return a state such as {@code "California"}
   */
  public String state() {
    return usFormats ? addresses().state(random) : one("state");
  }

  /**
   * Returns {@code n} state names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> states(int n) {
    if (!usFormats) {
      return many(n, "state");
    }
    String[] out = new String[Checks.count(n)];
    addresses().states(random, null, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns a two-letter USPS state abbreviation, drawn in proportion to the state's population.
   *
   * @return an abbreviation such as {@code "CA"}
   */
  public String stateAbbr() {
    return usFormats ? addresses().stateAbbr(random) : one("stateAbbr");
  }

  /**
   * Returns {@code n} state abbreviations.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> stateAbbrs(int n) {
    if (!usFormats) {
      return many(n, "stateAbbr");
    }
    String[] out = new String[Checks.count(n)];
    addresses().stateAbbrs(random, null, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns a five-digit ZIP code, drawn in proportion to the population it serves. In de_DE: a
   * five-digit PLZ of a city of 15,000 people or more, weighted by population.
   *
   * @return a ZIP code such as {@code "62704"}
   */
  public String postcode() {
    return usFormats ? addresses().postcode(random) : one("postcode");
  }

  /**
   * Returns {@code n} ZIP codes.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> postcodes(int n) {
    if (!usFormats) {
      return many(n, "postcode");
    }
    String[] out = new String[Checks.count(n)];
    addresses().postcodes(random, null, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns the name of an ISO 3166-1 country; every country is equally likely.
   *
   * @return a country such as {@code "Germany"}
   */
  public String country() {
    return usFormats ? addresses().country(random) : one("country");
  }

  /**
   * Returns {@code n} country names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> countries(int n) {
    if (!usFormats) {
      return many(n, "country");
    }
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.country(random);
    }
    return list(out);
  }

  /**
   * Returns an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @return a code such as {@code "DE"}
   */
  public String countryCode() {
    return usFormats ? addresses().countryCode(random) : one("countryCode");
  }

  /**
   * Returns {@code n} country codes.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> countryCodes(int n) {
    if (!usFormats) {
      return many(n, "countryCode");
    }
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.countryCode(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // phone

  private PhoneNumbers phoneNumbers;

  private PhoneNumbers phoneNumbers() {
    PhoneNumbers p = phoneNumbers;
    return p != null ? p : (phoneNumbers = PhoneNumbers.of(tag));
  }

  /**
   * Returns a phone number in one of the usual US formats, in the range 555-0100 to 555-0199 that
   * the numbering plan keeps for fiction, behind a real area code; one in 16 has an extension. In
   * de_DE: a number of the blocks the Bundesnetzagentur keeps for film and television, such as
   * {@code "030 23125417"} or {@code "+49 89 99998 012"}, valid for DE by libphonenumber.
   *
   * @return a number such as {@code "(212) 555-0147"} or {@code "+1-312-555-0183 x204"}
   */
  public String phoneNumber() {
    return usFormats ? phoneNumbers().phoneNumber(random) : one("phoneNumber");
  }

  /**
   * Returns {@code n} phone numbers; as the fictional range holds 35,900 numbers, large batches
   * repeat numbers.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> phoneNumbers(int n) {
    if (!usFormats) {
      return many(n, "phoneNumber");
    }
    PhoneNumbers source = phoneNumbers();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.phoneNumber(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // finance

  private Ibans ibans;

  private Ibans ibans() {
    Ibans i = ibans;
    return i != null ? i : (ibans = Ibans.of(tag));
  }

  /**
   * Returns a payment card number, digits only, of a brand drawn by its US share (Visa about half,
   * then Mastercard, American Express, Discover and a few JCB, UnionPay, Diners Club and Maestro),
   * with the brand's real prefixes and length and a correct Luhn check digit.
   *
   * @return a number such as {@code "4539578763621486"}
   */
  public String creditCardNumber() {
    return CreditCards.number(random);
  }

  /**
   * Returns {@code n} payment card numbers of mixed brands.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> creditCardNumbers(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.number(random);
    }
    return list(out);
  }

  /**
   * Returns a payment card number of one brand, digits only.
   *
   * <pre>{@code
   * String amex = faker.creditCardNumber(CardBrand.AMERICAN_EXPRESS); // 15 digits, 34 or 37
   * }</pre>
   *
   * @param brand the brand
   * @return the number
   * @throws IllegalArgumentException if {@code brand} is null
   */
  public String creditCardNumber(CardBrand brand) {
    return CreditCards.number(random, brand(brand));
  }

  /**
   * Returns {@code n} payment card numbers of one brand.
   *
   * @param n how many, {@code >= 0}
   * @param brand the brand
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0} or {@code brand} is null
   */
  public List<String> creditCardNumbers(int n, CardBrand brand) {
    String[] out = new String[Checks.count(n)];
    int b = brand(brand);
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.number(random, b);
    }
    return list(out);
  }

  /**
   * Returns a payment card number of the brand called {@code brand}; see {@link CardBrand#of}.
   *
   * @param brand a brand name such as {@code "visa"}, {@code "mastercard"} or {@code "amex"}
   * @return the number
   * @throws IllegalArgumentException if no brand has that name; the message lists the brands
   */
  public String creditCardNumber(String brand) {
    return creditCardNumber(CardBrand.of(brand));
  }

  /**
   * Returns {@code n} payment card numbers of the brand called {@code brand}.
   *
   * @param n how many, {@code >= 0}
   * @param brand a brand name such as {@code "visa"}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0} or no brand has that name
   */
  public List<String> creditCardNumbers(int n, String brand) {
    return creditCardNumbers(n, CardBrand.of(brand));
  }

  /**
   * Returns a payment card number grouped as printed on the card ({@code 4-4-4-4}, American Express
   * {@code 4-6-5}, Diners Club {@code 4-6-4}); after the same seed it has the digits that {@link
   * #creditCardNumber()} would return.
   *
   * @return a number such as {@code "4539 5787 6362 1486"}
   */
  public String formattedCreditCardNumber() {
    return CreditCards.formatted(random, -1);
  }

  /**
   * Returns {@code n} grouped payment card numbers of mixed brands.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> formattedCreditCardNumbers(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.formatted(random, -1);
    }
    return list(out);
  }

  /**
   * Returns a grouped payment card number of one brand.
   *
   * @param brand the brand
   * @return a number such as {@code "3782 822463 10005"}
   * @throws IllegalArgumentException if {@code brand} is null
   */
  public String formattedCreditCardNumber(CardBrand brand) {
    return CreditCards.formatted(random, brand(brand));
  }

  private static int brand(CardBrand brand) {
    if (brand == null) {
      throw new IllegalArgumentException(
          "brand must not be null; brands: " + Arrays.toString(CardBrand.values()));
    }
    return brand.ordinal();
  }

  /**
   * Returns an IBAN with the right length, BBAN structure and mod-97 check digits. The US has no
   * IBAN, so en_US draws the country from a mix of the European countries US users meet most:
   * Germany 24%, the UK and France 16% each, Italy 12%, Spain 10%, the Netherlands 8%, Belgium 4%,
   * Switzerland and Austria 3% each, Ireland and Portugal 2% each. de_DE draws German IBANs. Use
   * {@link #iban(String)} for one country.
   *
   * @return an IBAN without spaces, such as {@code "DE89370400440532013000"}
   */
  public String iban() {
    return ibans().iban(random);
  }

  /**
   * Returns {@code n} IBANs of the locale's default countries.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} IBANs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> ibans(int n) {
    Ibans source = ibans();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.iban(random);
    }
    return list(out);
  }

  /**
   * Returns an IBAN of one country; every country of the SWIFT IBAN registry is supported.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code such as {@code "FR"}, in any case
   * @return an IBAN without spaces
   * @throws IllegalArgumentException if the country has no IBAN; the message lists those that do
   */
  public String iban(String countryCode) {
    Ibans source = ibans();
    return source.iban(random, source.country(countryCode));
  }

  /**
   * Returns {@code n} IBANs of one country.
   *
   * @param n how many, {@code >= 0}
   * @param countryCode an ISO 3166-1 alpha-2 code such as {@code "FR"}
   * @return an unmodifiable list of exactly {@code n} IBANs
   * @throws IllegalArgumentException if {@code n < 0} or the country has no IBAN
   */
  public List<String> ibans(int n, String countryCode) {
    Ibans source = ibans();
    String[] out = new String[Checks.count(n)];
    int country = source.country(countryCode);
    for (int i = 0; i < out.length; i++) {
      out[i] = source.iban(random, country);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // datetime

  /**
   * Returns a date between 1970-01-01 and 2030-12-31, both inclusive, every day equally likely.
   *
   * <p>The window is fixed, not relative to today, so a seed gives the same dates on any day, in
   * any time zone.
   *
   * @return the date
   */
  public LocalDate date() {
    return Dates.date(random, DATE_FIRST, DATE_LAST);
  }

  /**
   * Returns a date between {@code start} and {@code end}, both inclusive, every day equally likely
   * (29 February included when the range has one).
   *
   * @param start the first possible day
   * @param end the last possible day, not before {@code start}
   * @return the date
   * @throws IllegalArgumentException if a bound is null or {@code start} is after {@code end}
   */
  public LocalDate date(LocalDate start, LocalDate end) {
    long[] days = Dates.days(start, end);
    return Dates.date(random, days[0], days[1]);
  }

  /**
   * Returns a date between two ISO dates ({@code "2024-01-31"}), both inclusive.
   *
   * @param start the first possible day, ISO-8601
   * @param end the last possible day, ISO-8601
   * @return the date
   * @throws IllegalArgumentException if a bound is not an ISO date or {@code start} is after {@code
   *     end}
   */
  public LocalDate date(String start, String end) {
    return date(Dates.parseDate("start", start), Dates.parseDate("end", end));
  }

  /**
   * Returns {@code n} dates between 1970-01-01 and 2030-12-31, both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<LocalDate> dates(int n) {
    return dates(n, DATE_FIRST, DATE_LAST);
  }

  /**
   * Returns {@code n} dates between {@code start} and {@code end}, both inclusive.
   *
   * <pre>{@code
   * List<LocalDate> hired = faker.dates(100, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param start the first possible day
   * @param end the last possible day, not before {@code start}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}, a bound is null or {@code start} is after
   *     {@code end}
   */
  public List<LocalDate> dates(int n, LocalDate start, LocalDate end) {
    Checks.count(n);
    long[] days = Dates.days(start, end);
    return dates(n, days[0], days[1]);
  }

  /**
   * Returns {@code n} dates between two ISO dates, both inclusive.
   *
   * <pre>{@code
   * List<LocalDate> hired = faker.dates(100, "2020-01-01", "2024-12-31");
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param start the first possible day, ISO-8601 ({@code "2020-01-01"})
   * @param end the last possible day, ISO-8601
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}, a bound is not an ISO date or {@code start}
   *     is after {@code end}
   */
  public List<LocalDate> dates(int n, String start, String end) {
    return dates(n, Dates.parseDate("start", start), Dates.parseDate("end", end));
  }

  private static final long DATE_FIRST = Dates.DEFAULT_START.toEpochDay();
  private static final long DATE_LAST = Dates.DEFAULT_END.toEpochDay();

  private List<LocalDate> dates(int n, long first, long last) {
    LocalDate[] out = new LocalDate[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Dates.date(random, first, last);
    }
    return list(out);
  }

  /**
   * Returns the date of birth of an adult aged 18 to 100 on {@link #today()}, with ages distributed
   * like the US population (2020 census): people in their twenties to sixties are common, people
   * over 90 rare. Pin {@link #withToday(LocalDate)} for dates that repeat on any day; {@link
   * #dateOfBirth(int, int, LocalDate)} takes another reference date.
   *
   * @return the date of birth
   */
  public LocalDate dateOfBirth() {
    return BirthDates.defaults(today()).draw(random);
  }

  /**
   * Returns the date of birth of someone whose age on {@link #today()} is between {@code minAge}
   * and {@code maxAge} whole years, both inclusive, with US census age weights.
   *
   * @param minAge the youngest age, {@code >= 0}
   * @param maxAge the oldest age, {@code minAge..150}
   * @return the date of birth
   * @throws IllegalArgumentException if {@code minAge < 0}, {@code maxAge > 150} or {@code minAge >
   *     maxAge}
   */
  public LocalDate dateOfBirth(int minAge, int maxAge) {
    return BirthDates.of(minAge, maxAge, today()).draw(random);
  }

  /**
   * Returns the date of birth of someone whose age on {@code asOf} is between {@code minAge} and
   * {@code maxAge} whole years, both inclusive, as {@link java.time.Period#between} counts them.
   *
   * <pre>{@code
   * LocalDate born = faker.dateOfBirth(18, 65, LocalDate.now()); // adult today
   * }</pre>
   *
   * @param minAge the youngest age, {@code >= 0}
   * @param maxAge the oldest age, {@code minAge..150}
   * @param asOf the date on which the age holds
   * @return the date of birth
   * @throws IllegalArgumentException if an age is out of range or {@code asOf} is null
   */
  public LocalDate dateOfBirth(int minAge, int maxAge, LocalDate asOf) {
    return BirthDates.of(minAge, maxAge, asOf).draw(random);
  }

  /**
   * Returns {@code n} dates of birth of adults aged 18 to 100 on {@link #today()}, as {@link
   * #dateOfBirth()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<LocalDate> datesOfBirth(int n) {
    return datesOfBirth(n, BirthDates.defaults(today()));
  }

  /**
   * Returns {@code n} dates of birth for ages {@code minAge..maxAge} on {@link #today()}.
   *
   * @param n how many, {@code >= 0}
   * @param minAge the youngest age, {@code >= 0}
   * @param maxAge the oldest age, {@code minAge..150}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0} or an age is out of range
   */
  public List<LocalDate> datesOfBirth(int n, int minAge, int maxAge) {
    Checks.count(n);
    return datesOfBirth(n, BirthDates.of(minAge, maxAge, today()));
  }

  /**
   * Returns {@code n} dates of birth for ages {@code minAge..maxAge} on {@code asOf}.
   *
   * @param n how many, {@code >= 0}
   * @param minAge the youngest age, {@code >= 0}
   * @param maxAge the oldest age, {@code minAge..150}
   * @param asOf the date on which the ages hold
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}, an age is out of range or {@code asOf} is
   *     null
   */
  public List<LocalDate> datesOfBirth(int n, int minAge, int maxAge, LocalDate asOf) {
    Checks.count(n);
    return datesOfBirth(n, BirthDates.of(minAge, maxAge, asOf));
  }

  private List<LocalDate> datesOfBirth(int n, BirthDates table) {
    LocalDate[] out = new LocalDate[Checks.count(n)];
    table.draw(random, out);
    return list(out);
  }

  /**
   * Returns a date-time with whole seconds between 1970-01-01T00:00:00 and 2030-12-31T23:59:59,
   * every second equally likely; no time zone is involved.
   *
   * @return the date-time
   */
  public LocalDateTime dateTime() {
    return Dates.dateTime(random, TIME_FIRST, TIME_LAST);
  }

  /**
   * Returns a date-time with whole seconds between {@code start} and {@code end}, both inclusive.
   *
   * @param start the earliest value; a fraction of a second rounds it up
   * @param end the latest value; a fraction of a second rounds it down
   * @return the date-time
   * @throws IllegalArgumentException if a bound is null, {@code start} is after {@code end}, or no
   *     whole second lies between them
   */
  public LocalDateTime dateTime(LocalDateTime start, LocalDateTime end) {
    long[] s = Dates.seconds(start, end);
    return Dates.dateTime(random, s[0], s[1]);
  }

  /**
   * Returns {@code n} date-times between 1970-01-01T00:00:00 and 2030-12-31T23:59:59.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} date-times
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<LocalDateTime> dateTimes(int n) {
    return dateTimes(n, TIME_FIRST, TIME_LAST);
  }

  /**
   * Returns {@code n} date-times with whole seconds between {@code start} and {@code end}, both
   * inclusive.
   *
   * @param n how many, {@code >= 0}
   * @param start the earliest value
   * @param end the latest value
   * @return an unmodifiable list of exactly {@code n} date-times
   * @throws IllegalArgumentException if {@code n < 0} or the bounds are invalid
   */
  public List<LocalDateTime> dateTimes(int n, LocalDateTime start, LocalDateTime end) {
    Checks.count(n);
    long[] s = Dates.seconds(start, end);
    return dateTimes(n, s[0], s[1]);
  }

  /**
   * Returns {@code n} date-times between two ISO date-times ({@code "2024-01-31T09:30:00"}; a plain
   * date means its midnight), both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @param start the earliest value, ISO-8601
   * @param end the latest value, ISO-8601
   * @return an unmodifiable list of exactly {@code n} date-times
   * @throws IllegalArgumentException if {@code n < 0}, a bound does not parse or the bounds are
   *     invalid
   */
  public List<LocalDateTime> dateTimes(int n, String start, String end) {
    return dateTimes(n, Dates.parseDateTime("start", start), Dates.parseDateTime("end", end));
  }

  private static final long TIME_FIRST = Dates.epochSecond(Dates.DEFAULT_START_TIME);
  private static final long TIME_LAST = Dates.epochSecond(Dates.DEFAULT_END_TIME);

  private List<LocalDateTime> dateTimes(int n, long first, long last) {
    LocalDateTime[] out = new LocalDateTime[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Dates.dateTime(random, first, last);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // text

  private Lorem lorem;

  private Lorem lorem() {
    Lorem l = lorem;
    return l != null ? l : (lorem = Lorem.of(tag));
  }

  /**
   * Returns a common word of the locale's language: in en_US an English word drawn by approximate
   * frequency ({@code the} is common, {@code yourself} rare), lower case except proper words such
   * as {@code I} and {@code American}; in de_DE, es_ES, fr_FR, it_IT and ja_JP a word of that
   * language, equally weighted.
   *
   * @return the word
   */
  public String word() {
    return lorem().word(random);
  }

  /**
   * Returns {@code n} words.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} words
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> words(int n) {
    Lorem source = lorem();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.word(random);
    }
    return list(out);
  }

  /**
   * Returns a sentence of 3 to 12 common words of the locale's language (most often 5 to 8) with a
   * capital first letter, single spaces and a final period; in ja_JP the words run together without
   * spaces and the sentence ends with {@code 。}.
   *
   * @return a sentence such as {@code "Market the develop of happy people."}
   */
  public String sentence() {
    return lorem().sentence(random, new Lorem.Buffer());
  }

  /**
   * Returns a sentence of exactly {@code words} words.
   *
   * @param words the number of words, {@code >= 1}
   * @return the sentence
   * @throws IllegalArgumentException if {@code words < 1}
   */
  public String sentence(int words) {
    return lorem().sentence(random, TextChecks.words(words), new Lorem.Buffer());
  }

  /**
   * Returns {@code n} sentences of 3 to 12 words.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} sentences
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> sentences(int n) {
    Lorem source = lorem();
    Lorem.Buffer buffer = new Lorem.Buffer();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.sentence(random, buffer);
    }
    return list(out);
  }

  /**
   * Returns {@code n} sentences of exactly {@code words} words each.
   *
   * @param n how many, {@code >= 0}
   * @param words the number of words per sentence, {@code >= 1}
   * @return an unmodifiable list of exactly {@code n} sentences
   * @throws IllegalArgumentException if {@code n < 0} or {@code words < 1}
   */
  public List<String> sentences(int n, int words) {
    String[] out = new String[Checks.count(n)];
    TextChecks.words(words);
    Lorem source = lorem();
    Lorem.Buffer buffer = new Lorem.Buffer();
    for (int i = 0; i < out.length; i++) {
      out[i] = source.sentence(random, words, buffer);
    }
    return list(out);
  }

  /**
   * Returns a paragraph of 2 to 6 sentences separated by single spaces (in ja_JP, by none).
   *
   * @return the paragraph
   */
  public String paragraph() {
    return lorem().paragraph(random, new Lorem.Buffer());
  }

  /**
   * Returns a paragraph of exactly {@code sentences} sentences of 3 to 12 words.
   *
   * @param sentences the number of sentences, {@code >= 1}
   * @return the paragraph
   * @throws IllegalArgumentException if {@code sentences < 1}
   */
  public String paragraph(int sentences) {
    return lorem().paragraph(random, TextChecks.sentences(sentences), new Lorem.Buffer());
  }

  /**
   * Returns {@code n} paragraphs of 2 to 6 sentences.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} paragraphs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> paragraphs(int n) {
    Lorem source = lorem();
    Lorem.Buffer buffer = new Lorem.Buffer();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.paragraph(random, buffer);
    }
    return list(out);
  }

  /**
   * Returns {@code n} paragraphs of exactly {@code sentences} sentences each.
   *
   * @param n how many, {@code >= 0}
   * @param sentences the number of sentences per paragraph, {@code >= 1}
   * @return an unmodifiable list of exactly {@code n} paragraphs
   * @throws IllegalArgumentException if {@code n < 0} or {@code sentences < 1}
   */
  public List<String> paragraphs(int n, int sentences) {
    String[] out = new String[Checks.count(n)];
    TextChecks.sentences(sentences);
    Lorem source = lorem();
    Lorem.Buffer buffer = new Lorem.Buffer();
    for (int i = 0; i < out.length; i++) {
      out[i] = source.paragraph(random, sentences, buffer);
    }
    return list(out);
  }

  /**
   * Returns a text of whole sentences, 50 to 200 characters long.
   *
   * @return the text
   */
  public String text() {
    return lorem().text(random, 50, 200, new Lorem.Buffer());
  }

  /**
   * Returns a text of whole sentences whose length is between {@code minChars} and {@code
   * maxChars}, both inclusive, ending with a period. Lengths are counted in characters ({@link
   * String#length()}), in every locale: a Japanese text of ja_JP, written without spaces and ending
   * with {@code 。}, counts each kanji or kana as one. Words are never cut: the text is filled
   * sentence by sentence up to a length drawn uniformly from the range, and a last word of fitting
   * length lands it inside the bounds. Only a text of exactly one character cannot hold a word and
   * its period; it is {@code "I"} (in ja_JP, a one-character word).
   *
   * <pre>{@code
   * String bio = faker.text(50, 200);
   * }</pre>
   *
   * @param minChars the minimum length, {@code >= 0}
   * @param maxChars the maximum length, {@code >= minChars}
   * @return the text
   * @throws IllegalArgumentException if {@code minChars < 0} or {@code minChars > maxChars}
   */
  public String text(int minChars, int maxChars) {
    TextChecks.chars(minChars, maxChars);
    return lorem().text(random, minChars, maxChars, new Lorem.Buffer());
  }

  /**
   * Returns {@code n} texts of 50 to 200 characters.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} texts
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> texts(int n) {
    return texts(n, 50, 200);
  }

  /**
   * Returns {@code n} texts whose lengths are between {@code minChars} and {@code maxChars}, both
   * inclusive, as {@link #text(int, int)}.
   *
   * @param n how many, {@code >= 0}
   * @param minChars the minimum length, {@code >= 0}
   * @param maxChars the maximum length, {@code >= minChars}
   * @return an unmodifiable list of exactly {@code n} texts
   * @throws IllegalArgumentException if {@code n < 0}, {@code minChars < 0} or {@code minChars >
   *     maxChars}
   */
  public List<String> texts(int n, int minChars, int maxChars) {
    String[] out = new String[Checks.count(n)];
    TextChecks.chars(minChars, maxChars);
    Lorem source = lorem();
    Lorem.Buffer buffer = new Lorem.Buffer();
    for (int i = 0; i < out.length; i++) {
      out[i] = source.text(random, minChars, maxChars, buffer);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // company

  private Companies companies;

  private Companies companiesSource() {
    Companies c = companies;
    return c != null ? c : (companies = Companies.of(tag));
  }

  private Companies.Phrases phrases;

  private Companies.Phrases phrasesSource() {
    Companies.Phrases p = phrases;
    return p != null ? p : (phrases = Companies.phrases(tag));
  }

  /**
   * Returns a company name built from census-weighted surnames, such as {@code "Smith LLC"}, {@code
   * "Garcia-Miller"} or {@code "Johnson, Lee and Brown"}. In de_DE the legal forms are German
   * (GmbH, AG, KG, GmbH &amp; Co. KG, e.K., UG (haftungsbeschränkt)): {@code "Müller GmbH"}.
   *
   * @return the company name
   */
  public String company() {
    return companiesSource().company(random);
  }

  /**
   * Returns {@code n} values of {@link #company()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> companies(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = companiesSource().company(random);
    }
    return list(out);
  }

  /**
   * Returns a job title from a list of about 1,000 US occupations, in title case.
   *
   * @return a title such as {@code "Registered Nurse"}
   */
  public String job() {
    return phrasesSource().job(random);
  }

  /**
   * Returns {@code n} values of {@link #job()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> jobs(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = phrasesSource().job(random);
    }
    return list(out);
  }

  /**
   * Returns a marketing catch phrase: adjective, descriptor and noun.
   *
   * @return a phrase such as {@code "Adaptive 24/7 access"}
   */
  public String catchPhrase() {
    return phrasesSource().catchPhrase(random);
  }

  /**
   * Returns {@code n} values of {@link #catchPhrase()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> catchPhrases(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = phrasesSource().catchPhrase(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // internet (urls, domains, addresses)

  private WebAddresses web;

  private WebAddresses web() {
    WebAddresses w = web;
    return w != null ? w : (web = WebAddresses.of(tag));
  }

  /**
   * Returns an http or https URL on a random domain, with or without {@code www.} and a path.
   *
   * @return a URL such as {@code "https://www.garcia.com/blog/index.html"}
   */
  public String url() {
    return web().url(random);
  }

  /**
   * Returns {@code n} values of {@link #url()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> urls(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = web().url(random);
    }
    return list(out);
  }

  /**
   * Returns an http or https URL under example.com, example.net or example.org (reserved by RFC
   * 2606), so it can never reach a real site.
   *
   * @return a URL such as {@code "https://garcia.example.com/blog"}
   */
  public String safeUrl() {
    return web().safeUrl(random);
  }

  /**
   * Returns {@code n} values of {@link #safeUrl()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeUrls(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = web().safeUrl(random);
    }
    return list(out);
  }

  /**
   * Returns a domain name of lower-case surnames and words under an IANA top-level domain, mostly
   * com, org and net.
   *
   * @return a domain such as {@code "garcia.com"}
   */
  public String domainName() {
    return web().domainName(random);
  }

  /**
   * Returns {@code n} values of {@link #domainName()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> domainNames(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = web().domainName(random);
    }
    return list(out);
  }

  /**
   * Returns a domain name under example.com, example.net or example.org (reserved by RFC 2606).
   *
   * @return a domain such as {@code "garcia.example.org"}
   */
  public String safeDomainName() {
    return web().safeDomainName(random);
  }

  /**
   * Returns {@code n} values of {@link #safeDomainName()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeDomainNames(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = web().safeDomainName(random);
    }
    return list(out);
  }

  /**
   * Returns a public-looking IPv4 address in dotted-quad form: first octet 1 to 223 except 10 and
   * 127.
   *
   * @return an address such as {@code "93.184.216.34"}
   */
  public String ipv4() {
    return WebAddresses.ipv4(random);
  }

  /**
   * Returns {@code n} values of {@link #ipv4()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> ipv4s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = WebAddresses.ipv4(random);
    }
    return list(out);
  }

  /**
   * Returns an IPv4 address from the documentation networks 192.0.2.0/24, 198.51.100.0/24 and
   * 203.0.113.0/24 (RFC 5737).
   *
   * @return an address such as {@code "198.51.100.23"}
   */
  public String safeIpv4() {
    return WebAddresses.safeIpv4(random);
  }

  /**
   * Returns {@code n} values of {@link #safeIpv4()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeIpv4s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = WebAddresses.safeIpv4(random);
    }
    return list(out);
  }

  /**
   * Returns a global unicast IPv6 address (2000::/3) in the canonical text form of RFC 5952.
   *
   * @return an address such as {@code "2a03:2880:f12f:83:face:b00c:0:25de"}
   */
  public String ipv6() {
    return WebAddresses.ipv6(random);
  }

  /**
   * Returns {@code n} values of {@link #ipv6()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> ipv6s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = WebAddresses.ipv6(random);
    }
    return list(out);
  }

  /**
   * Returns an IPv6 address in the documentation prefix 2001:db8::/32 (RFC 3849), in RFC 5952 form.
   *
   * @return an address such as {@code "2001:db8:85a3:8d3:1319:8a2e:370:7348"}
   */
  public String safeIpv6() {
    return WebAddresses.safeIpv6(random);
  }

  /**
   * Returns {@code n} values of {@link #safeIpv6()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeIpv6s(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = WebAddresses.safeIpv6(random);
    }
    return list(out);
  }

  /**
   * Returns a unicast, universally administered MAC-48 address in lower-case colon notation.
   *
   * @return an address such as {@code "3c:22:fb:0a:91:7e"}
   */
  public String macAddress() {
    return WebAddresses.macAddress(random);
  }

  /**
   * Returns {@code n} values of {@link #macAddress()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> macAddresses(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = WebAddresses.macAddress(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // color

  private Colors colors;

  private Colors colorsSource() {
    Colors c = colors;
    return c != null ? c : (colors = Colors.of(tag));
  }

  /**
   * Returns one of the 140 CSS named colours, every name equally likely; {@link #colorWithHex()}
   * gives its value too.
   *
   * @return a name such as {@code "DarkSlateGray"}
   */
  public String color() {
    return colorsSource().name(random);
  }

  /**
   * Returns {@code n} values of {@link #color()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> colors(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = colorsSource().name(random);
    }
    return list(out);
  }

  /**
   * Returns one of the 140 CSS named colours with its real value, as {@code "Name #rrggbb"}.
   *
   * @return a string such as {@code "DarkSlateGray #2f4f4f"}
   */
  public String colorWithHex() {
    return colorsSource().nameWithHex(random);
  }

  /**
   * Returns {@code n} values of {@link #colorWithHex()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> colorsWithHex(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = colorsSource().nameWithHex(random);
    }
    return list(out);
  }

  /**
   * Returns a uniformly random colour as CSS hex notation {@code #rrggbb} in lower case.
   *
   * @return a colour such as {@code "#1a2b3c"}
   */
  public String hexColor() {
    return Colors.hex(random);
  }

  /**
   * Returns {@code n} values of {@link #hexColor()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> hexColors(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Colors.hex(random);
    }
    return list(out);
  }

  /**
   * Returns a uniformly random colour in CSS {@code rgb()} notation: decimal channels 0 to 255
   * separated by a comma and one space, for example {@code "rgb(26, 43, 60)"}.
   *
   * @return the colour
   */
  public String rgbColor() {
    return Colors.rgb(random);
  }

  /**
   * Returns {@code n} values of {@link #rgbColor()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> rgbColors(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Colors.rgb(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // structured data (schema)

  /**
   * Returns {@code n} rows of {@code schema}, each an immutable map whose keys are the field names
   * in schema order.
   *
   * <p>The call draws one value from this faker, the <em>dataset seed</em>; row {@code i} is then a
   * pure function of (dataset seed, {@code i}), so {@link #recordsParallel(int, Schema)} and {@link
   * #records(Schema, long, long)} give exactly the same rows after the same {@link #seed(long)}.
   * Row maps allow {@code null} values (nullable fields); copy one into a {@code LinkedHashMap} to
   * change it.
   *
   * <p>The schema's types draw the data of the locale and reference date it was built with ({@link
   * Schema#locale()}, {@link Schema#today()}): en_US and the build's date for {@link
   * Schema#builder()}, this faker's for {@code Schema.builder(faker)}. The faker that runs a schema
   * gives the rows' seeds only, so that one schema makes the same rows on every machine; for a
   * {@code de_DE} faker's data, build the schema with {@code Schema.builder(faker)}.
   *
   * <pre>{@code
   * Schema schema = Schema.builder().field("name", "name").field("age", "int", 18, 65).build();
   * List<Map<String, Object>> rows = new Faker("en_US", 42L).records(10_000, schema);
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} rows
   * @throws IllegalArgumentException if {@code n < 0}, or a unique field cannot supply {@code n}
   *     distinct values
   * @throws IllegalStateException if a unique field keeps repeating itself
   * @since 0.1.0
   */
  public List<Map<String, Object>> records(int n, Schema schema) {
    return Batches.records(engine(schema), this::nextSeed, 0, Checks.count(n), false);
  }

  /**
   * Returns rows {@code [from, to)} of the dataset that {@link #records(int, Schema)} would start
   * at this point of the faker's sequence: {@code new Faker(l, s).records(schema, a, b)} equals
   * {@code new Faker(l, s).records(n, schema).subList(a, b)} for any {@code n >= b}.
   *
   * <p>This is how to split a large dataset across threads, JVMs or machines: every worker builds
   * {@code new Faker(locale, seed)} with the same seed and asks for its own slice. Rows do not
   * depend on the slice bounds, so the union of the slices is the full dataset.
   *
   * <pre>{@code
   * // worker k of 4, each with the same locale, seed and schema: a quarter of a million rows
   * List<Map<String, Object>> mine =
   *     new Faker("en_US", 42L).records(schema, k * 250_000L, (k + 1) * 250_000L);
   * }</pre>
   *
   * @param schema the fields; its unique fields, if any, are made distinct only from row 0, so a
   *     slice of such a schema must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code from <= to <= from + Integer.MAX_VALUE}
   * @return an unmodifiable list of {@code to - from} rows
   * @throws IllegalArgumentException if the bounds are invalid, or {@code from > 0} and the schema
   *     has unique fields
   * @since 0.1.0
   */
  public List<Map<String, Object>> records(Schema schema, long from, long to) {
    return Batches.records(
        engine(schema), this::nextSeed, from, Batches.sliceSize(engine(schema), from, to), false);
  }

  /**
   * Returns the same rows as {@link #records(int, Schema)}, generated on the common fork-join pool.
   *
   * <pre>{@code
   * List<Map<String, Object>> rows = new Faker("en_US", 42L).recordsParallel(1_000_000, schema);
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} rows, equal to the sequential result
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<Map<String, Object>> recordsParallel(int n, Schema schema) {
    return Batches.records(engine(schema), this::nextSeed, 0, Checks.count(n), true);
  }

  /**
   * Returns {@code n} rows of {@code schema} as arrays with one value per field in schema order;
   * the same values as {@link #records(int, Schema)}, without the maps.
   *
   * <pre>{@code
   * Schema schema = Schema.builder().field("name", "name").field("age", "int", 18, 65).build();
   * Object[] first = faker.recordsTuples(1_000, schema).get(0); // {name, age}
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} new arrays
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<Object[]> recordsTuples(int n, Schema schema) {
    return Batches.tuples(engine(schema), this::nextSeed, Checks.count(n));
  }

  /**
   * Returns {@code n} objects of a Java record or any fillable class, each property filled by its
   * name ({@code email}, {@code firstName}, {@code city}: any provider, in camelCase or snake_case,
   * also plural for lists) or else by its type ({@code int age}, {@code LocalDate}, {@code UUID},
   * {@code boolean}, {@code BigDecimal}, the {@code java.time} types, {@code URI}, enums, nested
   * objects, {@code List}, {@code Set}, {@code Map}, {@code Optional} and arrays). Annotate a
   * property with {@link FakeWith} for anything else.
   *
   * <pre>{@code
   * public record Person(String firstName, String email, int age, LocalDate birthday) {}
   * List<Person> people = faker.records(1_000, Person.class);
   *
   * public class Customer {                      // a bean: a no-arg constructor and setters
   *   public void setEmail(String email) { ... }
   *   public void setAddress(Address address) { ... }
   * }
   * List<Customer> customers = faker.records(1_000, Customer.class);
   * }</pre>
   *
   * <p>A class is made, in this order of preference: a record through its canonical constructor; a
   * class through the constructor annotated {@link FakeConstructor}, or else its one public
   * constructor if it has no public no-arg constructor (parameter names from {@code javac
   * -parameters} or {@code java.beans.ConstructorProperties}), then the public setters and public
   * non-final fields of the properties it does not take; else through a no-arg constructor, then
   * its public setters and its other non-final fields, sorted by name. Non-public members need the
   * package open to {@code dev.forgery.core} (always the case on the class path).
   *
   * <p>A class that recurs below itself as a single reference ({@code Employee.manager}) or as its
   * own collection ({@code Node.children}) recurs once along any path; the next recurrence is
   * {@code null}, or an empty collection. Met again as another class's collection's elements (the
   * back-reference {@code Order.customer.orders}) it does not recur: that collection is empty. One
   * object holds at most 10,000 objects, nested ones included; a type over that is refused with the
   * path that multiplies most and the {@link Schema.Builder#size} that shrinks it. A record's
   * collections are unmodifiable; other classes get an {@code ArrayList}, {@code LinkedHashSet} or
   * {@code LinkedHashMap}. The type is analysed once per JVM; object {@code i} depends only on the
   * batch's dataset seed and {@code i}, as schema rows do, and a property's values only on its
   * name.
   *
   * @param n how many, {@code >= 0}
   * @param type a record or fillable class
   * @param <T> the type
   * @return an unmodifiable list of exactly {@code n} objects
   * @throws IllegalArgumentException if {@code n < 0} or the type or a property cannot be filled,
   *     or one object would hold more than 10,000 objects; the message names the property's path
   *     (e.g. {@code Order.customer.address.geo}) and the fix
   * @since 0.1.0
   */
  public <T> List<T> records(int n, Class<T> type) {
    return javaRecords(Checks.count(n), type, null);
  }

  /**
   * Returns {@code n} objects of a record or fillable class, with the fields of {@code overrides}
   * deciding the properties their names are the paths of.
   *
   * <pre>{@code
   * Schema overrides = Schema.builder()
   *     .field("age", "int", 18, 30)
   *     .field("address.city", "choice", List.of("Paris", "Lyon"))
   *     .build();
   * List<Person> young = faker.records(100, Person.class, overrides);
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param type a record or fillable class
   * @param overrides fields named after properties: top-level ones ({@code age}), nested ones by
   *     their path ({@code address.city}, {@code items[].price}, {@code tags[]} for the elements
   *     themselves), or selectors by type and name at any depth ({@code "String *Id"}, {@code
   *     "LocalDate *"}); their values must fit the property types; {@code nullable} applies to any
   *     of them and {@code unique} to top-level ones, as in a schema
   * @param <T> the type
   * @return an unmodifiable list of exactly {@code n} objects
   * @throws IllegalArgumentException if {@code n < 0}, a property cannot be filled, an override
   *     names no property or does not fit its type, a nested override is unique, or a unique
   *     override cannot supply {@code n} distinct values
   * @throws IllegalStateException if a unique override keeps repeating itself
   * @since 0.1.0
   */
  public <T> List<T> records(int n, Class<T> type, Schema overrides) {
    Objects.requireNonNull(overrides, "overrides");
    return javaRecords(Checks.count(n), type, overrides);
  }

  /**
   * Returns one object of a record or fillable class; the same as {@code records(1, type).get(0)}.
   *
   * <pre>{@code
   * public record Person(String firstName, String email, int age, LocalDate birthday) {}
   * Person person = faker.record(Person.class);
   * }</pre>
   *
   * @param type a record or fillable class
   * @param <T> the type
   * @return the object
   * @throws IllegalArgumentException if the type or a property cannot be filled
   * @since 0.1.0
   */
  public <T> T record(Class<T> type) {
    return Batches.javaRecord(plan(Objects.requireNonNull(type, "type"), null), this::nextSeed);
  }

  /**
   * Returns {@code n} objects of a generic type, its type variables filled as the reference says,
   * through superclasses too; otherwise as {@link #records(int, Class)}.
   *
   * <pre>{@code
   * public class Page<T> { public List<T> items; public int number; }
   * List<Page<Customer>> pages = faker.records(10, new TypeRef<Page<Customer>>() {});
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param type the type, e.g. {@code new TypeRef<Page<Customer>>() {}}
   * @param <T> the type
   * @return an unmodifiable list of exactly {@code n} objects
   * @throws IllegalArgumentException if {@code n < 0} or the type or a property cannot be filled
   * @since 0.1.0
   */
  public <T> List<T> records(int n, TypeRef<T> type) {
    return javaRecords(Checks.count(n), Objects.requireNonNull(type, "type").type(), null);
  }

  /**
   * Returns {@code n} objects of a generic type with the fields of {@code overrides} deciding the
   * properties their names are the paths of; see {@link #records(int, Class, Schema)}.
   *
   * @param n how many, {@code >= 0}
   * @param type the type, e.g. {@code new TypeRef<Page<Customer>>() {}}
   * @param overrides fields named after property paths
   * @param <T> the type
   * @return an unmodifiable list of exactly {@code n} objects
   * @throws IllegalArgumentException if {@code n < 0}, a property cannot be filled, or an override
   *     names no property or does not fit it
   * @since 0.1.0
   */
  public <T> List<T> records(int n, TypeRef<T> type, Schema overrides) {
    Objects.requireNonNull(overrides, "overrides");
    return javaRecords(Checks.count(n), Objects.requireNonNull(type, "type").type(), overrides);
  }

  /**
   * Returns one object of a generic type; the same as {@code records(1, type).get(0)}.
   *
   * <pre>{@code
   * Page<Customer> page = faker.record(new TypeRef<Page<Customer>>() {});
   * }</pre>
   *
   * @param type the type
   * @param <T> the type
   * @return the object
   * @throws IllegalArgumentException if the type or a property cannot be filled
   * @since 0.1.0
   */
  public <T> T record(TypeRef<T> type) {
    return Batches.javaRecord(
        plan(Objects.requireNonNull(type, "type").type(), null), this::nextSeed);
  }

  /**
   * Returns {@code n} rows of {@code schema} as columns: primitive arrays for {@code int}, {@code
   * float} and {@code bool} fields, object arrays for the rest; the same values as {@link
   * #records(int, Schema)}.
   *
   * <pre>{@code
   * ColumnBatch batch = faker.columns(1_000_000, schema);
   * int[] ages = batch.ints("age"); // one primitive array, no boxing
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return the columns
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public ColumnBatch columns(int n, Schema schema) {
    return new ColumnBatch(
        Batches.columns(engine(schema), this::nextSeed, Checks.count(n), false),
        schema.engine().keys());
  }

  /**
   * Returns rows {@code [from, to)} as columns: the slice of the dataset that {@link #columns(int,
   * Schema)} would start at this point of the faker's sequence, equal to {@link #records(Schema,
   * long, long)} value for value. {@code new Faker(l, s).columns(schema, a, b)} holds the rows
   * {@code a} to {@code b - 1} of {@code new Faker(l, s).columns(n, schema)} for any {@code n >=
   * b}, so workers that share the locale, seed and schema can each turn their own slice into
   * columns.
   *
   * <pre>{@code
   * ColumnBatch second = new Faker("en_US", 42L).columns(schema, 1_000_000, 2_000_000);
   * }</pre>
   *
   * @param schema the fields; its unique fields, if any, are made distinct only from row 0, so a
   *     slice of such a schema must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code from <= to <= from + Integer.MAX_VALUE}
   * @return the columns of {@code to - from} rows
   * @throws IllegalArgumentException if the bounds are invalid, or {@code from > 0} and the schema
   *     has unique fields
   * @since 0.1.0
   */
  public ColumnBatch columns(Schema schema, long from, long to) {
    return new ColumnBatch(
        Batches.columns(
            engine(schema), this::nextSeed, from, Batches.sliceSize(engine(schema), from, to)),
        schema.engine().keys());
  }

  /**
   * Returns the same columns as {@link #columns(int, Schema)}, generated on the common fork-join
   * pool.
   *
   * <pre>{@code
   * ColumnBatch batch = new Faker("en_US", 42L).columnsParallel(10_000_000, schema);
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return the columns
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public ColumnBatch columnsParallel(int n, Schema schema) {
    return new ColumnBatch(
        Batches.columns(engine(schema), this::nextSeed, Checks.count(n), true),
        schema.engine().keys());
  }

  /**
   * Returns an endless, lazily generated stream of rows: row {@code i} of the stream equals row
   * {@code i} of {@link #records(int, Schema)} after the same seed, and only the rows being
   * consumed are in memory. Use {@code limit(n)}; the stream may be made parallel.
   *
   * <pre>{@code
   * faker.stream(schema).limit(10_000_000).forEach(row -> sink.accept(row));
   * }</pre>
   *
   * @param schema the fields; with unique fields the stream stays sequential and remembers every
   *     value of those fields
   * @return the stream
   * @since 0.1.0
   */
  public Stream<Map<String, Object>> stream(Schema schema) {
    return Batches.stream(engine(schema), this::nextSeed, 0, Long.MAX_VALUE);
  }

  /**
   * Returns rows {@code [from, to)} as a lazily generated stream, equal to {@link #records(Schema,
   * long, long)}.
   *
   * <pre>{@code
   * try (Stream<Map<String, Object>> rows = faker.stream(schema, 1_000_000, 2_000_000)) {
   *   rows.forEach(sink);
   * }
   * }</pre>
   *
   * @param schema the fields
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @return the stream
   * @throws IllegalArgumentException if the bounds are invalid, or {@code from > 0} and the schema
   *     has unique fields
   * @since 0.1.0
   */
  public Stream<Map<String, Object>> stream(Schema schema, long from, long to) {
    Batches.checkSlice(engine(schema), from, to);
    return Batches.stream(engine(schema), this::nextSeed, from, to);
  }

  /**
   * Writes {@code n} rows as CSV in the {@link CsvFormat#rfc4180() RFC 4180} format: a header of
   * field names, then one line per row, CRLF line ends, fields quoted when they contain a comma,
   * quote or line break. A {@code null} is an empty field; an empty string is {@code ""}. See
   * {@link #writeCsv(long, Schema, Appendable, CsvFormat)}.
   *
   * <pre>{@code
   * StringWriter csv = new StringWriter();
   * faker.writeCsv(1_000, schema, csv); // "name,age\r\n..."
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param out where to write; not closed
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0} or a unique field cannot supply {@code n}
   *     distinct values; nothing is written then
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field; the rows before it have been written
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Appendable out) {
    return writeCsv(n, schema, out, CsvFormat.rfc4180());
  }

  /**
   * Writes {@code n} rows as CSV in a format of your choice: a header or none, a delimiter, a text
   * for {@code null}, a line ending and a quoting policy ({@link CsvFormat}).
   *
   * <pre>{@code
   * StringBuilder csv = new StringBuilder();
   * faker.writeCsv(100, schema, csv, CsvFormat.rfc4180().withHeader(false).withDelimiter('\t'));
   * }</pre>
   *
   * <p>Row {@code i} holds the values of row {@code i} of {@link #records(int, Schema)} after the
   * same seed. A date, a UUID or any other value is written as its {@code toString()}; numbers are
   * plain decimals, never in scientific notation ({@code 156852585.89}, not {@code
   * 1.5685258589E8}), and a {@code float} field with a number of decimals has exactly that many
   * digits after the point ({@code float(0, 10, 2)} writes {@code 3.50}; {@code float(-0.5, 0.5,
   * 0)} writes {@code 0}, never {@code -0}).
   *
   * <p>Rows are generated as they are written, 1,024 at a time: only that block is in memory,
   * however large {@code n} is (a schema with unique fields also remembers the values those fields
   * took, which it must to keep them distinct). Everything that can be checked is checked before
   * the first character is written. A provider that fails, or a string with an unpaired surrogate
   * (no Unicode text, and no UTF-8 either), stops the write with an {@link IllegalStateException}
   * naming the row and field ({@code "row 2999, field 'sku': ..."}, with the provider's exception
   * as its cause); what was appended until then stays appended, since an {@code Appendable} cannot
   * take it back. Write to a {@link Path} to get a whole file or none.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param out where to write; not closed
   * @param format the CSV format
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0} or a unique field cannot supply {@code n}
   *     distinct values; nothing is written then
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field; the rows before it have been written
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Appendable out, CsvFormat format) {
    Objects.requireNonNull(format, "format");
    return Batches.write(engine(schema), this::nextSeed, n, out, format.encoder());
  }

  /**
   * Writes {@code n} rows as CSV in the {@link CsvFormat#rfc4180() RFC 4180} format to a file in
   * UTF-8, whole or not at all; see {@link #writeCsv(long, Schema, Path, CsvFormat)}.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param file the file, created or replaced
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}, a unique field cannot supply {@code n}
   *     distinct values, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Path file) {
    return writeCsv(n, schema, file, CsvFormat.rfc4180());
  }

  /**
   * Writes {@code n} rows as CSV in a format of your choice to a file in UTF-8, whole or not at
   * all: the rows go to a new file in the same directory, which replaces {@code file} in one atomic
   * move once it is complete. If anything fails (a bad argument, a provider, a value that is not
   * valid Unicode text, the disk), the new file is deleted and {@code file} is left exactly as it
   * was, or absent if it was. The values are those of {@link #writeCsv(long, Schema, Appendable,
   * CsvFormat)}, and only one block of rows is in memory at a time.
   *
   * <pre>{@code
   * faker.writeCsv(10_000_000, schema, Path.of("users.csv"),
   *     CsvFormat.rfc4180().withNullText("NULL").withLineEnding("\n"));
   * }</pre>
   *
   * <p>A replaced file keeps its permissions, but not its owner or other attributes, and a symbolic
   * link is followed: the file it points to is replaced.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param file the file, created or replaced
   * @param format the CSV format
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}, a unique field cannot supply {@code n}
   *     distinct values, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Path file, CsvFormat format) {
    Objects.requireNonNull(format, "format");
    return Batches.write(engine(schema), this::nextSeed, n, file, format.encoder());
  }

  /**
   * Writes {@code n} rows as JSON Lines: one JSON object per line, keys in schema order, strings
   * escaped per RFC 8259, numbers and booleans bare, {@code null} for null, other values (dates,
   * UUIDs) as strings. Numbers are spelled as {@link #writeCsv(long, Schema, Appendable,
   * CsvFormat)} spells them (plain decimals, a {@code float} field's decimals in full), and a
   * {@code decimal} field's {@code BigDecimal} is a number too. Rows are generated as they are
   * written, 1,024 at a time, and everything that can be checked is checked before anything is
   * written; a failure while writing is an {@link IllegalStateException} naming the row and field,
   * after the rows before it were appended.
   *
   * <pre>{@code
   * StringBuilder json = new StringBuilder();
   * faker.writeJsonLines(100, schema, json); // {"name":"...","age":59}, one row a line
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param out where to write; not closed
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0} or a unique field cannot supply {@code n}
   *     distinct values; nothing is written then
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field; the rows before it have been written
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeJsonLines(long n, Schema schema, Appendable out) {
    return Batches.write(engine(schema), this::nextSeed, n, out, RowEncoder.jsonLines());
  }

  /**
   * Writes {@code n} rows as JSON Lines to a file in UTF-8, whole or not at all, as {@link
   * #writeCsv(long, Schema, Path, CsvFormat)} writes CSV; see {@link #writeJsonLines(long, Schema,
   * Appendable)}.
   *
   * <pre>{@code
   * faker.writeJsonLines(1_000_000, schema, Path.of("users.jsonl"));
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param file the file, created or replaced
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}, a unique field cannot supply {@code n}
   *     distinct values, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   * @since 0.1.0
   */
  public long writeJsonLines(long n, Schema schema, Path file) {
    return Batches.write(engine(schema), this::nextSeed, n, file, RowEncoder.jsonLines());
  }

  /**
   * Writes rows {@code [from, to)} of the data set as CSV: one slice of what {@link #writeCsv(long,
   * Schema, Appendable, CsvFormat)} writes for {@code n >= to}, after the header if the format has
   * one. Row {@code i} depends only on this faker's seed and {@code i}, so workers that each build
   * {@code new Faker(locale, seed)} and write their own slice without a header produce, end to end,
   * exactly the rows of one big run.
   *
   * <pre>{@code
   * CsvFormat body = CsvFormat.rfc4180().withHeader(false);
   * new Faker("en_US", 42L).writeCsv(schema, 1_000_000, 2_000_000, out, body);
   * }</pre>
   *
   * @param schema the fields; its unique fields, if any, are made distinct only from row 0, so a
   *     slice of such a schema must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param out where to write; not closed
   * @param format the CSV format
   * @return {@code to - from}, the number of rows written
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, or a unique field cannot supply {@code to} distinct values; nothing is
   *     written then
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field; the rows before it have been written
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeCsv(Schema schema, long from, long to, Appendable out, CsvFormat format) {
    Objects.requireNonNull(format, "format");
    return Batches.write(engine(schema), this::nextSeed, from, to, out, format.encoder());
  }

  /**
   * Writes rows {@code [from, to)} of the data set as CSV to a file in UTF-8, whole or not at all,
   * as {@link #writeCsv(long, Schema, Path, CsvFormat)} writes rows {@code [0, n)}; see {@link
   * #writeCsv(Schema, long, long, Appendable, CsvFormat)}.
   *
   * @param schema the fields; a slice of a schema with unique fields must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param file the file, created or replaced
   * @param format the CSV format
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, a unique field cannot supply {@code to} distinct values, {@code file} is a
   *     directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   * @since 0.1.0
   */
  public long writeCsv(Schema schema, long from, long to, Path file, CsvFormat format) {
    Objects.requireNonNull(format, "format");
    return Batches.write(engine(schema), this::nextSeed, from, to, file, format.encoder());
  }

  /**
   * Writes rows {@code [from, to)} of the data set as JSON Lines: one slice of what {@link
   * #writeJsonLines(long, Schema, Appendable)} writes for {@code n >= to}. Slices written by fakers
   * of the same locale and seed concatenate to the rows of one big run.
   *
   * @param schema the fields; a slice of a schema with unique fields must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param out where to write; not closed
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, or a unique field cannot supply {@code to} distinct values; nothing is
   *     written then
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field; the rows before it have been written
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeJsonLines(Schema schema, long from, long to, Appendable out) {
    return Batches.write(engine(schema), this::nextSeed, from, to, out, RowEncoder.jsonLines());
  }

  /**
   * Writes rows {@code [from, to)} of the data set as JSON Lines to a file in UTF-8, whole or not
   * at all; see {@link #writeJsonLines(Schema, long, long, Appendable)} and {@link #writeCsv(long,
   * Schema, Path, CsvFormat)}.
   *
   * @param schema the fields; a slice of a schema with unique fields must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param file the file, created or replaced
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, a unique field cannot supply {@code to} distinct values, {@code file} is a
   *     directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   * @since 0.1.0
   */
  public long writeJsonLines(Schema schema, long from, long to, Path file) {
    return Batches.write(engine(schema), this::nextSeed, from, to, file, RowEncoder.jsonLines());
  }

  /**
   * Returns {@code n} distinct values of a provider or schema type, in the order first drawn.
   *
   * <pre>{@code
   * List<Object> emails = faker.unique("email", 10_000);
   * List<Object> codes = faker.unique("int", 90, 10, 99);
   * }</pre>
   *
   * @param type a provider name or schema type, as in {@link Schema.Builder#field(String, String,
   *     Object...)}
   * @param n how many, {@code >= 0}
   * @param args the type's arguments
   * @return an unmodifiable list of {@code n} distinct values
   * @throws IllegalArgumentException if {@code n < 0}, the type is unknown, or its domain is known
   *     to be smaller than {@code n} (a 5-value choice, a range of ints, longs, dates or seconds)
   * @throws IllegalStateException if a provider whose number of values is not known stops producing
   *     new ones: 1,000 draws in a row (or 20 times the distinct values found, if more) all repeat
   *     earlier values. A type whose values are known never stops short: past twice its size in
   *     redraws, the values not drawn yet are taken from its domain.
   * @since 0.1.0
   */
  public List<Object> unique(String type, int n, Object... args) {
    Checks.count(n);
    Generator gen =
        TypeParser.parse(type, type, args == null ? List.of() : Arrays.asList(args), customs);
    return Batches.unique(type, gen, this::nextSeed, n);
  }

  private static CompiledSchema engine(Schema schema) {
    return Objects.requireNonNull(schema, "schema").engine();
  }

  /**
   * Object plans without overrides or custom providers, analysed once per raw class, requested type
   * (a class or a parameterized type) and reference date. Nested maps rather than a key record,
   * whose {@code equals} and {@code hashCode} are made through {@code
   * java.lang.runtime.ObjectMethods} on first use (about 40 ms for a JVM's first record).
   */
  private static final ClassValue<Map<java.lang.reflect.Type, Map<LocalDate, RecordPlan>>> PLANS =
      new ClassValue<>() {
        @Override
        protected Map<java.lang.reflect.Type, Map<LocalDate, RecordPlan>> computeValue(
            Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private <T> List<T> javaRecords(int n, java.lang.reflect.Type type, Schema overrides) {
    return Batches.javaRecords(
        plan(Objects.requireNonNull(type, "type"), overrides), this::nextSeed, n);
  }

  /**
   * The plan of a type with these overrides (or none), cached where nothing but the type varies.
   */
  private RecordPlan plan(java.lang.reflect.Type type, Schema overrides) {
    Class<?> raw = rawClass(type);
    return overrides == null && customs.isEmpty() && tag.equals("en_US") && raw != null
        ? PLANS
            .get(raw)
            .computeIfAbsent(type, key -> new ConcurrentHashMap<>())
            .computeIfAbsent(
                customs.today(),
                today -> RecordPlan.of(type, BuiltIns.registry("en_US", today), List.of()))
        : overrides == null
            ? RecordPlan.of(type, customs, List.of())
            : RecordPlan.of(type, customs, overrides.specs(), overrides.sizes());
  }

  private static Class<?> rawClass(java.lang.reflect.Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof java.lang.reflect.ParameterizedType) {
      return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
    }
    return null;
  }

  /** The next value of this faker's own stream: the dataset seed of a batch of rows. */
  long nextSeed() {
    return random.nextLong();
  }

  // ---------------------------------------------------------------------------------------------
  // patterns, digit strings and longs: delegates of their definitions

  /**
   * Replaces every {@code #} of a pattern with a digit {@code 0-9}; other characters stay.
   *
   * <pre>{@code
   * String code = faker.numerify("###-##"); // "042-17"
   * }</pre>
   *
   * @param pattern the pattern
   * @return the filled pattern
   * @throws IllegalArgumentException if the pattern is null
   * @since 0.1.0
   */
  public String numerify(String pattern) {
    return (String) provider("numerify", pattern).next();
  }

  /**
   * Returns {@code n} values of {@link #numerify(String)}.
   *
   * @param n how many, {@code >= 0}
   * @param pattern the pattern
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the pattern is null
   * @since 0.1.0
   */
  public List<String> numerify(int n, String pattern) {
    return strings(n, "numerify", pattern);
  }

  /**
   * Replaces every {@code ?} of a pattern with a letter {@code a-z}; other characters stay.
   *
   * @param pattern the pattern, e.g. {@code "??-??"}
   * @return the filled pattern
   * @throws IllegalArgumentException if the pattern is null
   * @since 0.1.0
   */
  public String letterify(String pattern) {
    return (String) provider("letterify", pattern).next();
  }

  /**
   * Returns {@code n} values of {@link #letterify(String)}.
   *
   * @param n how many, {@code >= 0}
   * @param pattern the pattern
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the pattern is null
   * @since 0.1.0
   */
  public List<String> letterify(int n, String pattern) {
    return strings(n, "letterify", pattern);
  }

  /**
   * Replaces every {@code #} of a pattern with a digit and every {@code ?} with a letter {@code
   * a-z}.
   *
   * @param pattern the pattern, e.g. {@code "??-####"}
   * @return the filled pattern
   * @throws IllegalArgumentException if the pattern is null
   * @since 0.1.0
   */
  public String bothify(String pattern) {
    return (String) provider("bothify", pattern).next();
  }

  /**
   * Returns {@code n} values of {@link #bothify(String)}.
   *
   * @param n how many, {@code >= 0}
   * @param pattern the pattern
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the pattern is null
   * @since 0.1.0
   */
  public List<String> bothify(int n, String pattern) {
    return strings(n, "bothify", pattern);
  }

  /**
   * Returns a string that matches a regular expression, for the subset that describes a shape:
   * literals, {@code .}, {@code \d \w \s} and their negations, {@code [classes]} with ranges and
   * negation, groups, alternation, and the quantifiers {@code ? * + {n} {n,} {n,m}}. An unbounded
   * quantifier repeats at most 8 times beyond its minimum. Back-references, lookarounds, flags and
   * {@code \p{...}} are rejected.
   *
   * <pre>{@code
   * String plate = faker.regexify("[A-Z]{3}-\\d{4}"); // "KQB-0417"
   * }</pre>
   *
   * @param regex the expression; every value matches it under {@link java.util.regex.Pattern}
   * @return a matching string
   * @throws IllegalArgumentException if the expression is malformed or outside the subset; the
   *     message names the construct and its position
   * @since 0.1.0
   */
  public String regexify(String regex) {
    return (String) provider("regexify", regex).next();
  }

  /**
   * Returns {@code n} strings that match a regular expression, as {@link #regexify(String)}.
   *
   * @param n how many, {@code >= 0}
   * @param regex the expression
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the expression is not supported
   * @since 0.1.0
   */
  public List<String> regexify(int n, String regex) {
    return strings(n, "regexify", regex);
  }

  /**
   * Returns a string of {@code length} digits {@code 0-9}, leading zeros included.
   *
   * @param length how many digits, {@code 1..10000}
   * @return the digits, e.g. {@code "0471183920"}
   * @throws IllegalArgumentException if the length is out of range
   * @since 0.1.0
   */
  public String digits(int length) {
    return (String) provider("digits", length).next();
  }

  /**
   * Returns {@code n} strings of {@code length} digits.
   *
   * @param n how many, {@code >= 0}
   * @param length how many digits each, {@code 1..10000}
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the length is out of range
   * @since 0.1.0
   */
  public List<String> digits(int n, int length) {
    return strings(n, "digits", length);
  }

  /**
   * Returns a string of {@code length} lower-case hex digits {@code 0-9a-f}.
   *
   * @param length how many digits, {@code 1..10000}
   * @return the digits, e.g. {@code "9f04c2e1"}
   * @throws IllegalArgumentException if the length is out of range
   * @since 0.1.0
   */
  public String hexDigits(int length) {
    return (String) provider("hexDigits", length).next();
  }

  /**
   * Returns {@code n} strings of {@code length} hex digits.
   *
   * @param n how many, {@code >= 0}
   * @param length how many digits each, {@code 1..10000}
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the length is out of range
   * @since 0.1.0
   */
  public List<String> hexDigits(int n, int length) {
    return strings(n, "hexDigits", length);
  }

  /**
   * Returns a long drawn uniformly between two bounds, both inclusive; any bounds, the whole {@code
   * long} range included.
   *
   * @param min the lower bound
   * @param max the upper bound, {@code >= min}
   * @return the value
   * @throws IllegalArgumentException if {@code min > max}
   * @since 0.1.0
   */
  public long longValue(long min, long max) {
    return (Long) provider("longValue", min, max).next();
  }

  /**
   * Returns {@code n} longs drawn as {@link #longValue(long, long)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound
   * @param max the upper bound, {@code >= min}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or {@code min > max}
   * @since 0.1.0
   */
  public long[] longs(int n, long min, long max) {
    Checks.count(n);
    provider("longValue", min, max); // the definition checks the bounds and names them
    // Drawn unboxed, with the definition's own draw: a primitive batch allocates no Long.
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = Patterns.longValue(random, min, max);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(int n, String provider, Object arg) {
    Checks.count(n);
    return (List<String>) (List<?>) provider(provider, arg).next(n);
  }

  /**
   * One value of a built-in provider bound to its defaults: the delegate of a no-argument method.
   *
   * @param provider the canonical name
   * @return the value, of the definition's type
   */
  @SuppressWarnings("unchecked")
  private <T> T one(String provider) {
    return (T) customs.builtIn(provider).next(random);
  }

  /**
   * {@code n} values of a built-in provider bound to its defaults, drawn as one batch: the delegate
   * of a no-argument method's plural.
   *
   * @param n how many, {@code >= 0}
   * @param provider the canonical name
   * @return an unmodifiable list of exactly {@code n} values
   */
  @SuppressWarnings("unchecked")
  private <T> List<T> many(int n, String provider) {
    Object[] out = new Object[Checks.count(n)];
    customs.builtIn(provider).batch(random, out, 0, out.length);
    return (List<T>) list(out);
  }

  /**
   * One value of a provider bound to arguments, which its definition checks and names.
   *
   * @param provider the canonical name
   * @param args the arguments
   * @return the value
   */
  @SuppressWarnings("unchecked")
  private <T> T one(String provider, Object... args) {
    return (T) provider(provider, args).next();
  }

  /**
   * {@code n} values of a provider bound to arguments, drawn as one batch.
   *
   * @param n how many, {@code >= 0}
   * @param provider the canonical name
   * @param args the arguments
   * @return an unmodifiable list of exactly {@code n} values
   */
  @SuppressWarnings("unchecked")
  private <T> List<T> many(int n, String provider, Object... args) {
    Checks.count(n);
    return (List<T>) provider(provider, args).next(n);
  }

  // ---------------------------------------------------------------------------------------------
  // codes and character strings (CodeProviders): delegates of their definitions

  /**
   * Returns an ISBN-10: nine digits and the check digit that makes the weighted sum a multiple of
   * 11 ({@code X} stands for ten), without hyphens.
   *
   * <pre>{@code
   * String isbn = faker.isbn10(); // "0306406152"
   * }</pre>
   *
   * @return ten characters, the last a digit or {@code X}
   * @since 0.1.0
   */
  public String isbn10() {
    return one("isbn10");
  }

  /**
   * Returns {@code n} values of {@link #isbn10()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} ISBN-10s
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> isbn10s(int n) {
    return many(n, "isbn10");
  }

  /**
   * Returns an ISBN-13: {@code 978} (nine times in ten) or {@code 979} followed by one of its book
   * registration groups, random digits and the GS1 check digit, without hyphens.
   *
   * <pre>{@code
   * String isbn = faker.isbn13(); // "9780306406157"
   * }</pre>
   *
   * @return thirteen digits
   * @since 0.1.0
   */
  public String isbn13() {
    return one("isbn13");
  }

  /**
   * Returns {@code n} values of {@link #isbn13()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} ISBN-13s
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> isbn13s(int n) {
    return many(n, "isbn13");
  }

  /**
   * Returns an EAN-13 (GTIN-13) barcode number: the three-digit prefix of a GS1 member organisation
   * (such as {@code 400}-{@code 440} for Germany, {@code 300}-{@code 379} for France), nine random
   * digits and the GS1 check digit. Restricted-circulation, coupon, ISSN and ISBN prefixes are
   * never drawn.
   *
   * @return thirteen digits, e.g. {@code "4006381333931"}
   * @since 0.1.0
   */
  public String ean13() {
    return one("ean13");
  }

  /**
   * Returns {@code n} values of {@link #ean13()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} EAN-13s
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> ean13s(int n) {
    return many(n, "ean13");
  }

  /**
   * Returns a vehicle identification number (ISO 3779, 49 CFR 565): a real car maker's World
   * Manufacturer Identifier, a random vehicle descriptor, the check digit in position 9, the code
   * of a model year among the 30 up to the year after this faker's {@link #today()} in position 10,
   * a plant code and a six-digit serial number. Never {@code I}, {@code O} or {@code Q}.
   *
   * <pre>{@code
   * String vin = faker.vin(); // "1HGCM82633A004352"
   * }</pre>
   *
   * @return seventeen characters
   * @since 0.1.0
   */
  public String vin() {
    return one("vin");
  }

  /**
   * Returns {@code n} values of {@link #vin()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} VINs
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> vins(int n) {
    return many(n, "vin");
  }

  /**
   * Returns an IMEI: a type allocation code that starts with the identifier of a reporting body
   * that allocates them ({@code 35}, {@code 86}, {@code 01} or {@code 99}), a serial number and the
   * Luhn check digit.
   *
   * @return fifteen digits, e.g. {@code "356938035643809"}
   * @since 0.1.0
   */
  public String imei() {
    return one("imei");
  }

  /**
   * Returns {@code n} values of {@link #imei()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} IMEIs
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> imeis(int n) {
    return many(n, "imei");
  }

  /**
   * Returns the ISO 4217 code of a currency that a country or territory uses today, each of the 155
   * codes equally likely. The codes come from forgery's own table, so they are the same on every
   * JDK.
   *
   * @return three upper-case letters, e.g. {@code "EUR"}
   * @since 0.1.0
   */
  public String currencyCode() {
    return one("currencyCode");
  }

  /**
   * Returns {@code n} values of {@link #currencyCode()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} currency codes
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> currencyCodes(int n) {
    return many(n, "currencyCode");
  }

  /**
   * Returns a language and a country as a BCP 47 language tag, such as {@code fr-CA}: one of the
   * 317 pairs of a country and a language spoken there (GeoNames), each equally likely. The tags
   * come from forgery's own table, so they are the same on every JDK, and {@link
   * java.util.Locale#forLanguageTag} reads each of them.
   *
   * @return the tag, e.g. {@code "pt-BR"}
   * @since 0.1.0
   */
  public String languageTag() {
    return one("languageTag");
  }

  /**
   * Returns {@code n} values of {@link #languageTag()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} language tags
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> languageTags(int n) {
    return many(n, "languageTag");
  }

  /**
   * Returns a string of {@code length} letters {@code a-z}, each equally likely.
   *
   * @param length how many letters, {@code 1..10000}
   * @return the letters, e.g. {@code "qhzbtmwkae"}
   * @throws IllegalArgumentException if the length is out of range
   * @since 0.1.0
   */
  public String letters(int length) {
    return one("letters", length);
  }

  /**
   * Returns {@code n} strings of {@code length} letters {@code a-z}.
   *
   * @param n how many, {@code >= 0}
   * @param length how many letters each, {@code 1..10000}
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the length is out of range
   * @since 0.1.0
   */
  public List<String> letters(int n, int length) {
    return many(n, "letters", length);
  }

  /**
   * Returns a string of {@code length} characters from {@code a-z} and {@code 0-9}, each of the 36
   * equally likely.
   *
   * @param length how many characters, {@code 1..10000}
   * @return the characters, e.g. {@code "x7k2m9qa0d"}
   * @throws IllegalArgumentException if the length is out of range
   * @since 0.1.0
   */
  public String alphanumeric(int length) {
    return one("alphanumeric", length);
  }

  /**
   * Returns {@code n} strings of {@code length} characters from {@code a-z} and {@code 0-9}.
   *
   * @param n how many, {@code >= 0}
   * @param length how many characters each, {@code 1..10000}
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the length is out of range
   * @since 0.1.0
   */
  public List<String> alphanumerics(int n, int length) {
    return many(n, "alphanumeric", length);
  }

  // ---------------------------------------------------------------------------------------------
  // commerce, books, company parts and decimals: delegates of their definitions

  /**
   * Returns a decimal drawn uniformly from the multiples of {@code 10^-scale} between {@code min}
   * and {@code max}, both inclusive, with exactly {@code scale} digits after the point. The bounds
   * are read as their shortest decimal forms ({@code BigDecimal.valueOf(double)}), so {@code 0.1}
   * is one tenth.
   *
   * <pre>{@code
   * BigDecimal amount = faker.decimal(0, 100, 2); // e.g. 42.07, never 42.1
   * }</pre>
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive, {@code >= min}
   * @param scale digits after the point, {@code 0..20}
   * @return the value, of scale {@code scale}
   * @throws IllegalArgumentException if a bound is not finite, {@code min > max}, the scale is out
   *     of range, or no multiple of {@code 10^-scale} lies between the bounds
   * @since 0.1.0
   */
  public java.math.BigDecimal decimal(double min, double max, int scale) {
    return one("decimal", min, max, scale);
  }

  /**
   * Returns {@code n} decimals drawn as {@link #decimal(double, double, int)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive, {@code >= min}
   * @param scale digits after the point, {@code 0..20}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or the arguments are invalid as for {@link
   *     #decimal(double, double, int)}
   * @since 0.1.0
   */
  public List<java.math.BigDecimal> decimals(int n, double min, double max, int scale) {
    return many(n, "decimal", min, max, scale);
  }

  /**
   * Returns a product name: an adjective, a material the product is made of and the product, such
   * as {@code "Rustic Oak Table"} or {@code "Classic Linen Shirt"}.
   *
   * @return the product name
   * @since 0.1.0
   */
  public String productName() {
    return one("productName");
  }

  /**
   * Returns {@code n} values of {@link #productName()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> productNames(int n) {
    return many(n, "productName");
  }

  /**
   * Returns a store department, such as {@code "Garden"} or {@code "Electronics"}.
   *
   * @return the department
   * @since 0.1.0
   */
  public String department() {
    return one("department");
  }

  /**
   * Returns {@code n} values of {@link #department()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> departments(int n) {
    return many(n, "department");
  }

  /**
   * Returns a material products are made of, such as {@code "Oak"}, {@code "Cotton"} or {@code
   * "Stainless Steel"}.
   *
   * @return the material
   * @since 0.1.0
   */
  public String material() {
    return one("material");
  }

  /**
   * Returns {@code n} values of {@link #material()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> materials(int n) {
    return many(n, "material");
  }

  /**
   * Returns a price between 1.00 and 1000.00 with the endings of retail prices: about 60% end in
   * {@code .99}, 10% each in {@code .95}, {@code .49} and {@code .00}, the rest in any cent.
   *
   * @return the price, of scale 2
   * @since 0.1.0
   */
  public java.math.BigDecimal price() {
    return one("price");
  }

  /**
   * Returns {@code n} values of {@link #price()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<java.math.BigDecimal> prices(int n) {
    return many(n, "price");
  }

  /**
   * Returns a price between {@code min} and {@code max}, both inclusive, with the endings of {@link
   * #price()}; where no price of the range has the ending drawn, any cent of the range.
   *
   * <pre>{@code
   * BigDecimal price = faker.price(5, 50); // e.g. 17.99
   * }</pre>
   *
   * @param min the lowest price, {@code >= 0}
   * @param max the highest price, {@code >= min} and at most 10^12
   * @return the price, of scale 2
   * @throws IllegalArgumentException if a bound is negative, not finite or above 10^12, {@code min
   *     > max}, or no whole cent lies between the bounds
   * @since 0.1.0
   */
  public java.math.BigDecimal price(double min, double max) {
    return one("price", min, max);
  }

  /**
   * Returns {@code n} prices drawn as {@link #price(double, double)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lowest price, {@code >= 0}
   * @param max the highest price, {@code >= min} and at most 10^12
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or the bounds are invalid as for {@link
   *     #price(double, double)}
   * @since 0.1.0
   */
  public List<java.math.BigDecimal> prices(int n, double min, double max) {
    return many(n, "price", min, max);
  }

  /**
   * Returns a promotion code: a word and a discount such as {@code "SPRING25"}, or a word and four
   * characters without look-alikes (no 0, 1, I or O) such as {@code "SAVE-7KQ2"}.
   *
   * @return the code
   * @since 0.1.0
   */
  public String promotionCode() {
    return one("promotionCode");
  }

  /**
   * Returns {@code n} values of {@link #promotionCode()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> promotionCodes(int n) {
    return many(n, "promotionCode");
  }

  /**
   * Returns the title of one of the 3,000 most downloaded English public-domain books of Project
   * Gutenberg, subtitle cut, such as {@code "Pride and Prejudice"}.
   *
   * @return the title
   * @since 0.1.0
   */
  public String bookTitle() {
    return one("bookTitle");
  }

  /**
   * Returns {@code n} values of {@link #bookTitle()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> bookTitles(int n) {
    return many(n, "bookTitle");
  }

  /**
   * Returns the name of an author of those books, first name first, such as {@code "Jane Austen"}
   * or {@code "Homer"}.
   *
   * @return the author
   * @since 0.1.0
   */
  public String author() {
    return one("author");
  }

  /**
   * Returns {@code n} values of {@link #author()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> authors(int n) {
    return many(n, "author");
  }

  /**
   * Returns a literary genre, such as {@code "Science Fiction"} or {@code "Mystery"}, weighted by
   * how often the Project Gutenberg catalogue files its popular books under it.
   *
   * @return the genre
   * @since 0.1.0
   */
  public String genre() {
    return one("genre");
  }

  /**
   * Returns {@code n} values of {@link #genre()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> genres(int n) {
    return many(n, "genre");
  }

  /**
   * Returns an industry of LinkedIn's list, such as {@code "Computer Software"} or {@code "Hospital
   * & Health Care"}.
   *
   * @return the industry
   * @since 0.1.0
   */
  public String industry() {
    return one("industry");
  }

  /**
   * Returns {@code n} values of {@link #industry()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> industries(int n) {
    return many(n, "industry");
  }

  /**
   * Returns a business buzzword, such as {@code "synergize"}, {@code "scalable"} or {@code "ROI"}.
   *
   * @return the buzzword
   * @since 0.1.0
   */
  public String buzzword() {
    return one("buzzword");
  }

  /**
   * Returns {@code n} values of {@link #buzzword()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> buzzwords(int n) {
    return many(n, "buzzword");
  }

  // ---------------------------------------------------------------------------------------------
  // identity and web: passwords, name prefixes, files, MIME types, slugs, user agents

  /**
   * Returns a password that meets the default policy: 12 to 16 characters with at least one
   * lower-case letter, one upper-case letter, one digit and one symbol (from {@code
   * !#$%&()*+,-./:;=?@[]^_{|}~}), at random positions. It passes the sign-up rules in common use (a
   * minimum of 8 or 12 characters, the four classes, a maximum of 16 or more).
   *
   * <pre>{@code
   * String secret = faker.password(); // "q7R}mzT2a.vkWx"
   * }</pre>
   *
   * @return the password
   * @since 0.1.0
   */
  public String password() {
    return one("password");
  }

  /**
   * Returns {@code n} passwords of the default policy, see {@link #password()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} passwords
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> passwords(int n) {
    return many(n, "password");
  }

  /**
   * Returns a password that meets a policy: its length is in {@code [minLength, maxLength]}; it has
   * at least one lower-case letter; with {@code upper}, {@code digits} or {@code symbols} true at
   * least one character of that class, with it false none. The required characters land at random
   * positions.
   *
   * <pre>{@code
   * String pin = faker.password(8, 8, false, true, false); // "4kx9qa0m": lower case and digits
   * }</pre>
   *
   * @param minLength the shortest length, from the number of required classes (lower case plus one
   *     per flag set) to 1024
   * @param maxLength the longest length, {@code minLength..1024}
   * @param upper whether upper-case letters are required (otherwise never used)
   * @param digits whether digits are required (otherwise never used)
   * @param symbols whether symbols are required (otherwise never used)
   * @return the password
   * @throws IllegalArgumentException if a length is out of range
   * @since 0.1.0
   */
  public String password(
      int minLength, int maxLength, boolean upper, boolean digits, boolean symbols) {
    return one("password", minLength, maxLength, upper, digits, symbols);
  }

  /**
   * Returns {@code n} passwords that meet a policy, see {@link #password(int, int, boolean,
   * boolean, boolean)}.
   *
   * @param n how many, {@code >= 0}
   * @param minLength the shortest length, from the number of required classes to 1024
   * @param maxLength the longest length, {@code minLength..1024}
   * @param upper whether upper-case letters are required (otherwise never used)
   * @param digits whether digits are required (otherwise never used)
   * @param symbols whether symbols are required (otherwise never used)
   * @return an unmodifiable list of exactly {@code n} passwords
   * @throws IllegalArgumentException if {@code n < 0} or a length is out of range
   * @since 0.1.0
   */
  public List<String> passwords(
      int n, int minLength, int maxLength, boolean upper, boolean digits, boolean symbols) {
    return many(n, "password", minLength, maxLength, upper, digits, symbols);
  }

  /**
   * Returns a name prefix, weighted as adults use them: {@code Mr.} about half the time, then
   * {@code Mrs.}, {@code Ms.}, {@code Miss}, {@code Dr.}, and rarely {@code Mx.}, {@code Prof.} or
   * {@code Rev.}
   *
   * @return a prefix such as {@code "Mrs."}
   * @since 0.1.0
   */
  public String namePrefix() {
    return one("namePrefix");
  }

  /**
   * Returns {@code n} name prefixes.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} prefixes
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> namePrefixes(int n) {
    return many(n, "namePrefix");
  }

  /**
   * Returns a file name: one to three common English words joined by underscores, a dot and an
   * extension of {@link #fileExtension()}'s table.
   *
   * @return a file name such as {@code "annual_report.pdf"}
   * @since 0.1.0
   */
  public String fileName() {
    return one("fileName");
  }

  /**
   * Returns {@code n} file names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} file names
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> fileNames(int n) {
    return many(n, "fileName");
  }

  /**
   * Returns a file extension, without its dot, from 42 common ones weighted by how often files have
   * them ({@code pdf} and {@code jpg} most often).
   *
   * @return an extension such as {@code "pdf"}
   * @since 0.1.0
   */
  public String fileExtension() {
    return one("fileExtension");
  }

  /**
   * Returns {@code n} file extensions.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} extensions
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> fileExtensions(int n) {
    return many(n, "fileExtension");
  }

  /**
   * Returns an IANA-registered media type, the type of one of {@link #fileExtension()}'s extensions
   * and as frequent as they are together; a faker seeded alike draws an extension and its type.
   *
   * @return a media type such as {@code "application/pdf"}
   * @since 0.1.0
   */
  public String mimeType() {
    return one("mimeType");
  }

  /**
   * Returns {@code n} media types.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} media types
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> mimeTypes(int n) {
    return many(n, "mimeType");
  }

  /**
   * Returns a URL slug: two to four distinct common English words, lower case, joined by hyphens.
   *
   * @return a slug such as {@code "quick-brown-fox"}
   * @since 0.1.0
   */
  public String slug() {
    return one("slug");
  }

  /**
   * Returns {@code n} slugs.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} slugs
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> slugs(int n) {
    return many(n, "slug");
  }

  /**
   * Returns the User-Agent string of a current browser: Chrome, Safari, Edge or Firefox on Windows,
   * macOS, Linux, Android or iPhone, weighted by their share of web traffic, the newest versions
   * most often.
   *
   * @return a user agent such as {@code "Mozilla/5.0 (Windows NT 10.0; Win64; x64)
   *     AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36"}
   * @since 0.1.0
   */
  public String userAgent() {
    return one("userAgent");
  }

  /**
   * Returns {@code n} user agents.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} user agents
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> userAgents(int n) {
    return many(n, "userAgent");
  }

  // ---------------------------------------------------------------------------------------------
  // address parts: street names, building numbers, secondary addresses, counties, coordinates

  /**
   * Returns a street name with its USPS suffix, drawn from the table and with the weights of the
   * street of {@link #streetAddress()}: a census street name (Main, Oak, 2nd...) with a common
   * Publication 28 suffix abbreviation.
   *
   * @return a street such as {@code "Main St"}
   * @since 0.1.0
   */
  public String streetName() {
    return one("streetName");
  }

  /**
   * Returns {@code n} street names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} street names
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> streetNames(int n) {
    return many(n, "streetName");
  }

  /**
   * Returns a house number as {@link #streetAddress()} draws it: {@code 1..99999}, with three- and
   * four-digit numbers the most common, and never a leading zero.
   *
   * @return a house number such as {@code "4821"}
   * @since 0.1.0
   */
  public String buildingNumber() {
    return one("buildingNumber");
  }

  /**
   * Returns {@code n} house numbers.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} house numbers
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> buildingNumbers(int n) {
    return many(n, "buildingNumber");
  }

  /**
   * Returns a secondary unit with a USPS Publication 28 designator, of the kinds and numbers {@link
   * #streetAddress()} ends a line with: {@code Apt 1..999} (65%), {@code Ste 100..999} (20%) or
   * {@code Unit 1..99} (15%).
   *
   * <pre>{@code
   * String line2 = faker.secondaryAddress(); // "Apt 312"
   * }</pre>
   *
   * @return a unit such as {@code "Apt 12"}
   * @since 0.1.0
   */
  public String secondaryAddress() {
    return one("secondaryAddress");
  }

  /**
   * Returns {@code n} secondary units.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} units
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> secondaryAddresses(int n) {
    return many(n, "secondaryAddress");
  }

  /**
   * Returns a county or county equivalent of the 50 states or DC, named as the Census Bureau names
   * it ({@code Orleans Parish}, {@code Kenai Peninsula Borough}, {@code Richmond city}), drawn in
   * proportion to its population as the ZIP codes of {@link #postcode()} estimate it. A name
   * several states share, such as {@code Washington County}, is one value with their weights
   * summed.
   *
   * @return a county such as {@code "Cook County"}
   * @since 0.1.0
   */
  public String county() {
    return one("county");
  }

  /**
   * Returns {@code n} counties.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} counties
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> counties(int n) {
    return many(n, "county");
  }

  /**
   * Returns a latitude in degrees, uniform in {@code [-90, 90)} and a multiple of {@code 0.000001}
   * (six decimals, about 11 cm). Latitude and longitude are independent, so a {@code latitude()}
   * and a {@code longitude()} make a point uniform over the map's degrees (not over the Earth's
   * area: the poles get as many points as the equator), anywhere on land or sea.
   *
   * <pre>{@code
   * double lat = faker.latitude();  // 41.878113
   * double lng = faker.longitude(); // -87.629799
   * }</pre>
   *
   * @return the latitude
   * @since 0.1.0
   */
  public double latitude() {
    return customs.builtIn("latitude").nextDouble(random);
  }

  /**
   * Returns {@code n} latitudes, as a {@code double[]} like every numeric batch ({@link
   * #doubles(int)}): no boxing.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} latitudes
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public double[] latitudes(int n) {
    return coordinates(n, "latitude");
  }

  /**
   * Returns a longitude in degrees, uniform in {@code [-180, 180)} and a multiple of {@code
   * 0.000001} (six decimals); see {@link #latitude()}.
   *
   * @return the longitude
   * @since 0.1.0
   */
  public double longitude() {
    return customs.builtIn("longitude").nextDouble(random);
  }

  /**
   * Returns {@code n} longitudes, as a {@code double[]} like every numeric batch.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} longitudes
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public double[] longitudes(int n) {
    return coordinates(n, "longitude");
  }

  /** {@code n} unboxed values of a coordinate provider, drawn as its singles are. */
  private double[] coordinates(int n, String provider) {
    double[] out = new double[Checks.count(n)];
    Generator coordinate = customs.builtIn(provider);
    for (int i = 0; i < out.length; i++) {
      out[i] = coordinate.nextDouble(random);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // choices, lists, templates, regexes and relative dates

  /**
   * Returns one of the given values, each equally likely: the {@code choice} provider, also named
   * {@code oneOf}.
   *
   * <pre>{@code
   * String material = faker.oneOf("Plastic", "Wood", "Metal");
   * }</pre>
   *
   * @param values the values, at least one, none null
   * @param <T> the type of the values
   * @return one of them
   * @throws IllegalArgumentException if there are no values or one is null
   * @since 0.1.0
   */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    if (values == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return oneOf(list);
  }

  /**
   * Returns one of the given values, each equally likely.
   *
   * @param values the values, at least one, none null
   * @param <T> the type of the values
   * @return one of them
   * @throws IllegalArgumentException if the list is empty or null, or holds a null
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public <T> T oneOf(List<T> values) {
    return (T) provider("oneOf", nonNull(values, "values")).next();
  }

  /**
   * Returns one constant of an enum, each equally likely.
   *
   * <pre>{@code
   * Status status = faker.oneOf(Status.class);
   * }</pre>
   *
   * @param enumType the enum class
   * @param <E> the enum
   * @return one of its constants
   * @throws IllegalArgumentException if the enum has no constants or the class is null
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public <E extends Enum<E>> E oneOf(Class<E> enumType) {
    return (E) provider("oneOf", nonNull(enumType, "enumType")).next();
  }

  /**
   * Returns {@code n} values, each one of the given values as {@link #oneOf(List)} draws it.
   *
   * @param n how many, {@code >= 0}
   * @param values the values, at least one, none null
   * @param <T> the type of the values
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or the values are empty, null or hold a null
   * @since 0.1.0
   */
  public <T> List<T> oneOf(int n, List<T> values) {
    return many(n, "oneOf", nonNull(values, "values"));
  }

  /**
   * Returns {@code n} constants of an enum, as {@link #oneOf(Class)} draws them.
   *
   * @param n how many, {@code >= 0}
   * @param enumType the enum class
   * @param <E> the enum
   * @return an unmodifiable list of exactly {@code n} constants
   * @throws IllegalArgumentException if {@code n < 0} or the enum has no constants
   * @since 0.1.0
   */
  public <E extends Enum<E>> List<E> oneOf(int n, Class<E> enumType) {
    return many(n, "oneOf", nonNull(enumType, "enumType"));
  }

  /**
   * Returns one of the keys of a map, with probability proportional to its weight.
   *
   * <pre>{@code
   * String plan = faker.weighted(Map.of("free", 80, "pro", 15, "enterprise", 5));
   * }</pre>
   *
   * <p>A seed gives the same values whatever order the map iterates in: keys of one comparable type
   * (strings, numbers, enums) are taken in their natural order; other keys need a map with an order
   * of its own ({@code LinkedHashMap}, {@code TreeMap}).
   *
   * @param weights each value's weight: finite, {@code >= 0}, with a positive total
   * @param <T> the type of the values
   * @return one of the keys
   * @throws IllegalArgumentException if the map is empty or null, a weight is negative, infinite or
   *     not a number, the total is zero, or the keys have no order
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public <T> T weighted(Map<T, ? extends Number> weights) {
    return (T) provider("weighted", nonNull(weights, "weights")).next();
  }

  /**
   * Returns {@code n} keys of a map drawn as {@link #weighted(Map)} draws one.
   *
   * @param n how many, {@code >= 0}
   * @param weights each value's weight
   * @param <T> the type of the values
   * @return an unmodifiable list of exactly {@code n} keys
   * @throws IllegalArgumentException if {@code n < 0} or the weights are invalid
   * @since 0.1.0
   */
  public <T> List<T> weighted(int n, Map<T, ? extends Number> weights) {
    return many(n, "weighted", nonNull(weights, "weights"));
  }

  /**
   * Returns {@code n} values of any function of a faker: a batch of anything, custom lambdas
   * included. The function is called {@code n} times with this faker, in order, so the list follows
   * this faker's seed exactly as {@code n} calls would.
   *
   * <pre>{@code
   * List<String> skus = faker.list(1_000, f -> "SKU-" + f.digits(6));
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param value makes one value from the faker it is given; it may return null
   * @param <T> the type of the values
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or the function is null
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> list(int n, Function<Faker, ? extends T> value) {
    Checks.count(n);
    nonNull(value, "value");
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = value.apply(this);
    }
    return (List<T>) list(out);
  }

  /**
   * Fills a template: each {@code #{...}} becomes a value of the provider it names, built-in or
   * {@linkplain #register registered}, in any spelling; arguments follow the name, separated by
   * commas. A dotted name keeps its last part, so Datafaker's {@code #{Name.first_name}} works.
   *
   * <pre>{@code
   * String to = faker.template("#{first_name} <#{safe_email}>");    // "Linda <linda@example.com>"
   * String ref = faker.template("INV-#{digits 6}/#{int 2020, 2026}"); // "INV-047113/2024"
   * }</pre>
   *
   * @param template the text with placeholders
   * @return the filled text
   * @throws IllegalArgumentException if a placeholder is not closed, names an unknown provider (the
   *     message suggests the closest) or gives it wrong arguments
   * @since 0.1.0
   */
  public String template(String template) {
    return Templates.compile(template, customs).draw(random);
  }

  /**
   * Returns {@code n} filled templates, as {@link #template(String)}; the template is read once.
   *
   * @param n how many, {@code >= 0}
   * @param template the text with placeholders
   * @return an unmodifiable list of exactly {@code n} strings
   * @throws IllegalArgumentException if {@code n < 0} or the template is invalid
   * @since 0.1.0
   */
  public List<String> template(int n, String template) {
    Checks.count(n);
    Templates.Template compiled = Templates.compile(template, customs);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = compiled.draw(random);
    }
    return list(out);
  }

  /**
   * Returns a date in the past: between {@code maxDaysAgo} days before {@link #today()} and the day
   * before it, every day equally likely; never today.
   *
   * <pre>{@code
   * LocalDate shipped = faker.pastDate(30); // within the last 30 days
   * }</pre>
   *
   * @param maxDaysAgo how far back, {@code 1..100000} days
   * @return the date
   * @throws IllegalArgumentException if {@code maxDaysAgo} is out of range
   * @since 0.1.0
   */
  public LocalDate pastDate(int maxDaysAgo) {
    return one("pastDate", maxDaysAgo);
  }

  /**
   * Returns {@code n} dates in the past, as {@link #pastDate(int)}.
   *
   * @param n how many, {@code >= 0}
   * @param maxDaysAgo how far back, {@code 1..100000} days
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0} or {@code maxDaysAgo} is out of range
   * @since 0.1.0
   */
  public List<LocalDate> pastDates(int n, int maxDaysAgo) {
    return many(n, "pastDate", maxDaysAgo);
  }

  /**
   * Returns a date in the future: between the day after {@link #today()} and {@code maxDaysAhead}
   * days after it, every day equally likely; never today.
   *
   * <pre>{@code
   * LocalDate due = faker.futureDate(14); // within the next two weeks
   * }</pre>
   *
   * @param maxDaysAhead how far ahead, {@code 1..100000} days
   * @return the date
   * @throws IllegalArgumentException if {@code maxDaysAhead} is out of range
   * @since 0.1.0
   */
  public LocalDate futureDate(int maxDaysAhead) {
    return one("futureDate", maxDaysAhead);
  }

  /**
   * Returns {@code n} dates in the future, as {@link #futureDate(int)}.
   *
   * @param n how many, {@code >= 0}
   * @param maxDaysAhead how far ahead, {@code 1..100000} days
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0} or {@code maxDaysAhead} is out of range
   * @since 0.1.0
   */
  public List<LocalDate> futureDates(int n, int maxDaysAhead) {
    return many(n, "futureDate", maxDaysAhead);
  }

  /**
   * Returns an instant with whole seconds between 1970-01-01T00:00:00Z and 2030-12-31T23:59:59Z,
   * every second equally likely.
   *
   * @return the instant
   * @since 0.1.0
   */
  public Instant instant() {
    return one("instant");
  }

  /**
   * Returns {@code n} instants, as {@link #instant()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} instants
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<Instant> instants(int n) {
    return many(n, "instant");
  }

  /**
   * Returns a date-time with whole seconds between 1970-01-01T00:00:00 and 2030-12-31T23:59:59
   * (local), with one of the 38 UTC offsets in use in the world, each equally likely. The offsets
   * are forgery's own table, so values do not change with the JDK's time-zone data.
   *
   * @return the date-time
   * @since 0.1.0
   */
  public OffsetDateTime offsetDateTime() {
    return one("offsetDateTime");
  }

  /**
   * Returns {@code n} date-times with offsets, as {@link #offsetDateTime()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} date-times
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<OffsetDateTime> offsetDateTimes(int n) {
    return many(n, "offsetDateTime");
  }

  /**
   * Returns a zoned date-time drawn as {@link #offsetDateTime()}, in a fixed-offset zone ({@code
   * ZoneOffset}): region zones such as {@code Europe/Paris} follow rules that change with the JDK's
   * time-zone data, and a seed must give the same values on every JDK.
   *
   * @return the date-time
   * @since 0.1.0
   */
  public ZonedDateTime zonedDateTime() {
    return one("zonedDateTime");
  }

  /**
   * Returns {@code n} zoned date-times, as {@link #zonedDateTime()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} date-times
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<ZonedDateTime> zonedDateTimes(int n) {
    return many(n, "zonedDateTime");
  }

  /**
   * Returns a time of day with whole seconds, every second of the day equally likely.
   *
   * @return the time, {@code 00:00:00..23:59:59}
   * @since 0.1.0
   */
  public LocalTime localTime() {
    return one("localTime");
  }

  /**
   * Returns {@code n} times of day, as {@link #localTime()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} times
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<LocalTime> localTimes(int n) {
    return many(n, "localTime");
  }

  /**
   * Returns the IANA id of a time zone, such as {@code Europe/Paris}: one of the 347 zones of the
   * world's cities of more than 15,000 people (GeoNames), each equally likely. The ids come from
   * forgery's own table, so they are the same on every JDK, and {@link java.time.ZoneId#of} reads
   * each of them.
   *
   * @return the zone id, e.g. {@code "America/Chicago"}
   * @since 0.1.0
   */
  public String timeZone() {
    return one("timeZone");
  }

  /**
   * Returns {@code n} values of {@link #timeZone()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} zone ids
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<String> timeZones(int n) {
    return many(n, "timeZone");
  }

  private static <V> V nonNull(V value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

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
    customs.register(name, provider, this);
    return this;
  }

  /**
   * Registers a model: a named set of overrides for a class, usable wherever a provider name is.
   * The model's objects are those of {@link #records(int, Class, Schema)} with the same overrides,
   * drawn one at a time: {@code faker.generate("vip")}, a schema field of type {@code "vip"}, an
   * override that fills a property with it ({@code .field("Customer *", "vip")}), a template, or
   * {@code @Forged(model = "vip")} in tests.
   *
   * <pre>{@code
   * faker.register("vip", Customer.class, Schema.builder()
   *     .field("tier", "choice", "GOLD", "PLATINUM")
   *     .field("email", "safe_email")
   *     .build());
   * Customer vip = (Customer) faker.generate("vip");
   * Schema orders = Schema.builder(faker).field("id", "uuid").field("buyer", "vip").build();
   * }</pre>
   *
   * <p>The overrides are checked now: an unknown path, a value that does not fit its property, or a
   * {@code unique} field (uniqueness belongs to a batch) fails here, not when objects are made.
   * Models may use the providers and models registered on this faker before them.
   *
   * @param name the model's name; case and underscores are ignored when it is looked up
   * @param type a record or fillable class
   * @param overrides fields named after property paths or selectors, as for {@link #records(int,
   *     Class, Schema)}
   * @param <T> the type
   * @return this faker
   * @throws IllegalArgumentException if the name is blank or names a built-in provider, or the type
   *     or an override is invalid
   * @since 0.1.0
   */
  public <T> Faker register(String name, Class<T> type, Schema overrides) {
    return registerModel(name, Objects.requireNonNull(type, "type"), overrides);
  }

  /**
   * Registers a model of a generic type; see {@link #register(String, Class, Schema)}.
   *
   * <pre>{@code
   * faker.register("firstPage", new TypeRef<Page<Customer>>() {},
   *     Schema.builder().field("number", "int", 1, 1).build());
   * }</pre>
   *
   * @param name the model's name
   * @param type the type, e.g. {@code new TypeRef<Page<Customer>>() {}}
   * @param overrides fields named after property paths or selectors
   * @param <T> the type
   * @return this faker
   * @throws IllegalArgumentException if the name is blank or names a built-in provider, or the type
   *     or an override is invalid
   * @since 0.1.0
   */
  public <T> Faker register(String name, TypeRef<T> type, Schema overrides) {
    return registerModel(name, Objects.requireNonNull(type, "type").type(), overrides);
  }

  private Faker registerModel(String name, java.lang.reflect.Type type, Schema overrides) {
    Objects.requireNonNull(overrides, "overrides");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    RecordPlan plan;
    try {
      plan = RecordPlan.of(type, customs, overrides.specs(), overrides.sizes());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model '" + name + "': " + e.getMessage(), e);
    }
    customs.register(
        name,
        plan.type(),
        plan.objects(name),
        "model: " + type.getTypeName() + " with " + overrides.fieldNames());
    return this;
  }

  /**
   * Returns the names accepted by {@link #generate(String)}: every built-in provider and every
   * provider registered on this faker.
   *
   * <pre>{@code
   * for (String name : faker.providers()) {
   *   System.out.println(faker.describe(name));
   * }
   * }</pre>
   *
   * @return a sorted, unmodifiable set of canonical names
   */
  public SortedSet<String> providers() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(customs.names()));
  }

  /**
   * Describes a provider for listings and help texts: its signature with each argument's name, type
   * and default, then what it draws and its other names, e.g. {@code integer(min: int = 0, max: int
   * = 100): ...; aliases: int}. Together with {@link #providers()} this lists everything a schema,
   * {@link #generate(String)} or {@link #provider(String, Object...)} accepts.
   *
   * <pre>{@code
   * faker.describe("zip");
   * // postcode: a postal code such as "62704"; aliases: zip, zipCode, postalCode
   * }</pre>
   *
   * @param name a provider name or alias in any spelling
   * @return one line of text
   * @throws UnknownProviderException if no provider has that name; it holds the closest names
   * @since 0.1.0
   */
  public String describe(String name) {
    ProviderDef def = definition(name);
    return def.signature()
        + ": "
        + def.summary()
        + (def.aliases().isEmpty() ? "" : "; aliases: " + String.join(", ", def.aliases()));
  }

  /**
   * Draws one value from the provider called {@code name}, built-in or registered.
   *
   * <pre>{@code
   * Object email = faker.generate("safe_email"); // e.g. pierce.melissa@example.org
   * }</pre>
   *
   * @param name a provider name or alias in any case, snake_case or camelCase ({@code
   *     "safe_email"}, {@code "zip"})
   * @return the value
   * @throws IllegalArgumentException if no provider has that name; the message suggests the closest
   *     names
   */
  public Object generate(String name) {
    return generator(name).next(random);
  }

  /**
   * Draws {@code n} values from the provider called {@code name}; equal to {@code n} calls of
   * {@link #generate(String)}.
   *
   * <pre>{@code
   * List<Object> zips = faker.generate("zip", 1_000);
   * }</pre>
   *
   * @param name a provider name
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or no provider has that name
   */
  public List<Object> generate(String name, int n) {
    Generator gen = generator(name);
    Object[] out = new Object[Checks.count(n)];
    gen.batch(random, out, 0, out.length);
    return list(out);
  }

  /**
   * Returns the provider called {@code name}, bound to {@code args}: a handle whose values follow
   * this faker's seed, as {@link #generate(String)}'s do.
   *
   * <pre>{@code
   * Provider<?> ages = faker.provider("int", 18, 65);
   * List<?> batch = ages.next(10_000);
   * }</pre>
   *
   * @param name a provider name or alias in any spelling
   * @param args the provider's arguments, as in {@link Schema.Builder#field(String, String,
   *     Object...)}
   * @return the provider
   * @throws IllegalArgumentException if no provider has that name (the message suggests the
   *     closest) or the arguments do not fit it
   * @since 0.1.0
   */
  public Provider<?> provider(String name, Object... args) {
    ProviderDef def = definition(name);
    // Arrays.asList, not List.of: a null argument must reach the definition, which names it.
    List<Object> given = args == null ? List.of() : Arrays.asList(args);
    Generator gen =
        given.isEmpty()
            ? customs.generator(def)
            : def.bind(customs, given, "provider '" + name + "'");
    return new BoundProvider(this, def.name(), gen, given);
  }

  /**
   * Returns the provider a field, component or parameter called {@code name} of type {@code type}
   * stands for, by the same inference that schemas, records and the JUnit extension use: the name
   * or an alias ({@code zip}), a singular ({@code emails}), a telling last word ({@code
   * ownerEmail}), a word with a range ({@code age} is 18..80), else the type ({@code LocalDate} is
   * {@code date}).
   *
   * <p>For a {@code String}, the provider returned may give values of another type, which a
   * record's or object's {@code String} holds as their text: {@code createdAt} is an {@code
   * instant}, {@code price} a {@code BigDecimal}, {@code id} a {@code uuid}. Its {@link
   * Provider#type() type} says which; {@code String.valueOf} of a value is that text.
   *
   * <p>A type no provider gives is made from one whose values convert to it, as a record's property
   * of that type is: a {@code ZoneId} from {@code timeZone}, a {@code Locale} from {@code
   * languageTag}, a {@code Currency} from {@code currencyCode}, a {@code char} from {@code
   * letters}, a {@code Duration} from {@code integer} (0 to 86,399 seconds), a {@code Period} from
   * {@code integer} (0 to 365 days), a {@code URI} or {@code URL} from {@code url}, a {@code Year},
   * {@code YearMonth} or {@code MonthDay} from a date, an {@code OffsetTime} or {@code ZoneOffset}
   * from an offset date-time, a {@code Date} from an instant and a {@code BigInteger} from a whole
   * number, the last four inferred by the name ({@code Date createdAt} as {@code Instant
   * createdAt}). The provider's {@link Provider#name() name} and {@link Provider#arguments()
   * arguments} are those of the provider it is made from, and its {@link Provider#type() type} is
   * the type asked for.
   *
   * <pre>{@code
   * faker.inferProvider("ownerEmail", String.class).name(); // "email"
   * faker.inferProvider("age", int.class).arguments();     // [18, 80]
   * }</pre>
   *
   * @param name the field name
   * @param type the type its values must fit; primitives stand for their boxes
   * @return the provider
   * @throws UnknownProviderException if nothing fits; it holds the closest provider names
   * @since 0.1.0
   */
  public Provider<?> inferProvider(String name, Class<?> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Class<?> boxed = Inference.boxed(type);
    // A String, the common case, is never made: its look-up does not load the value types.
    if (boxed != String.class && Leaves.made(boxed)) {
      Leaves.Leaf leaf = Leaves.of(name, type, customs, "'" + name + "'");
      return new BoundProvider(this, leaf.def().name(), leaf.generator(), leaf.args());
    }
    Inference.Match match = Inference.infer(name, boxed, customs);
    if (match == null) {
      throw new UnknownProviderException(
          "no provider is named like '" + name + "'" + Inference.whyNot(name),
          name,
          Suggestions.closestNames(name, customs.names()),
          customs.names());
    }
    List<Object> args = match.args();
    Generator gen =
        args.isEmpty()
            ? customs.generator(match.def())
            : match.def().bind(customs, args, "'" + name + "'");
    Class<?> produced = gen.valueType();
    if (Number.class.isAssignableFrom(boxed) && produced != boxed && produced != Object.class) {
      // A number of another type: converted as an object's component is, or refused where its
      // range does not fit (a year for a byte).
      try {
        gen = Leaves.fitted(gen, type, "'" + name + "'");
      } catch (IllegalArgumentException e) {
        throw new UnknownProviderException(
            "no provider named like '" + name + "' fits " + type.getName() + ": " + e.getMessage(),
            name,
            Suggestions.closestNames(name, customs.names()),
            customs.names());
      }
    }
    return new BoundProvider(this, match.def().name(), gen, args);
  }

  private ProviderDef definition(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null; known providers: " + providers());
    }
    ProviderDef def = customs.find(name);
    if (def == null) {
      throw new UnknownProviderException(
          "name '" + name + "' is not a known provider",
          name,
          Suggestions.closestNames(name, customs.names()),
          customs.names());
    }
    return def;
  }

  private Generator generator(String name) {
    return customs.generator(definition(name));
  }

  // ---------------------------------------------------------------------------------------------

  /** Wraps without copying: the array never escapes, so the list is truly unmodifiable. */
  private static <T> List<T> list(T[] values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
