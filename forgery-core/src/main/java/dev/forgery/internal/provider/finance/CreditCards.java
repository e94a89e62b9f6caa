package dev.forgery.internal.provider.finance;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Payment card numbers with real issuer prefixes, lengths and Luhn check digits.
 *
 * <p>A brand is a set of prefix ranges. A number takes three random values: the first picks a range
 * (its low 10 bits index a 1,024-slot table built from the range weights) and a prefix inside it
 * (its high 32 bits), the other two supply the account digits, four per 32 bits. Digits are written
 * into one byte array that becomes the string, with no formatting or parsing.
 */
public final class CreditCards {
  /** One prefix range: {@code count} prefixes of {@code digits} digits from {@code first}. */
  private static final class Range {
    final int first;
    final int count;
    final int digits;
    final int length;

    Range(int first, int count, int digits, int length) {
      this.first = first;
      this.count = count;
      this.digits = digits;
      this.length = length;
    }
  }

  /** The Luhn value of a doubled digit: {@code 2d}, minus 9 when that has two digits. */
  private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

  /** Ranges of each brand, in {@code dev.forgery.CardBrand} order, with weights out of 1,024. */
  private static final Range[][] BRAND_RANGES = {
    {new Range(4, 1, 1, 16)},
    {new Range(51, 5, 2, 16), new Range(2221, 500, 4, 16)},
    {new Range(34, 1, 2, 15), new Range(37, 1, 2, 15)},
    {new Range(6011, 1, 4, 16), new Range(644, 6, 3, 16), new Range(65, 1, 2, 16)},
    {new Range(300, 6, 3, 14), new Range(36, 1, 2, 14), new Range(38, 2, 2, 14)},
    {new Range(3528, 62, 4, 16)},
    {new Range(62, 1, 2, 16)},
    {
      new Range(5018, 1, 4, 16), new Range(5020, 1, 4, 16), new Range(5038, 1, 4, 16),
      new Range(5893, 1, 4, 16), new Range(6759, 1, 4, 16), new Range(6761, 3, 4, 16)
    },
  };

  /** Share of each range within its brand, out of 1,024. */
  private static final int[][] BRAND_RANGE_WEIGHTS = {
    {1024},
    {820, 204},
    {340, 684},
    {600, 100, 324},
    {300, 500, 224},
    {1024},
    {1024},
    {128, 128, 128, 128, 256, 256},
  };

  /**
   * Share of each brand among US cards, out of 1,024: roughly the card-count shares of the Nilson
   * Report (Visa about half, Mastercard a quarter, then Amex and Discover), with the brands that
   * are rare in the US given a small share so that they still appear.
   */
  private static final int[] BRAND_WEIGHTS = {520, 250, 130, 54, 14, 20, 20, 16};

  private static final Range[][] BRAND_LOOKUP = new Range[BRAND_RANGES.length][];
  private static final Range[] ANY_LOOKUP = new Range[1024];

  static {
    for (int b = 0; b < BRAND_RANGES.length; b++) {
      BRAND_LOOKUP[b] = lookup(BRAND_RANGES[b], BRAND_RANGE_WEIGHTS[b]);
    }
    int slot = 0;
    for (int b = 0; b < BRAND_WEIGHTS.length; b++) {
      for (int i = 0; i < BRAND_WEIGHTS[b]; i++) {
        // Within a brand, the brand's own table decides the range, scaled to the brand's share.
        ANY_LOOKUP[slot++] = BRAND_LOOKUP[b][(int) ((long) i * 1024 / BRAND_WEIGHTS[b])];
      }
    }
    if (slot != 1024) {
      throw new AssertionError("brand weights must add up to 1024, got " + slot);
    }
  }

  private CreditCards() {}

  private static Range[] lookup(Range[] ranges, int[] weights) {
    Range[] table = new Range[1024];
    int slot = 0;
    for (int r = 0; r < ranges.length; r++) {
      for (int i = 0; i < weights[r]; i++) {
        table[slot++] = ranges[r];
      }
    }
    if (slot != 1024) {
      throw new AssertionError("range weights must add up to 1024, got " + slot);
    }
    return table;
  }

  /**
   * Draws a card number of any brand, brands weighted by their US share.
   *
   * @param random consumes three values
   * @return the digits, e.g. {@code 4539578763621486}
   */
  public static String number(RandomSource random) {
    return number(random, ANY_LOOKUP, false);
  }

  /**
   * Draws a card number of one brand.
   *
   * @param random consumes three values
   * @param brand the ordinal of a {@code dev.forgery.CardBrand}
   * @return the digits
   */
  public static String number(RandomSource random, int brand) {
    return number(random, BRAND_LOOKUP[brand], false);
  }

  /**
   * Draws the same number as {@link #number(RandomSource)} would, printed in the groups of its
   * brand: {@code 4-4-4-4}, {@code 4-6-5} for 15 digits, {@code 4-6-4} for 14, separated by spaces.
   *
   * @param random consumes three values
   * @param brand the ordinal of a {@code dev.forgery.CardBrand}, or -1 for any brand
   * @return the grouped digits, e.g. {@code 4539 5787 6362 1486}
   */
  public static String formatted(RandomSource random, int brand) {
    return number(random, brand < 0 ? ANY_LOOKUP : BRAND_LOOKUP[brand], true);
  }

  private static String number(RandomSource random, Range[] lookup, boolean grouped) {
    long pick = random.nextLong();
    Range range = lookup[(int) pick & 1023];
    int prefix = range.first + RandomSource.index(pick >>> 32, range.count);
    int length = range.length;
    byte[] digits = new byte[length];
    for (int i = range.digits - 1; i >= 0; i--) {
      digits[i] = (byte) ('0' + prefix % 10);
      prefix /= 10;
    }
    // The account digits come four at a time from 32 random bits (bias below 10^4 / 2^32), so a
    // body of up to 16 digits takes two random values and no long division.
    int i = range.digits;
    int end = length - 1;
    while (i < end) {
      long bits = random.nextLong();
      i = putFour(digits, i, end, RandomSource.index(bits >>> 32, 10_000));
      if (i < end) {
        i = putFour(digits, i, end, RandomSource.index(bits & 0xFFFF_FFFFL, 10_000));
      }
    }
    digits[end] = (byte) ('0' + luhnCheckDigit(digits, end));
    return new String(grouped ? group(digits) : digits, StandardCharsets.ISO_8859_1);
  }

  /** Inserts the spaces printed on cards: after 4 and 10 digits for 14 or 15, else every 4. */
  private static byte[] group(byte[] digits) {
    int length = digits.length;
    boolean fourSixRest = length == 14 || length == 15;
    int spaces = fourSixRest ? 2 : (length - 1) / 4;
    byte[] out = new byte[length + spaces];
    int j = 0;
    for (int i = 0; i < length; i++) {
      if (i > 0 && (fourSixRest ? i == 4 || i == 10 : (i & 3) == 0)) {
        out[j++] = ' ';
      }
      out[j++] = digits[i];
    }
    return out;
  }

  /** Writes up to four digits of {@code chunk}, most significant first, stopping at {@code end}. */
  private static int putFour(byte[] digits, int i, int end, int chunk) {
    int high = chunk / 100;
    int low = chunk - high * 100;
    if (end - i >= 4) {
      digits[i] = (byte) ('0' + high / 10);
      digits[i + 1] = (byte) ('0' + high % 10);
      digits[i + 2] = (byte) ('0' + low / 10);
      digits[i + 3] = (byte) ('0' + low % 10);
      return i + 4;
    }
    digits[i++] = (byte) ('0' + high / 10);
    if (i < end) {
      digits[i++] = (byte) ('0' + high % 10);
    }
    if (i < end) {
      digits[i++] = (byte) ('0' + low / 10);
    }
    return i;
  }

  /**
   * Computes the Luhn check digit that makes {@code digits[0..payload)} plus it a valid number.
   *
   * @param digits ASCII digits
   * @param payload how many leading digits carry the number
   * @return the check digit, 0 to 9
   */
  static int luhnCheckDigit(byte[] digits, int payload) {
    int sum = 0;
    // The rightmost payload digit is doubled, and every second one to its left.
    for (int i = payload - 1; i >= 0; i -= 2) {
      sum += DOUBLED[digits[i] - '0'];
    }
    for (int i = payload - 2; i >= 0; i -= 2) {
      sum += digits[i] - '0';
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * The brands by lower-case name, in the order of {@code dev.forgery.CardBrand}'s constants, whose
   * ordinals index the brand tables here.
   */
  private static final List<String> BRAND_NAMES =
      List.of(
          "visa",
          "mastercard",
          "american_express",
          "discover",
          "diners_club",
          "jcb",
          "unionpay",
          "maestro");

  /**
   * Finds a brand by name: {@code "visa"}, {@code "Mastercard"}, {@code "American Express"}, {@code
   * "amex"}; case, spaces, hyphens and underscores do not matter.
   *
   * @param name a brand name
   * @return the brand's ordinal
   * @throws IllegalArgumentException if no brand has that name; the message lists the brands
   */
  public static int brand(String name) {
    if (name == null) {
      throw new IllegalArgumentException("brand must not be null; brands: " + BRAND_NAMES);
    }
    String key = name.replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    switch (key) {
      case "amex":
        return 2;
      case "diners":
        return 4;
      default:
        break;
    }
    for (int b = 0; b < BRAND_NAMES.size(); b++) {
      if (BRAND_NAMES.get(b).replace("_", "").equals(key)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "brand '"
            + name
            + "' is unknown"
            + Suggestions.closest(name, BRAND_NAMES)
            + "; brands: "
            + BRAND_NAMES);
  }
}
