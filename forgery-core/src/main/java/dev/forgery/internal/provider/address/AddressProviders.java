package dev.forgery.internal.provider.address;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the address providers; the draws are in {@link Addresses}. */
public final class AddressProviders {
  private AddressProviders() {}

  /** Every address provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "address",
                  String.class,
                  "a postal address such as \"4821 Maple Ave Apt 3, Springfield, IL 62704\"")
              .aliases("fullAddress", "postalAddress", "mailingAddress")
              .draws(locale -> Generator.of(String.class, Addresses.of(locale)::address, null)),
          ProviderDef.define(
                  "streetAddress", String.class, "a street line such as \"4821 Maple Ave\"")
              .aliases("street", "addressLine", "addressLine1")
              .draws(
                  locale -> Generator.of(String.class, Addresses.of(locale)::streetAddress, null)),
          ProviderDef.define("city", String.class, "a city such as \"Houston\"")
              .aliases("town")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::city, a::cities, a.domain("city"));
                  }),
          ProviderDef.define("state", String.class, "a state such as \"California\"")
              .aliases("province", "region")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::state, a::states, a.domain("state"));
                  }),
          ProviderDef.define("stateAbbr", String.class, "a state abbreviation such as \"CA\"")
              .aliases("stateCode")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::stateAbbr, a::stateAbbrs, a.domain("stateAbbr"));
                  }),
          ProviderDef.define("postcode", String.class, "a postal code such as \"62704\"")
              .aliases("zip", "zipCode", "postalCode")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::postcode, a::postcodes, a.domain("postcode"));
                  }),
          ProviderDef.define("country", String.class, "a country such as \"Germany\"")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::country, null, a.domain("country"));
                  }),
          ProviderDef.define(
                  "countryCode", String.class, "an ISO 3166-1 alpha-2 code such as \"DE\"")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::countryCode, null, a.domain("countryCode"));
                  }));
}
