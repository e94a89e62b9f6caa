package dev.forgery.internal.provider.web;

import dev.forgery.internal.random.Bounded;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords that always meet their policy: a length in {@code [minLength, maxLength]}, at least one
 * lower-case letter, at least one character of each other class the policy requires, and no
 * character of a class it leaves out.
 *
 * <p>The default policy, 12 to 16 characters with lower case, upper case, digits and symbols,
 * passes the sign-up rules in common use: a minimum of 8 (NIST SP 800-63B) or 12 characters, one
 * character of each of the four classes (the complexity rule of Active Directory and of most web
 * forms), and a maximum of 16 or more.
 *
 * <p>Symbols are {@value #SYMBOLS}: the special characters OWASP lists for passwords, less the
 * space, quotes, backslash, backtick and angle brackets, which break naive quoting in JSON, SQL,
 * shells and HTML.
 *
 * <p>Draws: one value for the length; for each required class one value for its position and one
 * for its character, so that the required characters land at uniformly random distinct positions
 * (never always first); then one value for each remaining position, a character of any allowed
 * class. A password of length {@code L} with {@code k} required classes consumes {@code 1 + k + L}
 * values.
 */
public final class Passwords {
  /** Lower-case letters, always allowed and always required. */
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  /** Upper-case letters. */
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Digits. */
  static final String DIGITS = "0123456789";

  /** Symbols. */
  static final String SYMBOLS = "!#$%&()*+,-./:;=?@[]^_{|}~";

  /** Longest password accepted: a guard against a mistyped length. */
  public static final int MAX_LENGTH = 1024;

  /** Shortest password of the default policy. */
  public static final int DEFAULT_MIN = 12;

  /** Longest password of the default policy. */
  public static final int DEFAULT_MAX = 16;

  private final int minLength;
  private final int maxLength;

  /** The length's draw, {@code [0, maxLength - minLength]}. */
  private final Bounded lengths;

  /**
   * Lemire's threshold of each bound a required character's position is drawn from, indexed by the
   * bound: a password's length less the required characters already placed.
   */
  private final long[] positionThresholds;

  /** Every allowed character, class after class. */
  private final byte[] alphabet;

  /** The required classes: lower case first, then each other class the policy requires. */
  private final byte[][] required;

  /**
   * Creates a policy; the caller has checked it (see {@link #minimum}).
   *
   * @param minLength the shortest length, at least {@link #minimum}
   * @param maxLength the longest length, {@code minLength..MAX_LENGTH}
   * @param upper whether upper-case letters are required (otherwise never used)
   * @param digits whether digits are required (otherwise never used)
   * @param symbols whether symbols are required (otherwise never used)
   */
  public Passwords(int minLength, int maxLength, boolean upper, boolean digits, boolean symbols) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.lengths = new Bounded(maxLength - minLength + 1);
    StringBuilder all = new StringBuilder(LOWER);
    byte[][] classes = new byte[minimum(upper, digits, symbols)][];
    int k = 0;
    classes[k++] = ascii(LOWER);
    if (upper) {
      all.append(UPPER);
      classes[k++] = ascii(UPPER);
    }
    if (digits) {
      all.append(DIGITS);
      classes[k++] = ascii(DIGITS);
    }
    if (symbols) {
      all.append(SYMBOLS);
      classes[k++] = ascii(SYMBOLS);
    }
    this.alphabet = ascii(all.toString());
    this.required = classes;
    this.positionThresholds = new long[maxLength + 1];
    for (int bound = minLength - k + 1; bound <= maxLength; bound++) {
      positionThresholds[bound] = Bounded.threshold(bound);
    }
  }

  private static byte[] ascii(String chars) {
    return chars.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Returns the number of required classes, which is the shortest length a policy allows: lower
   * case, plus one for each flag set.
   *
   * @param upper whether upper-case letters are required
   * @param digits whether digits are required
   * @param symbols whether symbols are required
   * @return 1 to 4
   */
  public static int minimum(boolean upper, boolean digits, boolean symbols) {
    return 1 + (upper ? 1 : 0) + (digits ? 1 : 0) + (symbols ? 1 : 0);
  }

  /**
   * Names the classes a policy requires, for messages.
   *
   * @param upper whether upper-case letters are required
   * @param digits whether digits are required
   * @param symbols whether symbols are required
   * @return e.g. {@code "lower case, digits"}
   */
  public static String classes(boolean upper, boolean digits, boolean symbols) {
    return "lower case"
        + (upper ? ", upper case" : "")
        + (digits ? ", digits" : "")
        + (symbols ? ", symbols" : "");
  }

  /**
   * Draws a password.
   *
   * @param random consumes {@code 1 + k + L} values, see the class description
   * @return the password
   */
  public String draw(RandomSource random) {
    if (maxLength <= Long.SIZE) {
      return draw(random, new byte[maxLength]);
    }
    return draw(random, new byte[maxLength], new byte[maxLength + 1], new int[required.length + 1]);
  }

  /**
   * Fills {@code out[at, at + count)} with passwords, restarting {@code random} at {@code seeds[k]}
   * before password {@code k} unless {@code seeds} is null: the same as that many calls of {@link
   * #draw(RandomSource)}, written through one set of buffers.
   *
   * @param random consumes {@code 1 + k + L} values per password
   * @param seeds one seed per password, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first password goes
   * @param count how many passwords
   */
  public void draws(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    byte[] chars = new byte[maxLength];
    if (maxLength <= Long.SIZE) {
      for (int k = 0; k < count; k++) {
        if (seeds != null) {
          random.reseed(seeds[k]);
        }
        out[at + k] = draw(random, chars);
      }
      return;
    }
    byte[] free = new byte[maxLength + 1];
    int[] placed = new int[required.length + 1];
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      out[at + k] = draw(random, chars, free, placed);
    }
  }

  /**
   * Draws a password of at most 64 characters into {@code out}. The positions of the required
   * characters are bits of one {@code long}; the p-th free position steps over the set bits at or
   * below it, taken in ascending order; the other characters are written straight to the free
   * positions, found as the clear bits, lowest first. No pass merges two arrays, and no branch
   * depends on what was drawn but the loops' ends.
   */
  private String draw(RandomSource random, byte[] out) {
    int length = minLength + (int) lengths.draw(random);
    long taken = 0;
    for (byte[] set : required) {
      int bound = length - Long.bitCount(taken);
      int p = (int) Bounded.draw(random, bound, positionThresholds[bound]);
      for (long rest = taken; rest != 0; rest &= rest - 1) {
        p += Long.numberOfTrailingZeros(rest) <= p ? 1 : 0;
      }
      taken |= 1L << p;
      out[p] = set[RandomSource.index(random.nextLong() >>> 32, set.length)];
    }
    byte[] all = alphabet;
    for (long free = ~taken & (-1L >>> (Long.SIZE - length)); free != 0; free &= free - 1) {
      out[Long.numberOfTrailingZeros(free)] =
          all[RandomSource.index(random.nextLong() >>> 32, all.length)];
    }
    return new String(out, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a password into {@code out}. The required characters are kept sorted by position as they
   * are placed, each as {@code position << 8 | character}; the others are drawn in a row into
   * {@code free}, then both are merged in one pass without a branch on what was drawn.
   *
   * @param out room for the longest password
   * @param free room for the longest password and one more
   * @param placed room for one entry per required class and a sentinel
   */
  private String draw(RandomSource random, byte[] out, byte[] free, int[] placed) {
    int length = minLength + (int) lengths.draw(random);
    int k = required.length;
    Arrays.fill(placed, Integer.MAX_VALUE);
    for (int c = 0; c < k; c++) {
      int bound = length - c;
      int p = (int) Bounded.draw(random, bound, positionThresholds[bound]);
      // The p-th free position: step over the required characters placed at or before it.
      for (int i = 0; i < c; i++) {
        p += (placed[i] >>> 8) <= p ? 1 : 0;
      }
      byte[] set = required[c];
      int entry = p << 8 | set[RandomSource.index(random.nextLong() >>> 32, set.length)];
      // Insert in order: placed[c] is the sentinel, so each slot takes the nearest candidate.
      for (int i = c; i > 0; i--) {
        placed[i] = Math.max(placed[i - 1], Math.min(placed[i], entry));
      }
      placed[0] = Math.min(placed[0], entry);
    }
    byte[] all = alphabet;
    for (int i = 0, frees = length - k; i < frees; i++) {
      free[i] = all[RandomSource.index(random.nextLong() >>> 32, all.length)];
    }
    int next = placed[0];
    for (int at = 0, i = 0, d = 0; at < length; at++) {
      int isPlaced = (((next >>> 8) ^ at) - 1) >>> 31; // 1 where a required character stands
      int keep = -isPlaced;
      out[at] = (byte) ((next & keep) | (free[d] & ~keep));
      i += isPlaced;
      d += 1 - isPlaced;
      next = placed[i];
    }
    return new String(out, 0, length, StandardCharsets.ISO_8859_1);
  }
}
