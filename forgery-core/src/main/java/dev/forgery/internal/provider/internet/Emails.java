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
import java.text.Normalizer;
import java.util.Locale;

/**
 * Email addresses whose local parts are built from weighted names in the patterns people really use
 * ({@code linda.garcia}, {@code lgarcia}, {@code linda.garcia84}, {@code garcia.linda}...).
 *
 * <p>Every address consumes exactly four random values: one for the pattern and its digits, one
 * each for first name and surname, one for the domain. Local parts contain only {@code a-z}, {@code
 * 0-9}, dot and underscore, so every address is a valid RFC 5322 dot-atom.
 *
 * <p>An address is made in two steps: {@link #plan} draws it and resolves its pattern into three
 * {@code long}s (which bytes to copy, what goes between them), and {@link #write} copies those
 * bytes into a buffer and makes the {@code String}. A batch plans a block of addresses before it
 * writes any (see {@link #BLOCK}).
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
    final int numberModulus;
    final long numberReciprocal;

    /**
     * Every tail this pattern can end its local part with, by number less the base (one, the bare
     * {@code @}, for a pattern without a number); see {@link Emails#tail(int)}.
     */
    final long[] tails;

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
      this.numberModulus = Math.max(1, numberModulus);
      // ceil(2^32 / m): (d * reciprocal) >>> 32 == d / m exactly for every 16-bit d.
      this.numberReciprocal = ((1L << 32) + this.numberModulus - 1) / this.numberModulus;
      this.tails = new long[this.numberModulus];
      for (int i = 0; i < tails.length; i++) {
        tails[i] = Emails.tail(numberModulus == 0 ? -1 : numberBase + i);
      }
    }

    /** The tail for 16 random bits: the one of number {@code numberBase + bits % numberModulus}. */
    long tail(int bits) {
      int quotient = (int) ((bits * numberReciprocal) >>> 32);
      return tails[bits - quotient * numberModulus];
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

  /**
   * The digits of {@code number} (none if it is negative) and the {@code @} as little-endian ASCII,
   * and in the top byte how many of those bytes an address keeps. Looked up, not computed, per
   * address: three divisions and remainders by constants cost more than the read.
   */
  private static long tail(int number) {
    // Digits from the last: each shifts those after it one byte up, so the first ends lowest.
    // Arithmetic rather than Integer.toString: the patterns' 10,226 tails are made on every JVM's
    // way to its first email address, mostly before the JIT compiles this loop (2.4-3.5 ms against
    // 8.6-10.8 in a fresh JVM).
    long digits = 0;
    int length = 0;
    for (int n = number; n >= 0; n /= 10) {
      digits = digits << 8 | ('0' + n % 10);
      length++;
      if (n < 10) {
        break;
      }
    }
    return digits | (long) '@' << 8 * length | (long) (length + 1) << 56;
  }

  /** The random values one address consumes, in the order it consumes them. */
  private static final int DRAWS = 4;

  /** The {@code long}s of one address's plan; see {@link #plan}. */
  private static final int PLAN = 3;

  /**
   * How many addresses a batch plans before it writes them. Planning reads the name columns at
   * random (the surnames' alone are 710 KB) and writing stores into a buffer that the new {@code
   * String} then copies, which cannot start before those stores complete; done address by address,
   * each address's reads wait behind the previous address's copy. Planning a block first lets the
   * reads of many addresses overlap. JMH, EmailBenchmark, alternating forks: see
   * forgery-benchmarks/RESULTS.md.
   */
  private static final int BLOCK = 256;

  /**
   * The first names and the surnames, lowercased, laid out together so that one copy serves either:
   * a pattern decides which name comes first.
   */
  private final WeightedBytes firstNames;

  private final WeightedBytes lastNames;

  private final WeightedBytes freeDomains;
  private final WeightedBytes anyDomains;

  /** The domains reserved for examples by RFC 2606, equally likely. */
  private final WeightedBytes safeDomains =
      WeightedTable.uniform("example.com", "example.org", "example.net").bytes();

  /**
   * Where the build stores a locale's local-part layouts ({@link EmailImages}), below the data
   * root.
   */
  static final String LOCAL_PARTS = "email_local_parts";

  private Emails(String locale) {
    WeightedBytes[] both = Tables.storedLayouts(Tables.path(locale, LOCAL_PARTS));
    if (both == null) {
      both = localParts(locale);
    }
    this.firstNames = both[0];
    this.lastNames = both[1];
    this.freeDomains = Tables.weighted(Tables.path(locale, "free_email_domains")).bytes();
    this.anyDomains = Tables.weighted(Tables.path(locale, "email_domains")).bytes();
  }

  /**
   * Derives a locale's local parts from its names: the first names' and the surnames' {@link
   * #localPart(String)}, keeping their weights, laid out in one text. What the build stores for the
   * locales with many names, and what the others compute on first use.
   *
   * @param locale a supported locale tag
   * @return the first names' layout, then the surnames'
   */
  static WeightedBytes[] localParts(String locale) {
    Names names = Names.of(locale);
    return WeightedTable.sharedBytes(
        names.latinFirstNames().map(Emails::localPart, Emails::localPart),
        names.latinLastNames().map(Emails::localPart, Emails::localPart));
  }

  /**
   * Returns the surnames' local parts: the lowercased, romanised surnames that domain names are
   * made of too ({@link WebAddresses}), drawn as {@link WeightedTable#draw} draws them.
   *
   * @return the layout
   */
  WeightedBytes surnames() {
    return lastNames;
  }

  /**
   * Returns the shared email tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Emails of(String locale) {
    return Tables.cached("emails:".concat(locale), key -> new Emails(locale));
  }

  /**
   * Lower-cases a name, takes the accents off its letters and keeps only ASCII letters, so {@code
   * O'Brien} becomes {@code obrien}, {@code Béatrice} {@code beatrice}, {@code González} {@code
   * gonzalez} and {@code Müller} {@code muller}, and {@code ß} becomes {@code ss}, as people write
   * their names in addresses.
   */
  static String localPart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!ascii(lower)) {
      // Canonical decomposition splits é into e and a combining accent, which the loop drops.
      lower = Normalizer.normalize(lower, Normalizer.Form.NFD).replace("ß", "ss");
    }
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

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static final byte[] USER = {'u', 's', 'e', 'r'};

  /**
   * {@link #localPart(String)} of an ASCII name given as bytes, written as bytes: the form the
   * tables are read in, so building the email tables makes no string per name.
   *
   * @param from the bytes of the names
   * @param start the name's first byte
   * @param end after its last byte
   * @param into the destination, with room for the name or for {@code "user"}
   * @param at where the local part's first byte goes
   * @return the position after its last byte
   */
  static int localPart(byte[] from, int start, int end, byte[] into, int at) {
    int out = at;
    for (int i = start; i < end; i++) {
      int c = from[i];
      if (c >= 'A' && c <= 'Z') {
        into[out++] = (byte) (c + ('a' - 'A'));
      } else if (c >= 'a' && c <= 'z') {
        into[out++] = (byte) c;
      }
    }
    if (out == at && end > start) {
      System.arraycopy(USER, 0, into, at, USER.length);
      out += USER.length;
    }
    return out;
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
    long[] plan = new long[PLAN];
    plan(
        random.nextLong(),
        random.nextLong(),
        random.nextLong(),
        random.nextLong(),
        domains,
        plan,
        0);
    return write(plan, 0, domains, buffer);
  }

  /** A buffer with room for the longest address {@link #write} can write with these domains. */
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

  /**
   * Fills {@code out[at, at + count)} with addresses as {@link #safeEmail(RandomSource)} draws
   * them, restarting {@code random} at {@code seeds[k]} before address {@code k} unless {@code
   * seeds} is null.
   *
   * @param random consumes four values per address
   * @param seeds one seed per address, or {@code null} to continue the sequence
   * @param out the destination
   * @param at where the first address goes
   * @param count how many addresses
   */
  public void safeEmails(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    fill(random, seeds, out, at, count, safeDomains);
  }

  /**
   * Fills {@code out[at, at + count)} with addresses as {@link #freeEmail(RandomSource)} draws
   * them, restarting {@code random} at {@code seeds[k]} before address {@code k} unless {@code
   * seeds} is null.
   *
   * @param random consumes four values per address
   * @param seeds one seed per address, or {@code null} to continue the sequence
   * @param out the destination
   * @param at where the first address goes
   * @param count how many addresses
   */
  public void freeEmails(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    fill(random, seeds, out, at, count, freeDomains);
  }

  /**
   * Draws a username: the local part of an address as {@link #email(RandomSource)} draws it, so
   * {@code linda.garcia84}, {@code lgarcia}, {@code garcia_linda}: only {@code a-z}, {@code 0-9},
   * dot and underscore.
   *
   * @param random consumes four values
   * @return the username
   */
  public String username(RandomSource random) {
    return beforeAt(email(random));
  }

  /**
   * Fills {@code out[at, at + count)} with usernames as {@link #username(RandomSource)} draws them,
   * restarting {@code random} at {@code seeds[k]} before username {@code k} unless {@code seeds} is
   * null.
   *
   * @param random consumes four values per username
   * @param seeds one seed per username, or {@code null} to continue the sequence
   * @param out the destination
   * @param at where the first username goes
   * @param count how many usernames
   */
  public void usernames(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    fill(random, seeds, out, at, count, anyDomains);
    for (int k = at; k < at + count; k++) {
      out[k] = beforeAt((String) out[k]);
    }
  }

  private static String beforeAt(String address) {
    return address.substring(0, address.indexOf('@'));
  }

  /** Fills a batch; {@code seeds}, if not null, restarts the generator before each address. */
  private void fill(
      RandomSource random, long[] seeds, Object[] out, int at, int count, WeightedBytes domains) {
    byte[] buffer = buffer(domains);
    int block = Math.min(BLOCK, count);
    long[] draws = new long[DRAWS * block];
    long[] plans = new long[PLAN * block];
    for (int start = 0; start < count; start += BLOCK) {
      int n = Math.min(BLOCK, count - start);
      random.nextLongs(seeds, start, n, DRAWS, draws);
      for (int k = 0, d = 0; k < n; k++, d += DRAWS) {
        plan(draws[d], draws[d + 1], draws[d + 2], draws[d + 3], domains, plans, PLAN * k);
      }
      for (int k = 0; k < n; k++) {
        out[at + start + k] = write(plans, PLAN * k, domains, buffer);
      }
    }
  }

  /**
   * Resolves an address into {@code plans[p, p + PLAN)} from its four draws: the low 8 bits of
   * {@code bits} pick the pattern, the next 16 its number. Branch-free: every part of the pattern
   * is planned, empty ones with length 0.
   *
   * <ol>
   *   <li>the two name parts' references, the first in the low 32 bits;
   *   <li>the separator in the low byte, its length (0 or 1) in the next, the domain's reference in
   *       the high 32 bits;
   *   <li>the number's digits and the {@code @} as little-endian ASCII, and in the top byte how
   *       many of those bytes the address keeps.
   * </ol>
   */
  private void plan(
      long bits,
      long firstBits,
      long lastBits,
      long domainBits,
      WeightedBytes domains,
      long[] plans,
      int p) {
    int first = firstNames.draw(firstBits);
    int last = lastNames.draw(lastBits);
    int domain = domains.draw(domainBits);
    Pattern pattern = PATTERNS[(int) bits & 0xFF];
    // The first name or the surname, chosen by a mask instead of a branch.
    int one = first ^ ((first ^ last) & -pattern.firstFrom);
    int two = first ^ ((first ^ last) & -pattern.secondFrom);
    plans[p] =
        (firstNames.truncate(one, pattern.firstKeeps) & 0xFFFF_FFFFL)
            | (long) firstNames.truncate(two, pattern.secondKeeps) << 32;
    plans[p + 1] = pattern.separator | (long) pattern.separatorLength << 8 | (long) domain << 32;
    plans[p + 2] = pattern.tail((int) ((bits >>> 8) & 0xFFFF));
  }

  /**
   * Writes the address planned in {@code plans[p, p + PLAN)} into {@code buf} and returns it. Every
   * write may run past its part; the next write or the end of the address covers the overrun, and
   * {@code buf} has room for the longest address, so nothing checks for room or grows it.
   */
  private String write(long[] plans, int p, WeightedBytes domains, byte[] buf) {
    long parts = plans[p];
    long between = plans[p + 1];
    long tail = plans[p + 2];
    // Both name parts copy through firstNames: the surnames share its text.
    int at = firstNames.copy((int) parts, buf, 0);
    LITTLE_ENDIAN_WORDS.set(buf, at, between & 0xFF);
    at = firstNames.copy((int) (parts >>> 32), buf, at + (int) (between >>> 8 & 0xFF));
    // Eight bytes, the top one a length, which the domain's copy overwrites.
    LITTLE_ENDIAN_WORDS.set(buf, at, tail);
    at = domains.copy((int) (between >>> 32), buf, at + (int) (tail >>> 56));
    return new String(buf, 0, at, StandardCharsets.ISO_8859_1);
  }
}
