package dev.forgery.internal.provider.finance;

import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the payment providers; the draws are in {@link CreditCards} and {@link Ibans}.
 */
public final class FinanceProviders {
  private FinanceProviders() {}

  private static final Param BRAND = new Param("brand", "card brand such as \"visa\"", "any");

  /** Every finance provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "creditCardNumber",
                  String.class,
                  "a card number, digits only, with a real brand prefix and length and a Luhn check"
                      + " digit")
              .aliases("cardNumber", "creditCard", "ccNumber", "pan")
              .params(BRAND)
              .binds(
                  (locale, args) -> {
                    int brand = brand(args);
                    return Generator.of(
                        String.class,
                        brand < 0 ? CreditCards::number : r -> CreditCards.number(r, brand),
                        null);
                  }),
          ProviderDef.define(
                  "formattedCreditCardNumber", String.class, "a card number in its brand's groups")
              .params(BRAND)
              .binds(
                  (locale, args) -> {
                    int brand = brand(args);
                    return Generator.of(String.class, r -> CreditCards.formatted(r, brand), null);
                  }),
          ProviderDef.define(
                  "iban", String.class, "an IBAN with the right length, structure and check digits")
              .aliases("bankAccount", "accountNumber")
              .params(new Param("countryCode", "ISO 3166-1 alpha-2 code", "the locale's mix"))
              .binds(
                  (locale, args) -> {
                    Ibans ibans = Ibans.of(locale);
                    String code = args.text(0, null);
                    if (code == null) {
                      return Generator.of(String.class, ibans::iban, null);
                    }
                    int country;
                    try {
                      country = ibans.country(code);
                    } catch (IllegalArgumentException e) {
                      throw args.fail(e.getMessage());
                    }
                    return Generator.of(String.class, r -> ibans.iban(r, country), null);
                  }));

  private static int brand(Args args) {
    String name = args.text(0, null);
    if (name == null) {
      return -1;
    }
    try {
      return CreditCards.brand(name);
    } catch (IllegalArgumentException e) {
      throw args.fail(e.getMessage());
    }
  }
}
