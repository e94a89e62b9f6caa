package dev.forgery.junit5;

import dev.forgery.Faker;

/**
 * Builds, on a background thread, what the first forged value of a run most often needs: the
 * definitions of the name and internet providers (the others are made when a test first binds one
 * of them), and the en_US name and email tables (88,799 surnames, whose alias columns take most of
 * the time). It starts when JUnit loads the extension, which happens while it is still discovering
 * and preparing the tests, so on a machine with a second core that work is done by the time the
 * first test asks for a value; a test that asks sooner waits for the tables being built instead of
 * building them again.
 *
 * <p>Only shared, immutable tables are built: the warm-up draws from its own seeded faker, so no
 * test's values depend on it. It costs a run that never forges a name or an address some CPU time
 * and about 4 MB of heap (what a JVM keeps after its first email address); {@code
 * -Dforgery.warmup=false} turns it off.
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
      Faker faker = new Faker("en_US", 0L);
      faker.email();
      faker.provider("email");
      faker.provider("firstName");
    } catch (RuntimeException | LinkageError e) {
      // Nothing is lost: the first test that needs these tables builds them and reports any error.
    }
  }
}
