package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.Bounded;
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

  private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);

  /** {@code 33^4}: the four free characters of the vehicle descriptor. */
  private static final int DESCRIPTORS = 33 * 33 * 33 * 33;

  private static final int SERIALS = 1_000_000;

  /**
   * The shift of the reciprocals that divide a descriptor draw by the size of position 7's set: a
   * draw is below {@code 2^25} and a reciprocal errs by less than 23 in {@code 2^40}, so {@code
   * (draw * reciprocal) >>> 40} is the exact quotient (Granlund and Montgomery).
   */
  private static final int RECIPROCAL_SHIFT = 40;

  /** The weight of each VIN position in the check digit's sum, and each character's value. */
  private static final int[] WEIGHTS = CheckDigits.VIN_WEIGHTS;

  private final byte[][] wmis;

  /** The sum of value times weight of each WMI's three characters. */
  private final int[] wmiSums;

  /** The manufacturer with the model year: {@code wmis.length * MODEL_YEARS} values. */
  private final Bounded makers;

  private final byte[] yearCodes = new byte[MODEL_YEARS];

  /** Per model year: the year code's part of the check digit's sum. */
  private final int[] yearSums = new int[MODEL_YEARS];

  /** Per model year: position 7's characters, digits before 2010 and letters from 2010 on. */
  private final byte[][] sevenths = new byte[MODEL_YEARS][];

  /**
   * Per model year: the descriptor draw, {@code DESCRIPTORS} times the size of position 7's set.
   */
  private final Bounded[] descriptors = new Bounded[MODEL_YEARS];

  /** Per model year: {@code ceil(2^40 / size)} of position 7's set, see RECIPROCAL_SHIFT. */
  private final long[] reciprocals = new long[MODEL_YEARS];

  private final Bounded plantsAndSerials = new Bounded((long) Alphabet.VIN.size() * SERIALS);

  private Vins(byte[][] wmis, int firstYear) {
    this.wmis = wmis;
    this.wmiSums = new int[wmis.length];
    for (int w = 0; w < wmis.length; w++) {
      for (int i = 0; i < 3; i++) {
        wmiSums[w] += CheckDigits.vinValue(wmis[w][i]) * WEIGHTS[i];
      }
    }
    this.makers = new Bounded((long) wmis.length * MODEL_YEARS);
    Bounded digitDescriptors = new Bounded((long) DESCRIPTORS * DIGITS.length);
    Bounded letterDescriptors = new Bounded((long) DESCRIPTORS * LETTERS.length);
    for (int i = 0; i < MODEL_YEARS; i++) {
      int year = firstYear + i;
      yearCodes[i] = (byte) YEAR_CODES.charAt(Math.floorMod(year - 1980, MODEL_YEARS));
      yearSums[i] = CheckDigits.vinValue(yearCodes[i]) * WEIGHTS[9];
      boolean letter = year >= 2010;
      sevenths[i] = letter ? LETTERS : DIGITS;
      descriptors[i] = letter ? letterDescriptors : digitDescriptors;
      reciprocals[i] = (1L << RECIPROCAL_SHIFT) / sevenths[i].length + 1;
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
    return vin(random, new byte[17]);
  }

  /**
   * Fills {@code out[at, at + count)} with VINs, restarting {@code random} at {@code seeds[k]}
   * before VIN {@code k} unless {@code seeds} is null: the same as that many calls of {@link
   * #vin(RandomSource)}, written through one buffer.
   *
   * @param random consumes three values per VIN, rarely one more
   * @param seeds one seed per VIN, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first VIN goes
   * @param count how many VINs
   */
  public void vins(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    byte[] buffer = new byte[17];
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      out[at + k] = vin(random, buffer);
    }
  }

  /**
   * Writes a VIN into {@code out} and returns it. Every division is by a constant or by a
   * reciprocal, and the check digit's sum is added up from tables as the characters are chosen,
   * with no branch on what was drawn.
   */
  private String vin(RandomSource random, byte[] out) {
    int pick = (int) makers.draw(random);
    int maker = pick / MODEL_YEARS;
    int year = pick - maker * MODEL_YEARS;
    byte[] wmi = wmis[maker];
    out[0] = wmi[0];
    out[1] = wmi[1];
    out[2] = wmi[2];
    int sum = wmiSums[maker] + yearSums[year];
    out[9] = yearCodes[year];

    byte[] sevens = sevenths[year];
    int descriptor = (int) descriptors[year].draw(random);
    int free = (int) ((descriptor * reciprocals[year]) >>> RECIPROCAL_SHIFT); // 4, 5, 6 and 8
    byte seventh = sevens[descriptor - free * sevens.length];
    out[6] = seventh;
    int q1 = free / 33;
    int q2 = q1 / 33;
    int q3 = q2 / 33;
    sum += vinChar(out, 7, free - q1 * 33) + vinChar(out, 5, q1 - q2 * 33);
    sum += vinChar(out, 4, q2 - q3 * 33) + vinChar(out, 3, q3);
    sum += CheckDigits.vinValue(seventh) * WEIGHTS[6];

    int plantAndSerial = (int) plantsAndSerials.draw(random);
    int plant = plantAndSerial / SERIALS;
    int serial = plantAndSerial - plant * SERIALS;
    sum += vinChar(out, 10, plant);
    int high = serial / 1000;
    sum += digits(out, 11, SERIAL_HIGH[high]) + digits(out, 14, SERIAL_LOW[serial - high * 1000]);
    out[8] = CheckDigits.vinCheck(sum);
    return new String(out, 0, 17, StandardCharsets.ISO_8859_1);
  }

  /** Writes character {@code index} of the VIN alphabet at {@code position}; returns its weight. */
  private static int vinChar(byte[] out, int position, int index) {
    out[position] = Alphabet.VIN.at(index);
    return VIN_VALUES[index] * WEIGHTS[position];
  }

  /**
   * Writes the three digits of a {@link #threeDigits} entry from {@code position}; returns its sum.
   */
  private static int digits(byte[] out, int position, int entry) {
    out[position] = (byte) (entry >>> 16);
    out[position + 1] = (byte) (entry >>> 8);
    out[position + 2] = (byte) entry;
    return entry >>> 24;
  }

  /** The first three digits of each serial number from 000 to 999: see {@link #threeDigits}. */
  private static final int[] SERIAL_HIGH = threeDigits(11);

  /** The last three digits of each serial number from 000 to 999: see {@link #threeDigits}. */
  private static final int[] SERIAL_LOW = threeDigits(14);

  /**
   * Each number from 000 to 999 as its three ASCII digits (bits 16-23, 8-15, 0-7) and, in the top
   * byte, their part of the check digit's sum at positions {@code position} to {@code position +
   * 2}: a table read instead of three divisions and three multiplications per half serial number.
   */
  private static int[] threeDigits(int position) {
    int[] table = new int[1000];
    for (int n = 0; n < 1000; n++) {
      int d0 = n / 100;
      int d1 = n / 10 % 10;
      int d2 = n % 10;
      int sum = d0 * WEIGHTS[position] + d1 * WEIGHTS[position + 1] + d2 * WEIGHTS[position + 2];
      table[n] = sum << 24 | ('0' + d0) << 16 | ('0' + d1) << 8 | ('0' + d2);
    }
    return table;
  }

  /** The check-digit value of each character of the VIN alphabet, by index. */
  private static final int[] VIN_VALUES = vinValues();

  private static int[] vinValues() {
    int[] values = new int[Alphabet.VIN.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = CheckDigits.vinValue(Alphabet.VIN.at(i));
    }
    return values;
  }
}
