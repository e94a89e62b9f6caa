package dev.forgery.internal.provider.phone;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definition of the phone number provider; the draws are in {@link PhoneNumbers}. */
public final class PhoneProviders {
  private PhoneProviders() {}

  /** Every phone provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "phoneNumber",
                  String.class,
                  "a number valid for the locale's region, in a fictional range where one exists")
              .aliases("phone", "mobile", "telephone", "cellPhone", "mobileNumber", "tel")
              .draws(
                  locale -> {
                    // Each country has its own numbering plan: de_DE the German fiction blocks,
                    // locales with a phone_patterns table their patterns, the others their
                    // area-code tables (a locale without them fails).
                    if (locale.endsWith("_DE")) {
                      return Generator.of(
                          String.class, GermanPhoneNumbers.INSTANCE::phoneNumber, null);
                    }
                    if (PatternPhoneNumbers.exists(locale)) {
                      PatternPhoneNumbers patterns = PatternPhoneNumbers.of(locale);
                      return Generator.of(String.class, patterns::phoneNumber, patterns::fill);
                    }
                    return Generator.of(String.class, PhoneNumbers.of(locale)::phoneNumber, null);
                  }));
}
