package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * ISBN-10, ISBN-13 and EAN-13 numbers, plain digits with valid check digits.
 *
 * <p>An ISBN-13 starts with {@code 978} nine times in ten; otherwise with {@code 979} and one of
 * the registration groups that publish under it ({@code 979-8} United States, {@code 979-10}
 * France, {@code 979-11} Korea, {@code 979-12} Italy, {@code 979-13} Spain), never {@code 979-0},
 * which numbers printed music (ISMN). An ISBN-10 is nine random digits and its check digit. An
 * EAN-13 starts with a GS1 prefix of a member organisation (table {@code codes/gs1_prefixes}, every
 * prefix equally likely), then nine random digits, then the check digit. Each takes two random
 * values, the ISBN-10 one, rarely one more.
 */
public final class Barcodes {
  private Barcodes() {}

  /** The ISBN-13 prefixes under {@code 979}: the EAN prefix and the registration group. */
  private static final byte[][] PREFIXES_979 = {
    ascii("9798"), ascii("97910"), ascii("97911"), ascii("97912"), ascii("97913")
  };

  /** How many draws of {@code nextBounded(SHARES)} in which the prefix is {@code 978}. */
  private static final int SHARE_978 = 9 * PREFIXES_979.length;

  private static final int SHARES = SHARE_978 + PREFIXES_979.length;

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Draws an ISBN-10.
   *
   * @param random consumes one value per drawn digit (nine)
   * @return ten characters, the last a digit or {@code X}, e.g. {@code 0306406152}
   */
  public static String isbn10(RandomSource random) {
    byte[] out = new byte[10];
    Alphabet.DIGITS.fill(random, out, 0, 9);
    out[9] = CheckDigits.isbn10(out);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws an ISBN-13.
   *
   * @param random consumes one value for the prefix and one per drawn digit
   * @return thirteen digits starting with {@code 978} or {@code 979}
   */
  public static String isbn13(RandomSource random) {
    byte[] out = new byte[13];
    int pick = (int) random.nextBounded(SHARES);
    int at;
    if (pick < SHARE_978) {
      out[0] = '9';
      out[1] = '7';
      out[2] = '8';
      at = 3;
    } else {
      byte[] prefix = PREFIXES_979[pick - SHARE_978];
      System.arraycopy(prefix, 0, out, 0, prefix.length);
      at = prefix.length;
    }
    Alphabet.DIGITS.fill(random, out, at, 12 - at);
    out[12] = CheckDigits.gs1(out, 12);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws an EAN-13 (GTIN-13).
   *
   * @param random consumes one value for the prefix and one per drawn digit (nine)
   * @return thirteen digits behind a GS1 member organisation's prefix
   */
  public static String ean13(RandomSource random) {
    int[] prefixes = Gs1.PREFIXES;
    int prefix = prefixes[(int) random.nextBounded(prefixes.length)];
    byte[] out = new byte[13];
    out[0] = (byte) ('0' + prefix / 100);
    out[1] = (byte) ('0' + prefix / 10 % 10);
    out[2] = (byte) ('0' + prefix % 10);
    Alphabet.DIGITS.fill(random, out, 3, 9);
    out[12] = CheckDigits.gs1(out, 12);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** The GS1 prefixes, read on the first EAN-13 drawn. */
  private static final class Gs1 {
    /** Every three-digit prefix of the table's {@code first-last;organisation} ranges, in order. */
    static final int[] PREFIXES = prefixes(Tables.list("codes/gs1_prefixes"));

    private static int[] prefixes(String[] rows) {
      int count = 0;
      for (String row : rows) {
        count += last(row) - first(row) + 1;
      }
      int[] prefixes = new int[count];
      int at = 0;
      for (String row : rows) {
        for (int p = first(row); p <= last(row); p++) {
          prefixes[at++] = p;
        }
      }
      return prefixes;
    }
  }

  private static int first(String row) {
    return Integer.parseInt(row.substring(0, 3));
  }

  private static int last(String row) {
    return Integer.parseInt(row.substring(4, 7));
  }
}
