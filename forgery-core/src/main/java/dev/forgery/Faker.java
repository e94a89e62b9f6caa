package dev.forgery;

import dev.forgery.internal.Checks;
import dev.forgery.internal.Locales;
import dev.forgery.internal.provider.identifiers.Identifiers;
import dev.forgery.internal.provider.internet.Emails;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.provider.numbers.Numbers;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import java.nio.file.Path;
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
    return Structured.records(this, schema, 0, Checks.count(n), false);
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
    return Structured.records(this, schema, from, Structured.sliceSize(schema, from, to), false);
  }

  /**
   * Returns the same rows as {@link #records(int, Schema)}, generated on the common fork-join pool.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} rows, equal to the sequential result
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<Map<String, Object>> recordsParallel(int n, Schema schema) {
    return Structured.records(this, schema, 0, Checks.count(n), true);
  }

  /**
   * Returns {@code n} rows of {@code schema} as arrays with one value per field in schema order;
   * the same values as {@link #records(int, Schema)}, without the maps.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} new arrays
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public List<Object[]> recordsTuples(int n, Schema schema) {
    return Structured.tuples(this, schema, Checks.count(n));
  }

  /**
   * Returns {@code n} instances of a Java record, each component filled by its name ({@code email},
   * {@code firstName}, {@code city}: any provider, in camelCase or snake_case, also plural for
   * lists) or else by its type ({@code int age}, {@code LocalDate}, {@code UUID}, {@code boolean},
   * enums, nested records, {@code List} and {@code Set}). Annotate a component with {@link
   * FakeWith} for anything else.
   *
   * <pre>{@code
   * public record Person(String firstName, String email, int age, LocalDate birthday) {}
   * List<Person> people = faker.records(1_000, Person.class);
   * }</pre>
   *
   * <p>The record's canonical constructor must be public, or its package open to {@code
   * dev.forgery.core}. The type is analysed once per JVM; rows follow the same seeding as schema
   * rows.
   *
   * @param n how many, {@code >= 0}
   * @param type a record class
   * @param <T> the record type
   * @return an unmodifiable list of exactly {@code n} records
   * @throws IllegalArgumentException if {@code n < 0} or a component cannot be filled; the message
   *     names the component
   * @since 0.1.0
   */
  public <T extends Record> List<T> records(int n, Class<T> type) {
    return Structured.javaRecords(this, Checks.count(n), type, null);
  }

  /**
   * Returns {@code n} instances of a Java record, with the fields of {@code overrides} deciding the
   * components of the same name.
   *
   * <pre>{@code
   * Schema overrides = Schema.builder().field("age", "int", 18, 30).build();
   * List<Person> young = faker.records(100, Person.class, overrides);
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param type a record class
   * @param overrides fields named after components; their values must fit the component types
   * @param <T> the record type
   * @return an unmodifiable list of exactly {@code n} records
   * @throws IllegalArgumentException if {@code n < 0}, a component cannot be filled, or an override
   *     names no component or does not fit its type
   * @since 0.1.0
   */
  public <T extends Record> List<T> records(int n, Class<T> type, Schema overrides) {
    Objects.requireNonNull(overrides, "overrides");
    return Structured.javaRecords(this, Checks.count(n), type, overrides);
  }

  /**
   * Returns one instance of a Java record; the same as {@code records(1, type).get(0)}.
   *
   * @param type a record class
   * @param <T> the record type
   * @return the record
   * @throws IllegalArgumentException if a component cannot be filled
   * @since 0.1.0
   */
  public <T extends Record> T record(Class<T> type) {
    return records(1, type).get(0);
  }

  /**
   * Returns {@code n} rows of {@code schema} as columns: primitive arrays for {@code int}, {@code
   * float} and {@code bool} fields, object arrays for the rest; the same values as {@link
   * #records(int, Schema)}.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return the columns
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public ColumnBatch columns(int n, Schema schema) {
    return Structured.columns(this, schema, Checks.count(n), false);
  }

  /**
   * Returns the same columns as {@link #columns(int, Schema)}, generated on the common fork-join
   * pool.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return the columns
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public ColumnBatch columnsParallel(int n, Schema schema) {
    return Structured.columns(this, schema, Checks.count(n), true);
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
    return Structured.stream(this, schema, 0, Long.MAX_VALUE);
  }

  /**
   * Returns rows {@code [from, to)} as a lazily generated stream, equal to {@link #records(Schema,
   * long, long)}.
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
    Structured.checkSlice(schema, from, to);
    return Structured.stream(this, schema, from, to);
  }

  /**
   * Writes {@code n} rows as CSV (RFC 4180): a header of field names, then one line per row, CRLF
   * line ends, fields quoted when they contain a comma, quote or line break. A {@code null} is an
   * empty field; an empty string is {@code ""}. Rows are generated as they are written.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param out where to write; not closed
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Appendable out) {
    return Structured.write(this, schema, n, out, false);
  }

  /**
   * Writes {@code n} rows as CSV to a file in UTF-8, replacing it; see {@link #writeCsv(long,
   * Schema, Appendable)}.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param file the file
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeCsv(long n, Schema schema, Path file) {
    return Structured.write(this, schema, n, file, false);
  }

  /**
   * Writes {@code n} rows as JSON Lines: one JSON object per line, keys in schema order, strings
   * escaped per RFC 8259, numbers and booleans bare, {@code null} for null, other values (dates,
   * UUIDs) as strings. Rows are generated as they are written.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param out where to write; not closed
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeJsonLines(long n, Schema schema, Appendable out) {
    return Structured.write(this, schema, n, out, true);
  }

  /**
   * Writes {@code n} rows as JSON Lines to a file in UTF-8, replacing it; see {@link
   * #writeJsonLines(long, Schema, Appendable)}.
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @param file the file
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws java.io.UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public long writeJsonLines(long n, Schema schema, Path file) {
    return Structured.write(this, schema, n, file, true);
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
   *     to be smaller than {@code n} (a 5-value choice, an int range)
   * @throws IllegalStateException if the provider stops producing new values (1,000 duplicates in a
   *     row, or 20 times its size for a type whose number of values is known)
   * @since 0.1.0
   */
  public List<Object> unique(String type, int n, Object... args) {
    return Structured.unique(this, type, Checks.count(n), args);
  }

  /** The next value of this faker's own stream: the dataset seed of a batch of rows. */
  long nextSeed() {
    return random.nextLong();
  }

  /** A faker with its own generator and this faker's custom providers, for one worker thread. */
  Faker worker(RandomSource source) {
    Faker worker = new Faker(tag, source);
    worker.custom.putAll(custom);
    return worker;
  }

  /** The provider registered on this faker under {@code name}, or {@code null}. */
  Catalogue.Entry registered(String name) {
    return custom.get(Catalogue.key(name));
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
