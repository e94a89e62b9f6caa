package dev.forgery.internal.provider.address;

import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the address providers; the draws are in {@link Addresses}. */
public final class AddressProviders {
  private AddressProviders() {}

  /**
   * Tells whether a locale describes its addresses as data ({@link PostalAddresses}, read from its
   * {@code address_format} table); the others have the US layout of {@link Addresses}, which reads
   * US tables a locale of another country does not have, so its address providers fail naming the
   * locale rather than borrow US data.
   */
  private static boolean postal(String locale) {
    return AddressFormat.exists(locale) || JapaneseAddresses.serves(locale);
  }

  /** The addresses of a locale for which {@link #postal} holds: Japan's layout, or the tables'. */
  private static CountryAddresses country(String locale) {
    return JapaneseAddresses.serves(locale)
        ? JapaneseAddresses.of(locale)
        : PostalAddresses.of(locale);
  }

  /**
   * Digits after the point of a coordinate: steps of 0.000001 degrees, about 11 cm of latitude, as
   * GPS receivers and most geographic APIs give them.
   */
  public static final int COORDINATE_DECIMALS = 6;

  /** Every address provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "address",
                  String.class,
                  "a postal address such as \"4821 Maple Ave Apt 3, Springfield, IL 62704\"")
              .aliases("fullAddress", "postalAddress", "mailingAddress")
              .draws(
                  locale ->
                      postal(locale)
                          ? Generator.of(String.class, country(locale)::address, null)
                          : Generator.of(String.class, Addresses.of(locale)::address, null)),
          ProviderDef.define(
                  "streetAddress", String.class, "a street line such as \"4821 Maple Ave\"")
              .aliases("street", "addressLine", "addressLine1")
              .draws(
                  locale ->
                      postal(locale)
                          ? Generator.of(String.class, country(locale)::streetAddress, null)
                          : Generator.of(String.class, Addresses.of(locale)::streetAddress, null)),
          ProviderDef.define("city", String.class, "a city such as \"Houston\"")
              .aliases("town")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::city, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::city, a::cities, () -> a.domain("city"));
                  }),
          ProviderDef.define("state", String.class, "a state such as \"California\"")
              .aliases("province", "region")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::state, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::state, a::states, () -> a.domain("state"));
                  }),
          ProviderDef.define("stateAbbr", String.class, "a state abbreviation such as \"CA\"")
              .aliases("stateCode")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::stateAbbr, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::stateAbbr, a::stateAbbrs, () -> a.domain("stateAbbr"));
                  }),
          ProviderDef.define("postcode", String.class, "a postal code such as \"62704\"")
              .aliases("zip", "zipCode", "postalCode")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::postcode, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::postcode, a::postcodes, () -> a.domain("postcode"));
                  }),
          ProviderDef.define("country", String.class, "a country such as \"Germany\"")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::country, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(String.class, a::country, null, () -> a.domain("country"));
                  }),
          ProviderDef.define(
                  "countryCode", String.class, "an ISO 3166-1 alpha-2 code such as \"DE\"")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::countryCode, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::countryCode, null, () -> a.domain("countryCode"));
                  }),
          ProviderDef.define(
                  "streetName",
                  String.class,
                  "a street name with its USPS suffix, as in street addresses: \"Main St\"")
              .aliases("road")
              .draws(
                  locale -> {
                    if (postal(locale)) {
                      return Generator.of(String.class, country(locale)::streetName, null);
                    }
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::streetName, a::streetNames, () -> a.domain("streetName"));
                  }),
          ProviderDef.define(
                  "buildingNumber",
                  String.class,
                  "a house number of 1 to 5 digits, as in street addresses: \"4821\"")
              .aliases("houseNumber", "streetNumber")
              .draws(
                  locale ->
                      postal(locale)
                          ? Generator.of(String.class, country(locale)::buildingNumber, null)
                          : Generator.of(String.class, Addresses.of(locale)::buildingNumber, null)),
          ProviderDef.define(
                  "secondaryAddress",
                  String.class,
                  "an apartment, suite or unit (USPS designators): \"Apt 12\", \"Ste 200\"")
              .aliases("addressLine2", "apartment", "unitNumber")
              .draws(
                  locale ->
                      Generator.of(String.class, Addresses.of(locale)::secondaryAddress, null)),
          ProviderDef.define(
                  "county",
                  String.class,
                  "a US county or county equivalent, by population: \"Cook County\"")
              .aliases("countyName")
              .draws(
                  locale -> {
                    Addresses a = Addresses.of(locale);
                    return Generator.of(
                        String.class, a::county, a::counties, () -> a.domain("county"));
                  }),
          ProviderDef.define(
                  "latitude",
                  Double.class,
                  "degrees north, uniform in [-90, 90), "
                      + COORDINATE_DECIMALS
                      + " decimals: 41.878113")
              .aliases("lat")
              .draws(locale -> new NumberProviders.Doubles(-90, 90, COORDINATE_DECIMALS)),
          ProviderDef.define(
                  "longitude",
                  Double.class,
                  "degrees east, uniform in [-180, 180), "
                      + COORDINATE_DECIMALS
                      + " decimals: -87.629799")
              .aliases("lng", "lon")
              .draws(locale -> new NumberProviders.Doubles(-180, 180, COORDINATE_DECIMALS)));
}
