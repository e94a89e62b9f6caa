package dev.forgery.internal.provider.codes;

import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * A set of ASCII characters drawn uniformly and without bias, one random value per character (a
 * multiply-shift with a rare rejection). Packing several characters into one bounded draw takes
 * fewer random values but a 64-bit division per character, which JMH measured at three to nine
 * times a hand-written loop; one value per character is the floor's own cost.
 */
final class Alphabet {
  /** The digits {@code 0-9}. */
  static final Alphabet DIGITS = new Alphabet("0123456789");

  /** The lower-case letters {@code a-z}. */
  static final Alphabet LETTERS = new Alphabet("abcdefghijklmnopqrstuvwxyz");

  /** The lower-case letters and digits. */
  static final Alphabet ALPHANUMERIC = new Alphabet("abcdefghijklmnopqrstuvwxyz0123456789");

  /**
   * The characters of a VIN: digits and the upper-case letters but {@code I}, {@code O}, {@code Q}.
   */
  static final Alphabet VIN = new Alphabet("0123456789ABCDEFGHJKLMNPRSTUVWXYZ");

  private final byte[] chars;
  private final int size;

  private Alphabet(String chars) {
    this.chars = chars.getBytes(StandardCharsets.US_ASCII);
    this.size = this.chars.length;
  }

  /**
   * Returns how many characters the alphabet has.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Returns character {@code index} of the alphabet.
   *
   * @param index in {@code [0, size())}
   * @return the character
   */
  byte at(int index) {
    return chars[index];
  }

  /**
   * Fills {@code count} bytes with characters of this alphabet, each equally likely.
   *
   * @param random consumes one value per character (rarely one more: unbiased rejection)
   * @param out where to write
   * @param at the first index written
   * @param count how many characters
   */
  void fill(RandomSource random, byte[] out, int at, int count) {
    byte[] alphabet = chars;
    long bound = alphabet.length;
    for (int i = at, end = at + count; i < end; i++) {
      out[i] = alphabet[(int) random.nextBounded(bound)];
    }
  }

  String string(RandomSource random, int length) {
    byte[] out = new byte[length];
    fill(random, out, 0, length);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
