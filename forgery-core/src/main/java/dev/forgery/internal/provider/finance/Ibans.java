package dev.forgery.internal.provider.finance;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * International Bank Account Numbers with the right length, BBAN structure and ISO 7064 mod-97
 * check digits, for every country of the IBAN registry.
 *
 * <p>The BBAN layout of each country (for example {@code 8!n10!n} for Germany) is compiled once
 * into one character class per position. Each position then takes 16 random bits, four positions
 * per random value, mapped onto its digits or letters by multiplication (bias below 26 / 2^16); the
 * check digits are accumulated as the characters are drawn and the IBAN becomes one string. Bank
 * and account codes are random. The national check digits inside the BBAN are computed for Spain
 * and Italy ({@link NationalCheckDigits}) and for France and Monaco (the RIB key, {@link #ribKey}),
 * so their banks' own checks pass too; those of other countries (Belgium, ...) are not.
 */
public final class Ibans {
  private static final byte DIGIT = 0;
  private static final byte LETTER = 1;
  private static final byte ALPHANUMERIC = 2;
  private static final byte[] ALPHANUMERICS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);

  /**
   * One country's IBAN layout: per BBAN position, how many characters it may hold and where they
   * start in {@link #ALPHANUMERICS} (digits: 10 from 0, letters: 26 from 10), and what its value
   * adds to the check remainder.
   */
  private static final class Format {
    final byte first;
    final byte second;
    final byte[] bases;
    final byte[] offsets;

    /**
     * Per position, its place value modulo 97 in the number the check digits are computed over:
     * BBAN, country code and "00", letters written as two digits (A = 10 ... Z = 35). A position's
     * place value only depends on how many digits follow it, which the layout fixes.
     */
    final byte[] placeValues;

    /** The remainder of the country code and "00": {@code (first * 10^4 + second * 100) % 97}. */
    final int countryRemainder;

    /** Whether the BBAN holds national check digits that {@link NationalCheckDigits} writes. */
    final boolean national;

    /** Whether the BBAN ends in a French RIB key (France and Monaco: {@code 5!n5!n11!c2!n}). */
    final boolean rib;

    Format(String code, byte[] kinds) {
      this.first = (byte) code.charAt(0);
      this.second = (byte) code.charAt(1);
      this.bases = new byte[kinds.length];
      this.offsets = new byte[kinds.length];
      for (int i = 0; i < kinds.length; i++) {
        // Alphanumeric fields get digits, as the account numbers of France, Italy or Switzerland
        // have in practice; "N230KLSBGMQ" would be valid but looks like no real account.
        bases[i] = (byte) (kinds[i] == LETTER ? 26 : 10);
        offsets[i] = (byte) (kinds[i] == LETTER ? 10 : 0);
      }
      this.placeValues = new byte[kinds.length];
      // Six digits follow the BBAN: two for each country letter and "00".
      int placeValue = 1_000_000 % 97;
      for (int i = kinds.length - 1; i >= 0; i--) {
        placeValues[i] = (byte) placeValue;
        placeValue = placeValue * (kinds[i] == LETTER ? 100 : 10) % 97;
      }
      this.countryRemainder = (value(first) * 10_000 + value(second) * 100) % 97;
      this.national = NationalCheckDigits.has(first, second);
      this.rib = (code.equals("FR") || code.equals("MC")) && kinds.length == RIB_LENGTH;
    }

    /** A letter's value in the check number: A = 10 ... Z = 35. */
    private static int value(byte letter) {
      return letter - 'A' + 10;
    }
  }

  private final String[] codes;
  private final Format[] formats;
  private final WeightedTable defaults;
  private final Format[] defaultFormats;

  private Ibans(String locale) {
    String[] lines = Tables.list("iban/formats");
    codes = new String[lines.length];
    formats = new Format[lines.length];
    for (int i = 0; i < lines.length; i++) {
      int semi = lines[i].indexOf(';');
      codes[i] = lines[i].substring(0, semi);
      formats[i] = new Format(codes[i], compile(lines[i].substring(semi + 1)));
    }
    defaults = Tables.weighted(locale + "/iban_countries");
    defaultFormats = new Format[defaults.size()];
    for (int i = 0; i < defaultFormats.length; i++) {
      defaultFormats[i] = formats[Arrays.binarySearch(codes, defaults.value(i))];
    }
  }

  /**
   * Returns the shared IBAN tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Ibans of(String locale) {
    return Tables.cached("ibans:" + locale, key -> new Ibans(locale));
  }

  /** Turns a registry spec such as {@code 4!a6!n8!n} into one character class per position. */
  private static byte[] compile(String spec) {
    byte[] kinds = new byte[64];
    int length = 0;
    int i = 0;
    while (i < spec.length()) {
      int count = 0;
      while (spec.charAt(i) != '!') {
        count = count * 10 + (spec.charAt(i++) - '0');
      }
      char kind = spec.charAt(i + 1);
      byte code = kind == 'n' ? DIGIT : kind == 'a' ? LETTER : ALPHANUMERIC;
      Arrays.fill(kinds, length, length + count, code);
      length += count;
      i += 2;
    }
    return Arrays.copyOf(kinds, length);
  }

  /**
   * Returns the countries with an IBAN, sorted.
   *
   * @return ISO 3166-1 alpha-2 codes
   */
  public List<String> countries() {
    return List.of(codes);
  }

  /**
   * Finds the index of a country's IBAN format.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code in any case
   * @return the index for {@link #iban(RandomSource, int)}
   * @throws IllegalArgumentException if the country has no IBAN; the message lists those that do
   */
  public int country(String countryCode) {
    if (countryCode != null) {
      int index = Arrays.binarySearch(codes, countryCode.toUpperCase(Locale.ROOT));
      if (index >= 0) {
        return index;
      }
    }
    throw new IllegalArgumentException(
        "countryCode '"
            + countryCode
            + "' has no IBAN format"
            + (countryCode == null ? "" : Suggestions.closest(countryCode, countries()))
            + "; countries with IBANs: "
            + countries());
  }

  /**
   * Draws an IBAN of this locale's default countries (en_US: a mix of European countries).
   *
   * @param random consumes one value for the country and one per four BBAN characters
   * @return an IBAN without spaces, e.g. {@code DE89370400440532013000}
   */
  public String iban(RandomSource random) {
    return iban(random, defaultFormats[defaults.drawIndex(random.nextLong())]);
  }

  /**
   * Draws an IBAN of one country.
   *
   * @param random consumes one value per four BBAN characters
   * @param country an index from {@link #country(String)}
   * @return an IBAN without spaces
   */
  public String iban(RandomSource random, int country) {
    return iban(random, formats[country]);
  }

  /** The length of a BBAN with a RIB key: bank 5, branch 5, account 11, key 2. */
  private static final int RIB_LENGTH = 23;

  /**
   * Replaces the last two BBAN digits with the RIB key of the bank, branch and account codes drawn
   * before them, {@code 97 - (89 * bank + 15 * branch + 3 * account) % 97} (the account is all
   * digits here, see {@link Format}), and corrects the IBAN remainder for the change.
   *
   * @param out the IBAN so far: country, two check-digit places, BBAN
   * @param sum the IBAN remainder accumulated over the drawn BBAN
   * @param placeValues the BBAN positions' place values modulo 97
   * @return the remainder with the key in place of the drawn digits
   */
  private static int ribKey(byte[] out, int sum, byte[] placeValues) {
    long bank = digits(out, 4, 9);
    long branch = digits(out, 9, 14);
    long account = digits(out, 14, 25);
    int key = (int) (97 - (89 * bank + 15 * branch + 3 * account) % 97);
    int tens = key / 10;
    int units = key % 10;
    sum += (tens - (out[25] - '0')) * placeValues[21] + (units - (out[26] - '0')) * placeValues[22];
    out[25] = (byte) ('0' + tens);
    out[26] = (byte) ('0' + units);
    // Keep the remainder non-negative for the check digits.
    return Math.floorMod(sum, 97);
  }

  /** The number written by the ASCII digits {@code out[from..to)}. */
  private static long digits(byte[] out, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (out[i] - '0');
    }
    return n;
  }

  private static String iban(RandomSource random, Format format) {
    int n = format.bases.length;
    byte[] out = new byte[n + 4];
    out[0] = format.first;
    out[1] = format.second;
    // The ISO 7064 mod 97-10 remainder over BBAN + country + "00" is the sum of each character's
    // value times its place value, modulo 97. Summing products, each below 35 * 97, leaves no
    // long chain of dependent steps: reducing the number digit by digit (m = (m * 10 + v) % 97)
    // made every character wait for the one before it, most of the cost of an IBAN in a profile.
    byte[] bases = format.bases;
    byte[] offsets = format.offsets;
    byte[] placeValues = format.placeValues;
    int sum = format.countryRemainder;
    long bits = 0;
    for (int i = 0; i < n; i++) {
      if ((i & 3) == 0) {
        bits = random.nextLong();
      }
      int v = offsets[i] + ((((int) bits & 0xFFFF) * bases[i]) >>> 16);
      bits >>>= 16;
      out[i + 4] = ALPHANUMERICS[v];
      sum += v * placeValues[i];
    }
    if (format.national) {
      // The national digits replace drawn ones, so the mod-97 sum is taken again over the BBAN.
      NationalCheckDigits.apply(out);
      sum = format.countryRemainder;
      for (int i = 0; i < n; i++) {
        byte c = out[i + 4];
        sum += (c <= '9' ? c - '0' : c - 'A' + 10) * placeValues[i];
      }
    } else if (format.rib) {
      sum = ribKey(out, sum, placeValues);
    }
    int check = 98 - sum % 97;
    out[2] = (byte) ('0' + check / 10);
    out[3] = (byte) ('0' + check % 10);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
