package dev.forgery.internal.provider.address;

import dev.forgery.internal.data.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A country's address layout, read from the locale's {@code address_format} table: one {@code
 * key=value} line per setting, so that a new locale is data rather than code.
 *
 * <ul>
 *   <li>{@code street_line}: the street line, from {@code {street}} and {@code {number}}, e.g.
 *       {@code {street} {number}} in Germany and {@code {number} {street}} in France.
 *   <li>{@code address}: the whole address, from {@code {street_line}}, {@code {postcode}}, {@code
 *       {city}}, {@code {region}} and {@code {region_code}}, e.g. {@code {street_line}, {postcode}
 *       {city}}.
 *   <li>{@code number_common_max}, {@code number_max}: house numbers are 1 to the first three times
 *       in four, else 1 to the second.
 *   <li>{@code number_suffix_one_in}, {@code number_suffixes}: one number in that many carries one
 *       of the comma-separated suffixes ({@code a,b,c,d} in Germany, {@code bis,ter} in France); 0
 *       for none.
 * </ul>
 *
 * <p>Every key is required: a missing or unknown key is an error in the data, found by the registry
 * contract test of that locale.
 */
final class AddressFormat {
  /** The keys an {@code address_format} table must have, in the order documented above. */
  static final List<String> KEYS =
      List.of(
          "street_line",
          "address",
          "number_common_max",
          "number_max",
          "number_suffix_one_in",
          "number_suffixes");

  final String streetLine;
  final String address;
  final int numberCommonMax;
  final int numberMax;
  final int suffixOneIn;
  final String[] suffixes;

  private AddressFormat(Map<String, String> settings) {
    streetLine = settings.get("street_line");
    address = settings.get("address");
    numberCommonMax = Integer.parseInt(settings.get("number_common_max"));
    numberMax = Integer.parseInt(settings.get("number_max"));
    suffixOneIn = Integer.parseInt(settings.get("number_suffix_one_in"));
    String list = settings.get("number_suffixes");
    suffixes = list.isEmpty() ? new String[0] : list.split(",", -1);
    if (numberCommonMax < 1 || numberMax < numberCommonMax || suffixOneIn < 0) {
      throw new IllegalStateException("inconsistent house numbers in address_format: " + settings);
    }
    if (suffixOneIn > 0 && suffixes.length == 0) {
      throw new IllegalStateException("number_suffix_one_in > 0 needs number_suffixes");
    }
  }

  /**
   * Tells whether a locale describes its addresses with an {@code address_format} table.
   *
   * @param locale a supported locale tag
   * @return whether {@link #of} would find the table
   */
  static boolean exists(String locale) {
    return Tables.has(locale + "/address_format");
  }

  /**
   * Reads a locale's address format.
   *
   * @param locale a supported locale tag such as {@code de_DE}
   * @return the format
   * @throws IllegalStateException if a key is missing, unknown or repeated
   */
  static AddressFormat of(String locale) {
    // Sorted, so that the error message lists keys in one order on every JVM.
    Map<String, String> settings = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    for (String line : Tables.list(locale + "/address_format")) {
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      if (eq < 0 || !KEYS.contains(key)) {
        unknown.add(line);
      } else if (settings.put(key, line.substring(eq + 1)) != null) {
        throw new IllegalStateException(
            "key '" + key + "' repeated in " + locale + "/address_format");
      }
    }
    List<String> missing = new ArrayList<>(KEYS);
    missing.removeAll(settings.keySet());
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new IllegalStateException(
          locale
              + "/address_format: unknown lines "
              + unknown
              + ", missing keys "
              + missing
              + "; the keys are "
              + KEYS);
    }
    return new AddressFormat(settings);
  }
}
