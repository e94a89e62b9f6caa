package dev.forgery;

import dev.forgery.internal.Locales;
import dev.forgery.internal.binding.TestBinding;
import dev.forgery.internal.random.AtomicSplitMix64;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Module-level shortcuts to one shared en_US {@link Faker}.
 *
 * <pre>{@code
 * Forgery.seed(42L);
 * List<String> names = Forgery.names(1_000);
 * }</pre>
 *
 * <p>The shared instance may be called from any thread: concurrent calls never throw and never
 * return malformed values, because its generator advances atomically and its data tables are
 * immutable. Determinism is promised for single-threaded use only: with several threads, which
 * thread gets which value depends on scheduling. Tests that need reproducible data should own a
 * {@code new Faker(locale, seed)} instead.
 *
 * <p>Inside a test run by forgery's JUnit extension, the shortcuts use a faker of that test's own,
 * seeded from the test's seed, with the run's locale and reference date: a test's seed replays the
 * values its builders and helpers draw here, whatever other tests do at the same time, and {@link
 * #seed(long)} reseeds that test's faker only. Threads the test starts share it.
 *
 * @since 0.1.0
 */
public final class Forgery {
  private static final Faker DEFAULT =
      new Faker(
          "en_US",
          new AtomicSplitMix64(ThreadLocalRandom.current().nextLong()),
          LocalDate.now(ZoneOffset.UTC));

  private Forgery() {}

  /**
   * Returns the shared en_US faker behind these shortcuts, or, inside a test run by forgery's JUnit
   * extension, that test's own: every provider that has no shortcut here.
   *
   * <pre>{@code
   * String iban = Forgery.fake().iban();
   * }</pre>
   *
   * @return the shared faker, safe to call from any thread
   */
  public static Faker fake() {
    TestBinding test = TestBinding.current();
    return test == null ? DEFAULT : test.shared(Faker.class, Forgery::forTest);
  }

  /** The faker behind the shortcuts within one test: seeded from the test's seed alone. */
  private static Faker forTest(TestBinding test) {
    return new Faker(
        Locales.tag(test.locale()), new AtomicSplitMix64(test.sharedSeed()), test.today());
  }

  /**
   * Reseeds the shared faker only (within a test, that test's); other {@code Faker} instances are
   * unaffected.
   *
   * @param seed any long
   */
  public static void seed(long seed) {
    fake().seed(seed);
  }

  /**
   * Returns {@code n} full names; same as {@code Forgery.fake().names(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> names(int n) {
    return fake().names(n);
  }

  /**
   * Returns {@code n} first names; same as {@code Forgery.fake().firstNames(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} first names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> firstNames(int n) {
    return fake().firstNames(n);
  }

  /**
   * Returns {@code n} surnames; same as {@code Forgery.fake().lastNames(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} surnames
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> lastNames(int n) {
    return fake().lastNames(n);
  }

  /**
   * Returns {@code n} email addresses; same as {@code Forgery.fake().emails(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> emails(int n) {
    return fake().emails(n);
  }

  /**
   * Returns {@code n} addresses at reserved example domains; same as {@code
   * Forgery.fake().safeEmails(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> safeEmails(int n) {
    return fake().safeEmails(n);
  }

  /**
   * Returns {@code n} phone numbers; same as {@code Forgery.fake().phoneNumbers(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> phoneNumbers(int n) {
    return fake().phoneNumbers(n);
  }

  /**
   * Returns {@code n} one-line postal addresses; same as {@code Forgery.fake().addresses(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> addresses(int n) {
    return fake().addresses(n);
  }

  /**
   * Returns {@code n} cities; same as {@code Forgery.fake().cities(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} cities
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> cities(int n) {
    return fake().cities(n);
  }

  /**
   * Returns {@code n} country names; same as {@code Forgery.fake().countries(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} country names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> countries(int n) {
    return fake().countries(n);
  }

  /**
   * Returns {@code n} ints between 0 and 100 inclusive; same as {@code Forgery.fake().integers(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static int[] integers(int n) {
    return fake().integers(n);
  }

  /**
   * Returns {@code n} ints between {@code min} and {@code max} inclusive; same as {@code
   * Forgery.fake().integers(n, min, max)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or {@code min > max}
   */
  public static int[] integers(int n, int min, int max) {
    return fake().integers(n, min, max);
  }

  /**
   * Returns {@code n} doubles in {@code [0, 1)}; same as {@code Forgery.fake().doubles(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static double[] doubles(int n) {
    return fake().doubles(n);
  }

  /**
   * Returns {@code n} doubles in {@code [min, max)}; same as {@code Forgery.fake().doubles(n, min,
   * max)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive, finite
   * @param max the upper bound, exclusive, finite, greater than {@code min}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or the bounds are invalid
   */
  public static double[] doubles(int n, double min, double max) {
    return fake().doubles(n, min, max);
  }

  /**
   * Returns {@code n} version 4 UUIDs; same as {@code Forgery.fake().uuids(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} UUIDs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<UUID> uuids(int n) {
    return fake().uuids(n);
  }

  // datetime

  /**
   * Returns {@code n} dates between 1970-01-01 and 2030-12-31; same as {@code
   * Forgery.fake().dates(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<LocalDate> dates(int n) {
    return fake().dates(n);
  }

  /**
   * Returns {@code n} dates between {@code start} and {@code end}, both inclusive; same as {@code
   * Forgery.fake().dates(n, start, end)}.
   *
   * @param n how many, {@code >= 0}
   * @param start the first possible day
   * @param end the last possible day, not before {@code start}
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0} or the bounds are invalid
   */
  public static List<LocalDate> dates(int n, LocalDate start, LocalDate end) {
    return fake().dates(n, start, end);
  }

  /**
   * Returns {@code n} dates between two ISO dates, both inclusive; same as {@code
   * Forgery.fake().dates(n, start, end)}.
   *
   * @param n how many, {@code >= 0}
   * @param start the first possible day, such as {@code "2020-01-01"}
   * @param end the last possible day
   * @return an unmodifiable list of exactly {@code n} dates
   * @throws IllegalArgumentException if {@code n < 0} or the bounds are invalid
   */
  public static List<LocalDate> dates(int n, String start, String end) {
    return fake().dates(n, start, end);
  }

  // text

  /**
   * Returns {@code n} sentences; same as {@code Forgery.fake().sentences(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} sentences
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> sentences(int n) {
    return fake().sentences(n);
  }

  /**
   * Returns {@code n} sentences of exactly {@code words} words; same as {@code
   * Forgery.fake().sentences(n, words)}.
   *
   * @param n how many, {@code >= 0}
   * @param words the number of words per sentence, {@code >= 1}
   * @return an unmodifiable list of exactly {@code n} sentences
   * @throws IllegalArgumentException if {@code n < 0} or {@code words < 1}
   */
  public static List<String> sentences(int n, int words) {
    return fake().sentences(n, words);
  }

  /**
   * Returns {@code n} paragraphs; same as {@code Forgery.fake().paragraphs(n)}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} paragraphs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static List<String> paragraphs(int n) {
    return fake().paragraphs(n);
  }

  /**
   * Returns {@code n} paragraphs of exactly {@code sentences} sentences; same as {@code
   * Forgery.fake().paragraphs(n, sentences)}.
   *
   * @param n how many, {@code >= 0}
   * @param sentences the number of sentences per paragraph, {@code >= 1}
   * @return an unmodifiable list of exactly {@code n} paragraphs
   * @throws IllegalArgumentException if {@code n < 0} or {@code sentences < 1}
   */
  public static List<String> paragraphs(int n, int sentences) {
    return fake().paragraphs(n, sentences);
  }

  /**
   * Returns {@code n} rows of {@code schema}; same as {@code Forgery.fake().records(n, schema)}.
   * Safe to call from any thread: each call draws its dataset seed atomically and generates on
   * private state.
   *
   * <pre>{@code
   * Schema schema = Schema.builder().field("name", "name").field("age", "int", 18, 65).build();
   * List<Map<String, Object>> rows = Forgery.records(1_000, schema);
   * }</pre>
   *
   * @param n how many rows, {@code >= 0}
   * @param schema the fields
   * @return an unmodifiable list of exactly {@code n} rows
   * @throws IllegalArgumentException if {@code n < 0}
   * @since 0.1.0
   */
  public static List<Map<String, Object>> records(int n, Schema schema) {
    return fake().records(n, schema);
  }

  /**
   * Returns {@code n} objects of a Java record or fillable class; same as {@code
   * Forgery.fake().records(n, type)}, see {@link Faker#records(int, Class)}.
   *
   * <pre>{@code
   * public record Person(String firstName, String email, int age) {}
   * List<Person> people = Forgery.records(100, Person.class);
   * }</pre>
   *
   * @param n how many, {@code >= 0}
   * @param type a record or fillable class
   * @param <T> the type
   * @return an unmodifiable list of exactly {@code n} objects
   * @throws IllegalArgumentException if {@code n < 0} or the type or a property cannot be filled
   * @since 0.1.0
   */
  public static <T> List<T> records(int n, Class<T> type) {
    return fake().records(n, type);
  }
}
