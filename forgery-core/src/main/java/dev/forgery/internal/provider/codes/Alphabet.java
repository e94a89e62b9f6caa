package dev.forgery.internal.provider.codes;

import dev.forgery.internal.random.Bounded;
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

  /** How many random values a batch fetches at once. */
  private static final int BLOCK = 512;

  private final byte[] chars;
  private final int size;

  /** One character's draw, {@code [0, size)}, with its rejection threshold held. */
  private final Bounded draw;

  private Alphabet(String chars) {
    this.chars = chars.getBytes(StandardCharsets.US_ASCII);
    this.size = this.chars.length;
    this.draw = new Bounded(size);
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
    Bounded index = draw;
    for (int i = at, end = at + count; i < end; i++) {
      out[i] = alphabet[(int) index.draw(random)];
    }
  }

  String string(RandomSource random, int length) {
    byte[] out = new byte[length];
    fill(random, out, 0, length);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Fills {@code out[at, at + count)} with strings of {@code length} characters, restarting {@code
   * random} at {@code seeds[k]} before string {@code k} unless {@code seeds} is null: the same as
   * that many calls of {@link #string(RandomSource, int)}.
   *
   * <p>A block of strings is planned before any is made (ADR 0006): its random values come from one
   * {@link RandomSource#nextLongs(long[], int, int, int, long[])} call, which keeps the generator's
   * state in a register, and are mapped to characters in one loop without a call or a branch; then
   * each string is made from its slice of the block's bytes. A value that Lemire's method rejects
   * (fewer than one in 10^8) shifts the values after it by one: from there the block is drawn again
   * the long way, as single strings would be.
   *
   * @param random consumes one value per character, rarely one more
   * @param seeds one seed per string, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first string goes
   * @param count how many strings
   * @param length the characters of each string
   */
  void strings(RandomSource random, long[] seeds, Object[] out, int at, int count, int length) {
    int perBlock = Math.max(1, Math.min(count, BLOCK / length));
    long[] draws = new long[perBlock * length];
    byte[] text = new byte[perBlock * length];
    for (int start = 0; start < count; start += perBlock) {
      int n = Math.min(perBlock, count - start);
      random.nextLongs(seeds, start, n, length, draws);
      if (seeds == null) {
        int rejected = map(draws, text, 0, n * length);
        if (rejected >= 0) {
          redraw(random, draws, text, rejected, n * length);
        }
      } else {
        for (int k = 0; k < n; k++) {
          if (map(draws, text, k * length, length) >= 0) {
            random.reseed(seeds[start + k]);
            fill(random, text, k * length, length);
          }
        }
      }
      for (int k = 0; k < n; k++) {
        out[at + start + k] = new String(text, k * length, length, StandardCharsets.ISO_8859_1);
      }
    }
  }

  /**
   * Maps {@code count} drawn values from {@code draws[from]} to characters at {@code text[from]},
   * each as {@link Bounded#draw(RandomSource)} maps its first value.
   *
   * @return the index of the first value Lemire's method rejects, or {@code -1} if none
   */
  private int map(long[] draws, byte[] text, int from, int count) {
    byte[] alphabet = chars;
    long bound = size;
    long threshold = draw.threshold();
    boolean rejected = false;
    for (int i = from, end = from + count; i < end; i++) {
      long product = (draws[i] >>> 32) * bound;
      rejected |= (product & 0xFFFF_FFFFL) < threshold;
      text[i] = alphabet[(int) (product >>> 32)];
    }
    if (!rejected) {
      return -1;
    }
    int i = from;
    while (draw.map(draws[i]) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Draws the characters {@code text[from, end)} again after a rejected value at {@code from}: from
   * the block's values after it, then from the source, as one stream drawn character by character.
   */
  private void redraw(RandomSource random, long[] draws, byte[] text, int from, int end) {
    int next = from + 1;
    for (int i = from; i < end; i++) {
      long index;
      do {
        index = draw.map(next < end ? draws[next++] : random.nextLong());
      } while (index < 0);
      text[i] = chars[(int) index];
    }
  }
}
