package dev.forgery.junit5.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seed arithmetic: how a run seed becomes a test seed and a test seed becomes the seed of one
 * injected value, and how seeds are written and read.
 *
 * <p>Derivation hashes strings with FNV-1a 64 over their UTF-8 bytes followed by SplitMix64's
 * finaliser, never {@link String#hashCode()}: the result must be the same on every JVM and must not
 * collide for the many short, similar unique ids of one test class.
 */
public final class Seeds {
  private static final long FNV_OFFSET = 0xCBF2_9CE4_8422_2325L;
  private static final long FNV_PRIME = 0x0000_0100_0000_01B3L;

  private Seeds() {}

  /**
   * Mixes a value with the SplitMix64 finaliser, a bijection with full avalanche.
   *
   * @param z any value
   * @return the mixed value
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Hashes a string to 64 bits, identically on every JVM.
   *
   * @param text any string
   * @return its hash
   */
  public static long hash(String text) {
    long h = FNV_OFFSET;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    return mix64(h);
  }

  /**
   * Derives the seed of a child (a test, an injected value) from its parent's seed and its key.
   *
   * @param seed the parent seed
   * @param key the child's stable name, e.g. a test's unique id
   * @return the child seed
   */
  public static long derive(long seed, String key) {
    return mix64(mix64(seed) ^ hash(key));
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
