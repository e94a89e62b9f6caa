package dev.forgery.internal.provider.web;

import dev.forgery.internal.random.RandomSource;

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
  private final int span;

  /** Every allowed character, class after class. */
  private final char[] alphabet;

  /** The required classes: lower case first, then each other class the policy requires. */
  private final char[][] required;

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
    this.span = maxLength - minLength + 1;
    StringBuilder all = new StringBuilder(LOWER);
    char[][] classes = new char[minimum(upper, digits, symbols)][];
    int k = 0;
    classes[k++] = LOWER.toCharArray();
    if (upper) {
      all.append(UPPER);
      classes[k++] = UPPER.toCharArray();
    }
    if (digits) {
      all.append(DIGITS);
      classes[k++] = DIGITS.toCharArray();
    }
    if (symbols) {
      all.append(SYMBOLS);
      classes[k++] = SYMBOLS.toCharArray();
    }
    this.alphabet = all.toString().toCharArray();
    this.required = classes;
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
    int length = minLength + (int) random.nextBounded(span);
    char[] out = new char[length];
    int k = required.length;
    // The positions of the required characters, kept sorted: each new one is the p-th free slot.
    int[] taken = new int[k];
    for (int c = 0; c < k; c++) {
      int p = (int) random.nextBounded(length - c);
      int i = 0;
      while (i < c && taken[i] <= p) {
        p++;
        i++;
      }
      System.arraycopy(taken, i, taken, i + 1, c - i);
      taken[i] = p;
      char[] set = required[c];
      out[p] = set[RandomSource.index(random.nextLong() >>> 32, set.length)];
    }
    char[] all = alphabet;
    int next = 0;
    for (int at = 0; at < length; at++) {
      if (next < k && taken[next] == at) {
        next++;
      } else {
        out[at] = all[RandomSource.index(random.nextLong() >>> 32, all.length)];
      }
    }
    return new String(out);
  }
}
