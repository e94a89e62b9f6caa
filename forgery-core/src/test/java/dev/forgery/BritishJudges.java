package dev.forgery;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * How the values of en_GB's country-specific providers are judged: libphonenumber for phone
 * numbers, commons-validator for IBANs, the postcode pattern the UK government publishes for
 * validating postcodes, and the generated en_GB tables (GeoNames outward code, place and country
 * rows) for names, streets and places. The locale-free providers keep the judges of {@link
 * RegistryContractTest#JUDGES}.
 */
final class BritishJudges {
  private static final String LOCALE = "en_GB";

  static final Set<String> FIRST_NAMES = LocaleTables.values(LOCALE, "first_names.txt");
  static final Set<String> LAST_NAMES = LocaleTables.values(LOCALE, "last_names.txt");
  static final Set<String> STREETS = LocaleTables.values(LOCALE, "streets.txt");

  /** {@code postcode;place;country} rows: a postcode always goes with its own place and nation. */
  static final Set<String> ROWS = LocaleTables.values(LOCALE, "postcodes.txt");

  static final Set<String> POSTCODES = LocaleTables.part(ROWS, 0);
  static final Set<String> CITIES = LocaleTables.part(ROWS, 1);
  static final Set<String> SUFFIXES = LocaleTables.values(LOCALE, "company_suffixes.txt");
  static final Set<String> FREE_MAIL = LocaleTables.values(LOCALE, "free_email_domains.txt");

  /** {@code CODE;Name} rows of the British English country names. */
  static final Set<String> COUNTRIES = LocaleTables.values(LOCALE, "countries.txt");

  /** The four countries of the United Kingdom. */
  static final Set<String> NATIONS = Set.of("England", "Scotland", "Wales", "Northern Ireland");

  /** Their ISO 3166-2:GB codes. */
  static final Set<String> NATION_CODES = Set.of("ENG", "SCT", "WLS", "NIR");

  /**
   * The postcode pattern of the UK government's bulk data transfer schema (without the {@code GIR
   * 0AA} special case), which encodes the Royal Mail rules: the letters each position may hold, and
   * an inward code of a digit and two letters other than C, I, K, M, O and V.
   */
  static final Pattern POSTCODE =
      Pattern.compile(
          "[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
              + " [0-9][ABD-HJLNP-UW-Z]{2}");

  private static final Pattern HOUSE = Pattern.compile("[1-9][0-9]{0,2}[AB]?");
  private static final Pattern STREET_LINE = Pattern.compile("([1-9][0-9]{0,2}[AB]?) (.+)");
  private static final Pattern ADDRESS =
      Pattern.compile("(.+), (.+) ([A-Z][A-Z0-9]{1,3} [0-9][A-Z]{2})");

  /**
   * The national numbers (without the trunk 0) of Ofcom's drama blocks that libphonenumber accepts:
   * London, Birmingham, Manchester, Leeds, Glasgow, Liverpool, Sheffield, Bristol, Edinburgh,
   * Leicester, Reading, Tyneside, Cardiff and Northern Ireland.
   */
  static final List<String> DRAMA_BLOCKS =
      List.of(
          "2079460", "1214960", "1614960", "1134960", "1414960", "1514960", "1144960", "1174960",
          "1314960", "1164960", "1184960", "1914980", "2920180", "2896496");

  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The judges of en_GB that replace the en_US ones, by canonical provider name. */
  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private BritishJudges() {}

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> RegistryContractTest.fullName((String) v, FIRST_NAMES, LAST_NAMES));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    j.put("namePrefix", (v, a) -> Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof").contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> HOUSE.matcher((String) v).matches());
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> NATIONS.contains(v));
    j.put("postcode", (v, a) -> postcode((String) v));
    j.put("stateAbbr", (v, a) -> NATION_CODES.contains(v));
    j.put("phoneNumber", (v, a) -> phone((String) v));
    j.put("country", (v, a) -> LocaleTables.part(COUNTRIES, 1).contains(v));
    j.put(
        "countryCode",
        (v, a) ->
            LocaleTables.part(COUNTRIES, 0).contains(v)
                && Set.of(Locale.getISOCountries()).contains(v));
    j.put(
        "iban",
        (v, a) ->
            a.isEmpty()
                ? ((String) v).startsWith("GB") && IBANS.isValid((String) v)
                : RegistryContractTest.JUDGES.get("iban").test(v, a));
    j.put(
        "company", (v, a) -> RegistryContractTest.company((String) v, LAST_NAMES, SUFFIXES, "and"));
    RegistryContractTest.Judge mail =
        (v, a) ->
            RegistryContractTest.email((String) v)
                && FREE_MAIL.contains(RegistryContractTest.domainOf((String) v));
    j.put("freeEmail", mail);
    j.put("email", mail);
    return j;
  }

  /** A postcode of the Royal Mail pattern whose outward code is one of the table's. */
  static boolean postcode(String s) {
    return POSTCODE.matcher(s).matches() && POSTCODES.contains(s);
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(2));
  }

  /** A full address whose place, postcode and nation are one row of the table. */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !streetLine(m.group(1)) || !POSTCODE.matcher(m.group(3)).matches()) {
      return false;
    }
    return LocaleTables.oneRow(ROWS, m.group(3), m.group(2), NATIONS);
  }

  /** Valid for region GB per libphonenumber, and in one of Ofcom's drama blocks. */
  static boolean phone(String s) {
    return LocaleTables.phoneInBlocks(s, "GB", 10, DRAMA_BLOCKS);
  }
}
