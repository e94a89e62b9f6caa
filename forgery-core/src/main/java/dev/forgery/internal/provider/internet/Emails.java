package dev.forgery.internal.provider.internet;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedBytes;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.random.RandomSource;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Email addresses whose local parts are built from weighted names in the patterns people really use
 * ({@code linda.garcia}, {@code lgarcia}, {@code linda.garcia84}, {@code garcia.linda}...).
 *
 * <p>Every address consumes exactly four random values: one for the pattern and its digits, one
 * each for first name and surname, one for the domain. Local parts contain only {@code a-z}, {@code
 * 0-9}, dot and underscore, so every address is a valid RFC 5322 dot-atom.
 */
public final class Emails {
  private static final VarHandle LITTLE_ENDIAN_WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Which name a part of a local part is taken from. */
  private static final int FIRST = 0;

  private static final int LAST = 1;

  /** How much of a name a part keeps: all of it, its initial, or nothing. */
  private static final int WHOLE = Integer.MAX_VALUE;

  private static final int INITIAL = 1;
  private static final int NOTHING = 0;

  /**
   * A local part is always {@code [name part][separator][name part][number]}, any of which may be
   * empty; a pattern is data saying what goes in each slot. Composing every pattern with the same
   * straight-line code, instead of a switch over patterns, matters: the pattern is random, so a
   * switch jumps to an unpredictable target for almost every address (about a third of the cost of
   * an address in JMH).
   */
  private static final class Pattern {
    final int weight;
    final int firstFrom;
    final int firstKeeps;
    final long separator;
    final int separatorLength;
    final int secondFrom;
    final int secondKeeps;
    final int numberBase;
    final int numberModulus;
    final long numberReciprocal;
    final int hasNumber;

    /**
     * A pattern.
     *
     * @param weight relative frequency out of 256
     * @param firstFrom FIRST or LAST name
     * @param firstKeeps WHOLE or INITIAL
     * @param separator a separator character, or 0 for none
     * @param secondFrom FIRST or LAST name
     * @param secondKeeps WHOLE, INITIAL or NOTHING
     * @param numberBase the smallest number appended
     * @param numberModulus how many numbers may be appended, or 0 for no number
     */
    Pattern(
        int weight,
        int firstFrom,
        int firstKeeps,
        char separator,
        int secondFrom,
        int secondKeeps,
        int numberBase,
        int numberModulus) {
      this.weight = weight;
      this.firstFrom = firstFrom;
      this.firstKeeps = firstKeeps;
      this.separator = separator;
      this.separatorLength = separator == 0 ? 0 : 1;
      this.secondFrom = secondFrom;
      this.secondKeeps = secondKeeps;
      this.numberBase = numberBase;
      this.hasNumber = numberModulus == 0 ? 0 : 1;
      this.numberModulus = Math.max(1, numberModulus);
      // ceil(2^32 / m): (d * reciprocal) >>> 32 == d / m exactly for every 16-bit d.
      this.numberReciprocal = ((1L << 32) + this.numberModulus - 1) / this.numberModulus;
    }

    /** The number for 16 random bits: {@code numberBase + bits % numberModulus}. */
    int number(int bits) {
      int quotient = (int) ((bits * numberReciprocal) >>> 32);
      return numberBase + bits - quotient * numberModulus;
    }
  }

  /**
   * The patterns people use, with their relative frequency out of 256. Digits make a
   * 100,000-address batch more than 90% distinct even though common names repeat, as in a real
   * address book.
   */
  private static final Pattern[] PATTERN_LIST = {
    new Pattern(60, FIRST, WHOLE, '.', LAST, WHOLE, 0, 0), // linda.garcia
    new Pattern(20, FIRST, WHOLE, (char) 0, LAST, WHOLE, 0, 0), // lindagarcia
    new Pattern(30, FIRST, INITIAL, (char) 0, LAST, WHOLE, 0, 0), // lgarcia
    new Pattern(10, FIRST, INITIAL, '.', LAST, WHOLE, 0, 0), // l.garcia
    new Pattern(30, FIRST, WHOLE, '.', LAST, WHOLE, 10, 90), // linda.garcia84
    new Pattern(25, FIRST, WHOLE, (char) 0, LAST, NOTHING, 10, 9990), // linda1984, linda27
    new Pattern(12, FIRST, WHOLE, '_', LAST, WHOLE, 0, 0), // linda_garcia
    new Pattern(10, LAST, WHOLE, '.', FIRST, WHOLE, 0, 0), // garcia.linda
    new Pattern(20, FIRST, INITIAL, (char) 0, LAST, WHOLE, 1950, 56), // lgarcia1971
    new Pattern(14, FIRST, WHOLE, (char) 0, LAST, INITIAL, 0, 0), // lindag
    new Pattern(25, FIRST, WHOLE, (char) 0, LAST, WHOLE, 10, 90), // lindagarcia84
  };

  /** The patterns by the low 8 bits of the pattern draw, each in as many slots as its weight. */
  private static final Pattern[] PATTERNS = new Pattern[256];

  static {
    int slot = 0;
    for (Pattern pattern : PATTERN_LIST) {
      for (int i = 0; i < pattern.weight; i++) {
        PATTERNS[slot++] = pattern;
      }
    }
    if (slot != PATTERNS.length) {
      throw new AssertionError("pattern weights must add up to 256, got " + slot);
    }
  }

  private final WeightedBytes firstNames;
  private final WeightedBytes lastNames;

  /** The two name layouts, indexed by {@link #FIRST} and {@link #LAST}. */
  private final WeightedBytes[] names;

  private final WeightedBytes freeDomains;
  private final WeightedBytes anyDomains;

  /** The domains reserved for examples by RFC 2606, equally likely. */
  private final WeightedBytes safeDomains =
      WeightedTable.uniform("example.com", "example.org", "example.net").bytes();

  private Emails(Names names, String locale) {
    this.firstNames = names.firstNames().map(Emails::localPart).bytes();
    this.lastNames = names.lastNames().map(Emails::localPart).bytes();
    this.names = new WeightedBytes[] {firstNames, lastNames};
    this.freeDomains = Tables.weighted(locale + "/free_email_domains").bytes();
    this.anyDomains = Tables.weighted(locale + "/email_domains").bytes();
  }

  /**
   * Returns the shared email tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Emails of(String locale) {
    return Tables.cached("emails:" + locale, key -> new Emails(Names.of(locale), locale));
  }

  /** Lower-cases a name and keeps only ASCII letters, so {@code O'Brien} becomes {@code obrien}. */
  static String localPart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int length = lower.length();
    int letters = 0;
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters++;
      }
    }
    if (letters == length) {
      return lower; // the common case: no copy
    }
    StringBuilder sb = new StringBuilder(letters);
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "user" : sb.toString();
  }

  /**
   * Draws an address at a mix of free-mail providers and personal or company domains.
   *
   * @param random consumes four values
   * @return an address
   */
  public String email(RandomSource random) {
    return next(random, anyDomains, buffer(anyDomains));
  }

  /**
   * Fills {@code out} with addresses, the same as calling {@link #email(RandomSource)} once per
   * slot.
   *
   * @param random consumes four values per address
   * @param out the addresses' destination
   */
  public void emails(RandomSource random, String[] out) {
    fill(random, null, out, 0, out.length, anyDomains);
  }

  /**
   * Draws an address at a popular free-mail provider.
   *
   * @param random consumes four values
   * @return an address
   */
  public String freeEmail(RandomSource random) {
    return next(random, freeDomains, buffer(freeDomains));
  }

  /**
   * Fills {@code out} with addresses, the same as calling {@link #freeEmail(RandomSource)} once per
   * slot.
   *
   * @param random consumes four values per address
   * @param out the addresses' destination
   */
  public void freeEmails(RandomSource random, String[] out) {
    fill(random, null, out, 0, out.length, freeDomains);
  }

  /**
   * Draws an address at one of the domains reserved for examples by RFC 2606, so that no message
   * sent to it can reach a real person.
   *
   * @param random consumes four values
   * @return an address at example.com, example.org or example.net
   */
  public String safeEmail(RandomSource random) {
    return next(random, safeDomains, buffer(safeDomains));
  }

  /**
   * Fills {@code out} with addresses, the same as calling {@link #safeEmail(RandomSource)} once per
   * slot.
   *
   * @param random consumes four values per address
   * @param out the addresses' destination
   */
  public void safeEmails(RandomSource random, String[] out) {
    fill(random, null, out, 0, out.length, safeDomains);
  }

  private String next(RandomSource random, WeightedBytes domains, byte[] buffer) {
    long pattern = random.nextLong();
    int first = firstNames.draw(random.nextLong());
    int last = lastNames.draw(random.nextLong());
    int domain = domains.draw(random.nextLong());
    return compose(buffer, pattern, first, last, domains, domain);
  }

  /** A buffer with room for the longest address {@link #compose} can write with these domains. */
  private byte[] buffer(WeightedBytes domains) {
    // Two names, a separator, four digits, '@', the domain, and the copies' overrun.
    int longest = firstNames.maxLength() + lastNames.maxLength() + 6 + domains.maxLength();
    return new byte[longest + 2 * WeightedBytes.SLACK];
  }

  /**
   * Fills {@code out[at, at + count)} with addresses as {@link #email(RandomSource)} draws them,
   * restarting {@code random} at {@code seeds[k]} before address {@code k}: what a schema column of
   * emails needs.
   *
   * @param random consumes four values per address
   * @param seeds one seed per address
   * @param out the destination
   * @param at where the first address goes
   * @param count how many addresses
   */
  public void emails(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    fill(random, seeds, out, at, count, anyDomains);
  }

  /** Fills a batch; {@code seeds}, if not null, restarts the generator before each address. */
  private void fill(
      RandomSource random, long[] seeds, Object[] out, int at, int count, WeightedBytes domains) {
    byte[] buffer = buffer(domains);
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      out[at + k] = next(random, domains, buffer);
    }
  }

  /**
   * Writes an address into {@code buf} and returns it: the low 8 bits of {@code bits} pick the
   * pattern, the next 16 its number. Branch-free: every slot is written, empty ones with length 0,
   * and {@code buf} has room for the longest address, so nothing checks for room or grows it.
   */
  private String compose(
      byte[] buf, long bits, int first, int last, WeightedBytes domains, int domain) {
    Pattern p = PATTERNS[(int) bits & 0xFF];
    WeightedBytes one = names[p.firstFrom];
    WeightedBytes two = names[p.secondFrom];
    // The reference to the first name or the surname, chosen by a mask instead of a branch.
    int oneRef = first ^ ((first ^ last) & -p.firstFrom);
    int twoRef = first ^ ((first ^ last) & -p.secondFrom);
    int at = one.copy(one.truncate(oneRef, p.firstKeeps), buf, 0);
    LITTLE_ENDIAN_WORDS.set(buf, at, p.separator);
    at = two.copy(two.truncate(twoRef, p.secondKeeps), buf, at + p.separatorLength);
    int number = p.number((int) ((bits >>> 8) & 0xFFFF));
    // 1 to 4 digits without a loop: a digit is needed when the number reaches 10, 100, 1000.
    int digits =
        (1 + ((9 - number) >>> 31) + ((99 - number) >>> 31) + ((999 - number) >>> 31))
            & -p.hasNumber;
    long ascii =
        ('0' + number / 1000)
            | ('0' + number / 100 % 10) << 8
            | ('0' + number / 10 % 10) << 16
            | (long) ('0' + number % 10) << 24;
    // The digits (none when digits is 0) followed by the '@'.
    long tail = (ascii >>> (32 - 8 * digits) & ((1L << 8 * digits) - 1)) | (long) '@' << 8 * digits;
    LITTLE_ENDIAN_WORDS.set(buf, at, tail);
    at = domains.copy(domain, buf, at + digits + 1);
    return new String(buf, 0, at, StandardCharsets.ISO_8859_1);
  }
}
