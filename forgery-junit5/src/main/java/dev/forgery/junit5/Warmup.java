package dev.forgery.junit5;

import dev.forgery.Faker;

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
 * it. {@code -Dforgery.warmup=false} turns it off.
 */
final class Warmup {
  /** The system property that turns the warm-up off. */
  static final String PROPERTY = "forgery.warmup";

  private Warmup() {}

  /** Starts the warm-up thread unless the system property says {@code false}. */
  static void start() {
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "").strip())) {
      return;
    }
    Thread thread = new Thread(Warmup::run, "forgery-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      new Faker("en_US", 0L); // the registry: BuiltIns keeps it for every faker of the locale
    } catch (RuntimeException | LinkageError e) {
      // Nothing is lost: the first test that needs the registry builds it and reports any error.
    }
  }
}
