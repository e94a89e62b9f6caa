package dev.forgery.internal.provider.phone;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;

/**
 * US telephone numbers in the range the North American Numbering Plan keeps for fiction: a real
 * geographic area code, exchange 555 and line 0100 to 0199 ({@code (212) 555-0147}).
 *
 * <p>Such numbers are well-formed and valid for region US by libphonenumber's rules, yet can never
 * ring a real subscriber. The price is variety: 359 area codes times 100 lines give 35,900 distinct
 * numbers, so large batches repeat numbers (the formats and extensions vary on top). Every number
 * takes one random value (a second one only when it has an extension); all prefixes such as {@code
 * "+1 (212) 555-01"} are precomputed, so a number costs one string concatenation.
 */
public final class PhoneNumbers {
  /** Format templates; {@code NPA} is replaced by the area code, the line digits follow. */
  private static final String[] FORMATS = {
    "(NPA) 555-01",
    "NPA-555-01",
    "NPA.555.01",
    "+1-NPA-555-01",
    "+1 (NPA) 555-01",
    "1-NPA-555-01",
    "+1 NPA 555 01",
    "NPA55501",
  };

  /** How often each format is used, out of 256, indexed like {@link #FORMATS}. */
  private static final int[] FORMAT_WEIGHTS = {70, 70, 30, 25, 20, 15, 10, 16};

  private static final byte[] FORMAT_BY_BYTE = new byte[256];

  /** The 100 two-digit line endings {@code "00"} to {@code "99"}. */
  private static final String[] LINES = new String[100];

  static {
    int slot = 0;
    for (int f = 0; f < FORMAT_WEIGHTS.length; f++) {
      for (int i = 0; i < FORMAT_WEIGHTS[f]; i++) {
        FORMAT_BY_BYTE[slot++] = (byte) f;
      }
    }
    if (slot != 256) {
      throw new AssertionError("format weights must add up to 256, got " + slot);
    }
    for (int i = 0; i < 100; i++) {
      LINES[i] = new String(new char[] {(char) ('0' + i / 10), (char) ('0' + i % 10)});
    }
  }

  private final int areaCodes;

  /** {@code prefixes[format * areaCodes + area]}: everything before the last two digits. */
  private final String[] prefixes;

  private PhoneNumbers(String locale) {
    String[] npas = Tables.list(locale + "/area_codes");
    areaCodes = npas.length;
    prefixes = new String[FORMATS.length * areaCodes];
    for (int f = 0; f < FORMATS.length; f++) {
      for (int a = 0; a < areaCodes; a++) {
        prefixes[f * areaCodes + a] = FORMATS[f].replace("NPA", npas[a]);
      }
    }
  }

  /**
   * Returns the shared phone tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static PhoneNumbers of(String locale) {
    return Tables.cached("phones:" + locale, key -> new PhoneNumbers(locale));
  }

  /**
   * Draws a phone number in one of the common US formats; one in 16 has an extension.
   *
   * @param random consumes one value, two when the number has an extension
   * @return a number such as {@code (212) 555-0147} or {@code +1-212-555-0147 x204}
   */
  public String phoneNumber(RandomSource random) {
    long bits = random.nextLong();
    int format = FORMAT_BY_BYTE[(int) bits & 0xFF];
    int area = (int) (((bits >>> 40) * areaCodes) >>> 24);
    String line = LINES[(int) ((((bits >>> 13) & 0x7_FFFF) * 100) >>> 19)];
    String prefix = prefixes[format * areaCodes + area];
    if (((bits >>> 8) & 0xF) != 0) {
      return prefix + line;
    }
    long ext = random.nextLong();
    int extension = 10 + RandomSource.index(ext >>> 32, 9990);
    return (ext & 1) == 0 ? prefix + line + " x" + extension : prefix + line + " ext. " + extension;
  }
}
