package dev.forgery.internal;

/** Writes small numbers as ASCII digits straight into a byte buffer, for allocation-free values. */
public final class Digits {
  private Digits() {}

  /**
   * Writes {@code v} in decimal without leading zeros.
   *
   * @param out the buffer
   * @param pos where the first digit goes
   * @param v a value from 0 to 999 (an IPv4 octet, a colour channel)
   * @return the position after the last digit
   */
  public static int decimal(byte[] out, int pos, int v) {
    if (v >= 100) {
      out[pos++] = (byte) ('0' + v / 100);
    }
    if (v >= 10) {
      out[pos++] = (byte) ('0' + v / 10 % 10);
    }
    out[pos++] = (byte) ('0' + v % 10);
    return pos;
  }
}
