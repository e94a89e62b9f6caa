package dev.forgery;

import dev.forgery.internal.provider.finance.CreditCards;

/**
 * A payment card brand whose numbers {@link Faker#creditCardNumber(CardBrand)} can generate.
 *
 * <p>Each brand produces numbers with its real issuer prefixes (IIN ranges) and lengths and a
 * correct Luhn check digit.
 *
 * <pre>{@code
 * String visa = faker.creditCardNumber(CardBrand.VISA); // 16 digits starting with 4
 * List<String> amex = faker.creditCardNumbers(100, CardBrand.AMERICAN_EXPRESS);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CardBrand {
  /** Visa: prefix 4, 16 digits. */
  VISA("Visa"),
  /** Mastercard: prefixes 51-55 and the 2-series 2221-2720, 16 digits. */
  MASTERCARD("Mastercard"),
  /** American Express: prefixes 34 and 37, 15 digits. */
  AMERICAN_EXPRESS("American Express"),
  /** Discover: prefixes 6011, 644-649 and 65, 16 digits. */
  DISCOVER("Discover"),
  /** Diners Club International: prefixes 300-305, 36, 38 and 39, 14 digits. */
  DINERS_CLUB("Diners Club"),
  /** JCB: prefixes 3528-3589, 16 digits. */
  JCB("JCB"),
  /** UnionPay: prefix 62, 16 digits. */
  UNIONPAY("UnionPay"),
  /** Maestro: prefixes 5018, 5020, 5038, 5893, 6759 and 6761-6763, 16 digits. */
  MAESTRO("Maestro");

  private final String displayName;

  CardBrand(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the brand's usual written name.
   *
   * @return a name such as {@code "American Express"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Finds a brand by name, ignoring case, spaces, dashes and underscores; {@code "amex"} and {@code
   * "diners"} are accepted as short names.
   *
   * <pre>{@code
   * CardBrand.of("american_express") == CardBrand.of("Amex")
   * }</pre>
   *
   * @param name a brand name such as {@code "visa"}, {@code "Mastercard"} or {@code "amex"}
   * @return the brand
   * @throws IllegalArgumentException if no brand has that name; the message lists the brands
   */
  public static CardBrand of(String name) {
    return values()[CreditCards.brand(name)];
  }
}
