package dev.forgery.internal.provider.identifiers;

import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * Strings shaped like MD5 and SHA-256 digests: lowercase hexadecimal of 32 and 64 characters.
 *
 * <p>The digits are random bits, not the digest of anything: they look and parse like digests, and
 * collide no more often than random values of their width.
 */
public final class HexDigests {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private HexDigests() {}

  /**
   * Draws 32 hex digits, the width of an MD5 digest.
   *
   * @param random consumes two values
   * @return the digits
   */
  public static String md5(RandomSource random) {
    return hex(random, 2);
  }

  /**
   * Draws 64 hex digits, the width of a SHA-256 digest.
   *
   * @param random consumes four values
   * @return the digits
   */
  public static String sha256(RandomSource random) {
    return hex(random, 4);
  }

  private static String hex(RandomSource random, int longs) {
    byte[] out = new byte[longs * 16];
    for (int i = 0; i < longs; i++) {
      long bits = random.nextLong();
      int at = i * 16;
      for (int d = 15; d >= 0; d--) {
        out[at + d] = DIGITS[(int) bits & 0xF];
        bits >>>= 4;
      }
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
