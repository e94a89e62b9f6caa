package dev.forgery.internal.provider.internet;

import dev.forgery.internal.data.Latin1Builder;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedBytes;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.random.RandomSource;
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
  /** Pattern codes, indexed by the low 8 bits of the pattern draw; see {@link #PATTERN_WEIGHTS}. */
  private static final byte[] PATTERNS = new byte[256];

  /**
   * Relative frequency, out of 256, of each local-part pattern. Digits make a 100,000-address batch
   * more than 90% distinct even though common names repeat, as in a real address book.
   */
  private static final int[] PATTERN_WEIGHTS = {
    60, // 0 first.last
    20, // 1 firstlast
    30, // 2 flast
    10, // 3 f.last
    30, // 4 first.last + 2 digits
    25, // 5 first + 2-4 digits
    12, // 6 first_last
    10, // 7 last.first
    20, // 8 flast + birth year
    14, // 9 first + last initial
    25, // 10 firstlast + 2 digits
  };

  static {
    int slot = 0;
    for (int pattern = 0; pattern < PATTERN_WEIGHTS.length; pattern++) {
      for (int i = 0; i < PATTERN_WEIGHTS[pattern]; i++) {
        PATTERNS[slot++] = (byte) pattern;
      }
    }
    if (slot != PATTERNS.length) {
      throw new AssertionError("pattern weights must add up to 256, got " + slot);
    }
  }

  private final WeightedBytes firstNames;
  private final WeightedBytes lastNames;
  private final WeightedBytes freeDomains;
  private final WeightedBytes anyDomains;

  /** The domains reserved for examples by RFC 2606, equally likely. */
  private final WeightedBytes safeDomains =
      WeightedTable.uniform("example.com", "example.org", "example.net").bytes();

  private Emails(Names names, String locale) {
    this.firstNames = names.firstNames().map(Emails::localPart).bytes();
    this.lastNames = names.lastNames().map(Emails::localPart).bytes();
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
    return next(random, anyDomains, new Latin1Builder());
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
    return next(random, freeDomains, new Latin1Builder());
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
    return next(random, safeDomains, new Latin1Builder());
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

  private String next(RandomSource random, WeightedBytes domains, Latin1Builder builder) {
    long pattern = random.nextLong();
    int first = firstNames.draw(random.nextLong());
    int last = lastNames.draw(random.nextLong());
    int domain = domains.draw(random.nextLong());
    return compose(builder, pattern, first, last).append(domains, domain).take();
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
    Latin1Builder builder = new Latin1Builder();
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      out[at + k] = next(random, domains, builder);
    }
  }

  /**
   * Appends a local part and the {@code @}: the low 8 bits of {@code bits} pick the pattern, the
   * next 16 its digits.
   */
  private Latin1Builder compose(Latin1Builder b, long bits, int first, int last) {
    int digits = (int) ((bits >>> 8) & 0xFFFF);
    switch (PATTERNS[(int) bits & 0xFF]) {
      case 0:
        b.append(firstNames, first).append('.').append(lastNames, last);
        break;
      case 1:
        b.append(firstNames, first).append(lastNames, last);
        break;
      case 2:
        b.appendInitial(firstNames, first).append(lastNames, last);
        break;
      case 3:
        b.appendInitial(firstNames, first).append('.').append(lastNames, last);
        break;
      case 4:
        b.append(firstNames, first).append('.').append(lastNames, last);
        b.appendDecimal(10 + digits % 90);
        break;
      case 5:
        b.append(firstNames, first).appendDecimal(10 + digits % 9990);
        break;
      case 6:
        b.append(firstNames, first).append('_').append(lastNames, last);
        break;
      case 7:
        b.append(lastNames, last).append('.').append(firstNames, first);
        break;
      case 8:
        b.appendInitial(firstNames, first).append(lastNames, last);
        b.appendDecimal(1950 + digits % 56);
        break;
      case 9:
        b.append(firstNames, first).appendInitial(lastNames, last);
        break;
      default:
        b.append(firstNames, first).append(lastNames, last).appendDecimal(10 + digits % 90);
        break;
    }
    return b.append('@');
  }
}
