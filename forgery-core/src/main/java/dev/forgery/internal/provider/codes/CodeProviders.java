package dev.forgery.internal.provider.codes;

import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of ISBNs, EANs, VINs, IMEIs, currency codes and strings of
 * letters or alphanumerics; the draws are in {@link Barcodes}, {@link Vins}, {@link Imeis}, {@link
 * CurrencyCodes} and {@code Alphabet}.
 */
public final class CodeProviders {
  private CodeProviders() {}

  /** Longest string of letters or alphanumerics accepted: a guard against a mistyped length. */
  static final int MAX_LENGTH = 10_000;

  /** Length of a string of letters or alphanumerics drawn without a length. */
  static final int DEFAULT_LENGTH = 10;

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "isbn10",
                  String.class,
                  "an ISBN-10, ten characters with its check digit (0-9, X)")
              .draws(locale -> Generator.of(String.class, Barcodes::isbn10, null)),
          ProviderDef.define(
                  "isbn13",
                  String.class,
                  "an ISBN-13, 13 digits from 978 or 979 with a check digit")
              .aliases("isbn")
              .draws(locale -> Generator.of(String.class, Barcodes::isbn13, null)),
          ProviderDef.define(
                  "ean13", String.class, "an EAN-13 barcode number with a GS1 country prefix")
              .aliases("ean", "gtin13", "barcode")
              .draws(locale -> Generator.of(String.class, Barcodes::ean13, null)),
          ProviderDef.define(
                  "vin",
                  String.class,
                  "a vehicle identification number with a real maker's WMI, model year and check"
                      + " digit")
              .aliases("vehicleIdentificationNumber")
              .binds(
                  (locale, args) -> {
                    args.expect(0);
                    Vins vins = Vins.upTo(args.today().getYear());
                    return Generator.of(String.class, vins::vin, vins::vins);
                  }),
          ProviderDef.define(
                  "imei", String.class, "a 15-digit IMEI with a real reporting body and Luhn digit")
              .aliases("imeiNumber")
              .draws(locale -> Generator.of(String.class, Imeis::imei, null)),
          ProviderDef.define(
                  "currencyCode", String.class, "an ISO 4217 currency code in use, such as EUR")
              .aliases("currency")
              .draws(
                  locale -> {
                    String[] codes = CurrencyCodes.codes();
                    return Generator.of(
                        String.class, r -> CurrencyCodes.draw(r, codes), null, codes.clone());
                  }),
          ProviderDef.define(
                  "languageTag",
                  String.class,
                  "a language and a country where it is spoken, as a BCP 47 tag such as fr-CA")
              .aliases("locale", "localeTag")
              .draws(locale -> Generator.uniform(String.class, LanguageTags.tags())),
          characters("letters", "a string of letters a-z of a length")
              .aliases("alphabetic")
              .binds((locale, args) -> characters(args, Alphabet.LETTERS)),
          characters("alphanumeric", "a string of letters a-z and digits 0-9 of a length")
              .aliases("alphanumericString", "alnum", "characters")
              .binds((locale, args) -> characters(args, Alphabet.ALPHANUMERIC)));

  private static ProviderDef.Builder characters(String name, String summary) {
    return ProviderDef.define(name, String.class, summary)
        .params(new Param("length", "int 1.." + MAX_LENGTH, String.valueOf(DEFAULT_LENGTH)));
  }

  private static Generator characters(Args args, Alphabet alphabet) {
    args.expect(0, 1);
    int length = args.integer(0, DEFAULT_LENGTH, 1, MAX_LENGTH);
    return Generator.of(
        String.class,
        r -> alphabet.string(r, length),
        (random, seeds, out, at, count) -> alphabet.strings(random, seeds, out, at, count, length));
  }
}
