package dev.forgery.internal.provider.address;

import dev.forgery.internal.random.RandomSource;

/**
 * The addresses of a country other than the US, whatever their layout: {@link PostalAddresses} for
 * the countries described by data, {@link JapaneseAddresses} for Japan, whose addresses have no
 * street names. The address providers take one or the other through this view.
 */
interface CountryAddresses {
  /**
   * Draws a full address in the country's layout.
   *
   * @param random the source of the draws
   * @return an address
   */
  String address(RandomSource random);

  /**
   * Draws the line of an address below the city: street and number, or town and block number.
   *
   * @param random the source of the draws
   * @return the line
   */
  String streetAddress(RandomSource random);

  /**
   * Draws a street name, or in Japan the name of a town within a municipality.
   *
   * @param random the source of the draws
   * @return the name
   */
  String streetName(RandomSource random);

  /**
   * Draws a house number, or in Japan a block number ({@code 1-2-3}).
   *
   * @param random the source of the draws
   * @return the number
   */
  String buildingNumber(RandomSource random);

  /**
   * Draws a city or municipality.
   *
   * @param random the source of the draws
   * @return the name
   */
  String city(RandomSource random);

  /**
   * Draws a region (a Bundesland, a prefecture).
   *
   * @param random the source of the draws
   * @return the name
   */
  String state(RandomSource random);

  /**
   * Draws the ISO 3166-2 subdivision code of a region, without the country.
   *
   * @param random the source of the draws
   * @return the code
   */
  String stateAbbr(RandomSource random);

  /**
   * Draws a postcode.
   *
   * @param random the source of the draws
   * @return the postcode
   */
  String postcode(RandomSource random);

  /**
   * Draws a country name in the locale's language.
   *
   * @param random the source of the draws
   * @return the name
   */
  String country(RandomSource random);

  /**
   * Draws an ISO 3166-1 alpha-2 country code.
   *
   * @param random the source of the draws
   * @return the code
   */
  String countryCode(RandomSource random);
}
