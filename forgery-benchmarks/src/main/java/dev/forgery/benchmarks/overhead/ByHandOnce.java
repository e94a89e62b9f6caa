package dev.forgery.benchmarks.overhead;

import dev.forgery.Faker;
import org.junit.jupiter.api.Test;

/**
 * One test with no extension that makes a seeded {@code Faker} and draws one email address by hand:
 * against {@link EmptyOnce}, what forgery's core spends on its first value in a JVM whose JUnit has
 * run, without the extension.
 */
public class ByHandOnce {
  /** Creates the test instance; JUnit does this. */
  public ByHandOnce() {}

  /** The test. */
  @Test
  void test() {
    String email = new Faker("en_US", 42L).email();
    if (email.indexOf('@') < 0) {
      throw new AssertionError("not an email address: " + email);
    }
  }
}
