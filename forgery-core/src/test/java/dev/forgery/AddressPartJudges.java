package dev.forgery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judges, example arguments and engine goldens of the providers of street names, building
 * numbers, secondary addresses, counties and coordinates: the part of {@link
 * RegistryContractTest}'s and {@link EngineGoldenTest}'s tables that belongs to this domain.
 */
final class AddressPartJudges {
  private AddressPartJudges() {}

  private static final String DATA = "/dev/forgery/data/en_US/";

  /** Every street of the street table: the streets of street addresses. */
  static final Set<String> STREETS = ProvidersContractTest.firstColumn(DATA + "streets.txt");

  /** Every county of the county table. */
  static final Set<String> COUNTIES = ProvidersContractTest.firstColumn(DATA + "counties.txt");

  /**
   * The secondary unit designators of USPS Publication 28, appendix C2, description to
   * abbreviation: this test's own copy, not the library's.
   */
  static final Map<String, String> PUB28_DESIGNATORS =
      Map.ofEntries(
          Map.entry("Apartment", "APT"),
          Map.entry("Basement", "BSMT"),
          Map.entry("Building", "BLDG"),
          Map.entry("Department", "DEPT"),
          Map.entry("Floor", "FL"),
          Map.entry("Front", "FRNT"),
          Map.entry("Hangar", "HNGR"),
          Map.entry("Key", "KEY"),
          Map.entry("Lobby", "LBBY"),
          Map.entry("Lot", "LOT"),
          Map.entry("Lower", "LOWR"),
          Map.entry("Office", "OFC"),
          Map.entry("Penthouse", "PH"),
          Map.entry("Pier", "PIER"),
          Map.entry("Rear", "REAR"),
          Map.entry("Room", "RM"),
          Map.entry("Side", "SIDE"),
          Map.entry("Slip", "SLIP"),
          Map.entry("Space", "SPC"),
          Map.entry("Stop", "STOP"),
          Map.entry("Suite", "STE"),
          Map.entry("Trailer", "TRLR"),
          Map.entry("Unit", "UNIT"),
          Map.entry("Upper", "UPPR"));

  /**
   * A designator in the project's capitalisation ({@code Apt}) and a number without zeros ahead.
   */
  private static final Pattern UNIT = Pattern.compile("([A-Z][a-z]*) ([1-9][0-9]*)");

  /** The documented numbers of each designator, both inclusive. */
  private static final Map<String, int[]> UNIT_NUMBERS =
      Map.of("APT", new int[] {1, 999}, "STE", new int[] {100, 999}, "UNIT", new int[] {1, 99});

  /** How a county name ends, as the Census Bureau writes it. */
  static final Pattern COUNTY =
      Pattern.compile(
          "\\S.* (County|Parish|Borough|Census Area|Municipality|City and Borough|city)"
              + "|Carson City|District of Columbia");

  /** Adds a judge per provider of this domain, by canonical name. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> buildingNumber((String) v));
    j.put("secondaryAddress", (v, a) -> secondaryAddress((String) v));
    j.put("county", (v, a) -> COUNTIES.contains(v) && COUNTY.matcher((String) v).matches());
    j.put("latitude", (v, a) -> coordinate((Double) v, 90));
    j.put("longitude", (v, a) -> coordinate((Double) v, 180));
  }

  /** A house number: 1 to 99999, no leading zero. */
  static boolean buildingNumber(String s) {
    return s.matches("[1-9][0-9]{0,4}");
  }

  /** A Publication 28 designator with a number in its documented range. */
  static boolean secondaryAddress(String s) {
    Matcher m = UNIT.matcher(s);
    if (!m.matches()) {
      return false;
    }
    String designator = m.group(1).toUpperCase(java.util.Locale.ROOT);
    if (!PUB28_DESIGNATORS.containsValue(designator)) {
      return false;
    }
    int[] range = UNIT_NUMBERS.get(designator);
    int number = Integer.parseInt(m.group(2));
    return range != null && number >= range[0] && number <= range[1];
  }

  /** Degrees within {@code [-limit, limit]}, a multiple of 0.000001. */
  static boolean coordinate(double degrees, double limit) {
    return degrees >= -limit
        && degrees <= limit
        && BigDecimal.valueOf(degrees).stripTrailingZeros().scale() <= 6;
  }

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {}

  /**
   * Adds the hash of a 300-row schema column (seed 42, pinned today) per provider drawable without
   * arguments.
   */
  static void goldens(Map<String, String> g) {
    g.put("buildingNumber", "3b8b0ac2e84ec0de");
    g.put("county", "39b65356d20797a7");
    g.put("latitude", "423a2cb6b433e454");
    g.put("longitude", "6c8f32c80ae8fc54");
    g.put("secondaryAddress", "a052dbd904a0e1fb");
    g.put("streetName", "c280d35378b04698");
  }

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {}
}
