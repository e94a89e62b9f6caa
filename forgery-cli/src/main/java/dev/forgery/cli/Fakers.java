package dev.forgery.cli;

import dev.forgery.Faker;

/** Makes the fakers of a run from {@code --locale} and {@code --seed}. */
final class Fakers {
  private Fakers() {}

  /**
   * Makes a faker.
   *
   * @param locale the locale tag as given
   * @param seed the seed, or {@code null} for a new one
   * @return the faker
   * @throws UsageException if the locale is not supported; the message lists the supported ones
   */
  static Faker make(String locale, Long seed) {
    try {
      return seed == null ? new Faker(locale) : new Faker(locale, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--locale: " + e.getMessage(), e);
    }
  }
}
