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
   * Returns the seed of the value injected into a parameter or field: derived from the test's seed
   * and the name alone, never the class, the method or the other parameters, so that a test copied
   * into another class, or trimmed to fewer parameters, gets the same value from a pasted
   * {@code @Seed}.
   *
   * @param testSeed the test's seed
   * @param name the parameter's or field's name
   * @return the value's seed
   */
  public static long injected(long testSeed, String name) {
    return derive(testSeed, name);
  }

  /**
   * Returns the seed of the value injected into a parameter whose name was not compiled in: its
   * position, {@code #0} for the first, which no name can be.
   *
   * @param testSeed the test's seed
   * @param index the parameter's index, from 0
   * @return the value's seed
   */
  public static long injected(long testSeed, int index) {
    return derive(testSeed, "#" + index);
  }

  /**
   * Returns the seed of a dynamic test: its factory's seed and its place below the factory (such as
   * {@code /[dynamic-test:#2]}), so that the factory's {@code @Seed} replays every dynamic test.
   *
   * @param factorySeed the seed of the test factory
   * @param path the part of the dynamic test's unique id below the factory's
   * @return the dynamic test's seed
   */
  public static long dynamic(long factorySeed, String path) {
    return derive(factorySeed, path);
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
