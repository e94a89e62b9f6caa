package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * IMEIs: a type allocation code (eight digits) whose first two digits are the Reporting Body
 * Identifier of a body that allocates type codes today (table {@code codes/imei_reporting_bodies},
 * weighted: {@code 35} and {@code 86} most often, then {@code 01} and {@code 99}), a six-digit
 * serial number and the Luhn check digit: fifteen digits.
 */
public final class Imeis {
  private Imeis() {}

  /** The reporting bodies, read on the first IMEI drawn. */
  private static final class Bodies {
    static final WeightedTable TABLE = Tables.weighted("codes/imei_reporting_bodies");
    static final byte[][] DIGITS = digits(TABLE);

    private static byte[][] digits(WeightedTable table) {
      byte[][] out = new byte[table.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = table.value(i).getBytes(StandardCharsets.US_ASCII);
      }
      return out;
    }
  }

  /**
   * Draws an IMEI.
   *
   * @param random consumes one value for the reporting body and one per drawn digit (twelve)
   * @return fifteen digits, e.g. {@code 356938035643809}
   */
  public static String imei(RandomSource random) {
    byte[] body = Bodies.DIGITS[Bodies.TABLE.drawIndex(random.nextLong())];
    byte[] out = new byte[15];
    out[0] = body[0];
    out[1] = body[1];
    Alphabet.DIGITS.fill(random, out, 2, 12);
    out[14] = CheckDigits.luhn(out, 14);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
