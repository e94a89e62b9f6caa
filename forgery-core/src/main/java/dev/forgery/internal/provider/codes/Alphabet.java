package dev.forgery.internal.provider.codes;

import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * A set of ASCII characters drawn uniformly and without bias, several per random value: one draw of
 * {@code nextBounded(size^k)} is written out as {@code k} base-{@code size} digits, each a
 * character. {@code k} makes the fewest random values per character: {@code size^k <= 2^32}, and a
 * draw is rejected and redrawn with probability {@code (2^32 mod size^k) / 2^32}, below 7% for each
 * alphabet here (digits nine at a time, letters six, the others five).
 */
final class Alphabet {
  /** The digits {@code 0-9}, nine per random value. */
  static final Alphabet DIGITS = new Alphabet("0123456789", 9);

  /** The lower-case letters {@code a-z}, six per random value. */
  static final Alphabet LETTERS = new Alphabet("abcdefghijklmnopqrstuvwxyz", 6);

  /** The lower-case letters and digits, five per random value. */
  static final Alphabet ALPHANUMERIC = new Alphabet("abcdefghijklmnopqrstuvwxyz0123456789", 5);

  /**
   * The characters of a VIN: digits and the upper-case letters but {@code I}, {@code O}, {@code Q}.
   */
  static final Alphabet VIN = new Alphabet("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 5);

  private final byte[] chars;
  private final int size;
  private final int perDraw;

  /** {@code size^k} for {@code k = 0..perDraw}: the bound of a draw of {@code k} characters. */
  private final long[] bounds;

  private Alphabet(String chars, int perDraw) {
    this.chars = chars.getBytes(StandardCharsets.US_ASCII);
    this.size = this.chars.length;
    this.perDraw = perDraw;
    this.bounds = new long[perDraw + 1];
    bounds[0] = 1;
    for (int k = 1; k <= perDraw; k++) {
      bounds[k] = bounds[k - 1] * size;
    }
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
   * Writes {@code count} characters drawn uniformly into {@code out[at, at + count)}.
   *
   * @param random consumes one value per {@code perDraw} characters (and one more for a rest),
   *     rarely a rejected one more
   * @param out the destination
   * @param at where the first character goes
   * @param count how many characters
   */
  void fill(RandomSource random, byte[] out, int at, int count) {
    int end = at + count;
    while (at < end) {
      int k = Math.min(perDraw, end - at);
      long value = random.nextBounded(bounds[k]);
      for (int i = at + k - 1; i >= at; i--) {
        out[i] = chars[(int) (value % size)];
        value /= size;
      }
      at += k;
    }
  }

  /**
   * Draws a string of {@code length} characters.
   *
   * @param random the source, as for {@link #fill}
   * @param length how many characters, {@code >= 1}
   * @return the string
   */
  String string(RandomSource random, int length) {
    byte[] out = new byte[length];
    fill(random, out, 0, length);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
