package dev.forgery.junit5;

import dev.forgery.Faker;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds, on a background thread, what every forged value of a run needs first: the provider
 * registry (the index of the built-in providers, their names and aliases) of a {@code Faker}, and
 * the classes behind it. It starts when JUnit first initialises the extension, as the first test
 * class that uses it starts, while the test thread does the extension's own set-up.
 *
 * <p>It builds no table: which tables a test needs depends on what it forges, and building en_US's
 * email tables here (as it did before) made a test whose first value was a first name wait longer,
 * on a 2-core machine, than with no warm-up at all, the two threads and the JIT's compiler threads
 * sharing the cores (ADR 0030). The registry is shared and immutable, so no test's values depend on
 * it.
 *
 * <p>It runs only where the JVM has more than two processors, unless {@code -Dforgery.warmup=true}
 * or {@code false} says otherwise: with two, the JIT's two compiler threads and the test thread
 * already keep both busy through the first value, and the warm-up made the first value later in
 * eight of nine measured sets (ADR 0031).
 */
final class Warmup {
  /** The system property that turns the warm-up on or off. */
  static final String PROPERTY = "forgery.warmup";

  /** What was wrong with the property, until the first test's report takes it; else null. */
  private static final AtomicReference<String> WARNING = new AtomicReference<>();

  private Warmup() {}

  /** Starts the warm-up thread if {@link #enabled} says so for this JVM. */
  static void start() {
    int processors = Runtime.getRuntime().availableProcessors();
    boolean enabled;
    try {
      enabled = enabled(System.getProperty(PROPERTY), processors);
    } catch (IllegalArgumentException e) {
      // Read as the extension's class is initialised, before JUnit gives it any context to
      // report a configuration error on, and an exception here would leave the class unusable:
      // the first test publishes the message as a warning instead (takeWarning).
      WARNING.set(e.getMessage());
      enabled = enabled(null, processors);
    }
    if (!enabled) {
      return;
    }
    Thread thread = new Thread(Warmup::run, "forgery-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether the warm-up runs: as {@code forgery.warmup} says, else where there are more than two
   * processors.
   *
   * @param value the system property's value, or {@code null} if it is not set
   * @param processors the processors the JVM may use
   * @return whether to start the warm-up thread
   * @throws IllegalArgumentException if the value is neither {@code true} nor {@code false} (in any
   *     case, blank meaning unset)
   */
  static boolean enabled(String value, int processors) {
    String setting = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    switch (setting) {
      case "true":
        return true;
      case "false":
        return false;
      case "":
        return processors > 2;
      default:
        throw new IllegalArgumentException(
            PROPERTY
                + " must be 'true' or 'false', got '"
                + value
                + "'; the warm-up follows its default (on with more than two processors)");
    }
  }

  /**
   * Returns what was wrong with {@code forgery.warmup}, once per JVM: the first caller gets it,
   * every later one {@code null}.
   *
   * @return the warning, or {@code null}
   */
  static String takeWarning() {
    return WARNING.get() == null ? null : WARNING.getAndSet(null);
  }

  private static void run() {
    try {
      new Faker("en_US", 0L); // the registry: BuiltIns keeps it for every faker of the locale
    } catch (RuntimeException | LinkageError e) {
      // Nothing is lost: the first test that needs the registry builds it and reports any error.
    }
  }
}
