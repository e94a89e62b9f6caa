package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * Vehicle identification numbers as ISO 3779 and 49 CFR 565 lay them out: seventeen characters from
 * digits and the letters but {@code I}, {@code O} and {@code Q}.
 *
 * <ul>
 *   <li>positions 1-3, the World Manufacturer Identifier, from a table of car makers' WMIs ({@code
 *       codes/vin_wmis}, each equally likely);
 *   <li>positions 4-8, the vehicle descriptor, random; position 7 is a digit for model years before
 *       2010 and a letter from 2010 on, as 49 CFR 565.15 tells the two 30-year cycles of model-year
 *       codes apart;
 *   <li>position 9, the check digit;
 *   <li>position 10, the model year's code ({@code A}-{@code Y} without {@code I O Q U Z}, then
 *       {@code 1}-{@code 9}; {@code A} is 1980 and 2010), for a model year drawn uniformly from the
 *       30 that end with the year after the reference date's;
 *   <li>position 11, the plant, random; positions 12-17, a six-digit serial number.
 * </ul>
 *
 * <p>A VIN takes three random values, rarely one more: the manufacturer with the model year, the
 * vehicle descriptor, the plant with the serial number.
 */
public final class Vins {
  /** How many model years a VIN is drawn from: one cycle of year codes, each code once. */
  static final int MODEL_YEARS = 30;

  /** The model-year codes of the cycle that starts in 1980. */
  private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  private static final byte[] LETTERS =
      "ABCDEFGHJKLMNPRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);

  /** {@code 33^4}: the four free characters of the vehicle descriptor. */
  private static final int DESCRIPTORS = 33 * 33 * 33 * 33;

  private static final int SERIALS = 1_000_000;

  private final byte[][] wmis;
  private final byte[] yearCodes = new byte[MODEL_YEARS];
  private final boolean[] letterAtSeven = new boolean[MODEL_YEARS];

  private Vins(byte[][] wmis, int firstYear) {
    this.wmis = wmis;
    for (int i = 0; i < MODEL_YEARS; i++) {
      int year = firstYear + i;
      yearCodes[i] = (byte) YEAR_CODES.charAt(Math.floorMod(year - 1980, MODEL_YEARS));
      letterAtSeven[i] = year >= 2010;
    }
  }

  /**
   * Returns the VINs of the model years that end with the year after {@code referenceYear}.
   *
   * @param referenceYear the year of the reference date
   * @return the generator's draws
   */
  public static Vins upTo(int referenceYear) {
    return new Vins(wmis(), referenceYear + 2 - MODEL_YEARS);
  }

  private static byte[][] wmis() {
    return Tables.cached(
        "codes:vinWmis",
        key -> {
          String[] rows = Tables.list("codes/vin_wmis");
          byte[][] out = new byte[rows.length][];
          for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].substring(0, 3).getBytes(StandardCharsets.US_ASCII);
          }
          return out;
        });
  }

  /**
   * Draws a VIN.
   *
   * @param random consumes three values, rarely one more
   * @return seventeen characters, e.g. {@code 1HGCM82633A004352}
   */
  public String vin(RandomSource random) {
    byte[] out = new byte[17];
    int pick = (int) random.nextBounded((long) wmis.length * MODEL_YEARS);
    byte[] wmi = wmis[pick / MODEL_YEARS];
    int year = pick % MODEL_YEARS;
    out[0] = wmi[0];
    out[1] = wmi[1];
    out[2] = wmi[2];
    boolean letter = letterAtSeven[year];
    int sevens = letter ? LETTERS.length : 10;
    long descriptor = random.nextBounded((long) DESCRIPTORS * sevens);
    int seventh = (int) (descriptor % sevens);
    out[6] = letter ? LETTERS[seventh] : (byte) ('0' + seventh);
    int free = (int) (descriptor / sevens); // positions 4, 5, 6 and 8
    out[7] = Alphabet.VIN.at(free % 33);
    out[5] = Alphabet.VIN.at(free / 33 % 33);
    out[4] = Alphabet.VIN.at(free / (33 * 33) % 33);
    out[3] = Alphabet.VIN.at(free / (33 * 33 * 33));
    out[9] = yearCodes[year];
    long plantAndSerial = random.nextBounded((long) Alphabet.VIN.size() * SERIALS);
    out[10] = Alphabet.VIN.at((int) (plantAndSerial / SERIALS));
    int serial = (int) (plantAndSerial % SERIALS);
    for (int i = 16; i >= 11; i--) {
      out[i] = (byte) ('0' + serial % 10);
      serial /= 10;
    }
    out[8] = '0'; // weighs nothing in its own sum
    out[8] = CheckDigits.vin(out);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
