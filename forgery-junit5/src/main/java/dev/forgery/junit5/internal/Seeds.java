package dev.forgery.junit5.internal;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the extension's seeds are derived (by forgery-core's seed arithmetic, which hashes names with
 * FNV-1a and SplitMix64's finaliser, never {@link String#hashCode()}), written and read.
 */
public final class Seeds {

  private Seeds() {}

  /**
   * Returns the seed of a test (or an injected value) named {@code key} under {@code seed}, by
   * forgery-core's seed arithmetic, the same that seeds rows and cells.
   *
   * @param seed the run seed (or the test's seed)
   * @param key the test's unique id (or the injected value's name)
   * @return the derived seed
   */
  public static long derive(long seed, String key) {
    return dev.forgery.internal.random.Seeds.derive(seed, key);
  }

  /**
   * Formats a seed as a Java hex literal without the {@code L}, e.g. {@code 0x5EED}.
   *
   * @param seed any long
   * @return the hex text
   */
  public static String hex(long seed) {
    return "0x" + Long.toHexString(seed).toUpperCase(Locale.ROOT);
  }

  /**
   * Parses a seed written in decimal ({@code -42}) or hex ({@code 0x5EED}), with an optional
   * trailing {@code L} so that a value copied from {@code @Seed(0x5EEDL)} works.
   *
   * @param key the setting the text came from, for the message
   * @param text the text
   * @return the seed
   * @throws IllegalArgumentException if the text is not a 64-bit number
   */
  public static long parse(String key, String text) {
    String t = text.strip();
    if (t.endsWith("L") || t.endsWith("l")) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2).replace("_", ""), 16);
      }
      return Long.parseLong(t.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " must be a 64-bit seed in decimal (42, -7) or hex (0x5EED), got '" + text + "'",
          e);
    }
  }

  /**
   * Returns a fresh random seed.
   *
   * @return a random long
   */
  public static long random() {
    return ThreadLocalRandom.current().nextLong();
  }
}
