package dev.forgery.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the writers spell numbers: always as plain decimals, never in scientific notation, and a
 * {@code float} field with a number of decimals with exactly that many digits after the point.
 *
 * <p>{@link Double#toString} switches to scientific notation outside {@code [10^-3, 10^7)} ({@code
 * 1.5685258589E8}, {@code 5.0E-5}), which spreadsheets and many CSV readers keep as text, and a
 * double rounded to {@code d} decimals prints its shortest form ({@code 0.5}, not {@code 0.50}), or
 * {@code -0.0} for a negative value rounded up to zero. A writer asks this class instead.
 */
final class NumberText {
  /** {@code 10^k} for every scale a {@code float} field takes, {@code 0..15}. */
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /**
   * Largest count of units of the last decimal written by long arithmetic: below it, {@code
   * Math.rint(d * 10^scale)} is the exact count for a value on the grid of the scale (the product
   * of a double and a power of ten is off by less than one unit in the last place, far less than
   * the half unit that would change the rounded count).
   */
  private static final double LONG_UNITS = 0x1p52;

  private NumberText() {}

  /**
   * Returns a double as a plain decimal: {@link Double#toString}'s shortest digits, written out in
   * full where it would use an exponent ({@code 1.0E7} is {@code 10000000.0}, {@code 5.0E-5} is
   * {@code 0.00005}), always with at least one digit after the point. {@code NaN} and the
   * infinities are spelled as {@link Double#toString} spells them.
   *
   * @param d the value
   * @return its text
   */
  static String plain(double d) {
    return plain(Double.toString(d));
  }

  /**
   * Returns a float as a plain decimal, as {@link #plain(double)} does for its {@link
   * Float#toString} digits.
   *
   * @param f the value
   * @return its text
   */
  static String plain(float f) {
    return plain(Float.toString(f));
  }

  /**
   * Writes out the exponent of {@code [-]d.dddE[-]n}, as {@code toString} spells doubles and floats
   * outside {@code [10^-3, 10^7)}, by moving the point; any other text is returned as it is.
   */
  private static String plain(String s) {
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    int exponent = Integer.parseInt(s, e + 1, s.length(), 10);
    int sign = s.charAt(0) == '-' ? 1 : 0;
    // The significant digits, without the point (always at sign + 1) or trailing zeros.
    StringBuilder digits = new StringBuilder(e).append(s, sign, sign + 1).append(s, sign + 2, e);
    int last = digits.length();
    while (last > 1 && digits.charAt(last - 1) == '0') {
      last--;
    }
    digits.setLength(last);
    int point = 1 + exponent; // digits before the point
    StringBuilder out = new StringBuilder(last + Math.abs(exponent) + 4);
    if (sign == 1) {
      out.append('-');
    }
    if (point <= 0) {
      out.append("0.");
      for (int k = point; k < 0; k++) {
        out.append('0');
      }
      return out.append(digits).toString();
    }
    if (point >= last) {
      out.append(digits);
      for (int k = last; k < point; k++) {
        out.append('0');
      }
      return out.append(".0").toString();
    }
    return out.append(digits, 0, point).append('.').append(digits, point, last).toString();
  }

  /**
   * Returns a double as a plain decimal with exactly {@code scale} digits after the point (none,
   * and no point, for scale 0): the multiple of {@code 10^-scale} nearest to it, ties to even, and
   * never a negative zero ({@code -0.0} and {@code -0.004} at scale 2 are {@code 0.00}). {@code
   * NaN} and the infinities are spelled as {@link Double#toString} spells them.
   *
   * @param d the value
   * @param scale digits after the point, {@code >= 0}
   * @return its text
   */
  static String fixed(double d, int scale) {
    if (scale < POWERS.length) {
      double units = Math.rint(d * POWERS[scale]);
      if (Math.abs(units) < LONG_UNITS) {
        return fixed((long) units, scale);
      }
    }
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    // Beyond 2^52 units a double has no digits left at this scale; BigDecimal writes them out.
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Writes {@code units * 10^-scale}: the digits of {@code |units|}, the point before the last. */
  private static String fixed(long units, int scale) {
    String digits = Long.toString(Math.abs(units));
    if (scale == 0) {
      return units < 0 ? "-" + digits : digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + scale + 3);
    if (units < 0) {
      sb.append('-');
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      sb.append("0.");
      for (int k = whole; k < 0; k++) {
        sb.append('0');
      }
      return sb.append(digits).toString();
    }
    return sb.append(digits, 0, whole)
        .append('.')
        .append(digits, whole, digits.length())
        .toString();
  }

  /**
   * Returns the text of a number as the writers spell it, or {@code null} if {@code value} is not
   * one they spell themselves ({@link Double}, {@link Float}, {@link BigDecimal}).
   *
   * @param value the value, not {@code null}
   * @param scale the field's decimals, or {@code -1} if it has none
   * @return the text, or {@code null}
   */
  static String of(Object value, int scale) {
    if (value instanceof Double) {
      double d = (Double) value;
      return scale >= 0 ? fixed(d, scale) : plain(d);
    }
    if (value instanceof Float) {
      return plain((float) (Float) value);
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return null;
  }
}
