package dev.forgery.internal.provider.codes;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;

/**
 * ISO 4217 alphabetic codes of the currencies countries and territories use today, from the table
 * {@code codes/currency_codes} rather than {@link java.util.Currency}, whose list differs between
 * JDK versions. Every code is equally likely.
 */
public final class CurrencyCodes {
  private CurrencyCodes() {}

  /**
   * Returns every code of the table, sorted; the array is shared and never modified.
   *
   * @return the codes
   */
  public static String[] codes() {
    return Tables.list("codes/currency_codes");
  }

  /**
   * Draws a code from {@code codes}.
   *
   * @param random consumes one value, rarely one more
   * @param codes the table, {@link #codes()}
   * @return a code such as {@code EUR}
   */
  public static String draw(RandomSource random, String[] codes) {
    return codes[(int) random.nextBounded(codes.length)];
  }
}
