package dev.forgery;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * How the values of fr_FR's country-specific providers are judged: libphonenumber for phone
 * numbers, commons-validator for IBANs with the RIB key re-derived here, and the generated fr_FR
 * tables (GeoNames code postal, commune and région rows, INSEE names) for names, streets and
 * places. The locale-free providers keep the judges of {@link RegistryContractTest#JUDGES}.
 */
final class FrenchJudges {
  private static final String LOCALE = "fr_FR";

  static final Set<String> FIRST_NAMES = LocaleTables.values(LOCALE, "first_names.txt");
  static final Set<String> LAST_NAMES = LocaleTables.values(LOCALE, "last_names.txt");
  static final Set<String> STREETS = LocaleTables.values(LOCALE, "streets.txt");

  /** {@code code;commune;région} rows: a postcode always goes with its own commune and région. */
  static final Set<String> ROWS = LocaleTables.values(LOCALE, "postcodes.txt");

  static final Set<String> POSTCODES = LocaleTables.part(ROWS, 0);
  static final Set<String> CITIES = LocaleTables.part(ROWS, 1);
  static final Set<String> REGIONS = LocaleTables.part(ROWS, 2);
  static final Set<String> SUFFIXES = LocaleTables.values(LOCALE, "company_suffixes.txt");
  static final Set<String> FREE_MAIL = LocaleTables.values(LOCALE, "free_email_domains.txt");

  /** The French lorem words, shared by French-speaking locales. */
  static final Set<String> WORDS = LocaleTables.values("fr", "lorem_words.txt");

  /** {@code CODE;Nom} rows of the French country names, shared by French-speaking locales. */
  static final Set<String> COUNTRIES = LocaleTables.values("fr", "countries.txt");

  /** The ISO 3166-2:FR codes of the thirteen metropolitan régions. */
  static final Set<String> REGION_CODES =
      Set.of(
          "ARA", "BFC", "BRE", "CVL", "20R", "GES", "HDF", "IDF", "NOR", "NAQ", "OCC", "PDL",
          "PAC");

  /**
   * The national numbers (without the trunk 0) of the blocks ARCEP keeps for fiction, one per
   * geographic zone.
   */
  static final List<String> FICTION_BLOCKS = List.of("19900", "26191", "35301", "46571", "53649");

  private static final Pattern HOUSE = Pattern.compile("[1-9][0-9]{0,2}(?: bis| ter)?");
  private static final Pattern STREET_LINE =
      Pattern.compile("([1-9][0-9]{0,2}(?: bis| ter)?) (.+)");
  private static final Pattern ADDRESS = Pattern.compile("(.+), ([0-9]{5}) (.+)");
  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The judges of fr_FR that replace the en_US ones, by canonical provider name. */
  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private FrenchJudges() {}

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> RegistryContractTest.fullName((String) v, FIRST_NAMES, LAST_NAMES));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    j.put("namePrefix", (v, a) -> Set.of("M.", "Mme", "Dr", "Pr").contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> HOUSE.matcher((String) v).matches());
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> REGIONS.contains(v));
    j.put("postcode", (v, a) -> POSTCODES.contains(v));
    j.put("stateAbbr", (v, a) -> REGION_CODES.contains(v));
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
            a.isEmpty() ? iban((String) v) : RegistryContractTest.JUDGES.get("iban").test(v, a));
    j.put("company", (v, a) -> company((String) v));
    RegistryContractTest.Judge mail =
        (v, a) ->
            RegistryContractTest.email((String) v)
                && FREE_MAIL.contains(RegistryContractTest.domainOf((String) v));
    j.put("freeEmail", mail);
    j.put("email", mail);
    RegistryContractTest.textJudges(j, WORDS);
    j.put("slug", (v, a) -> WebTest.slug((String) v, WORDS));
    j.put("fileName", (v, a) -> WebTest.fileName((String) v, WORDS));
    return j;
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(2));
  }

  /** A full address whose postcode, commune and région are one GeoNames row. */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !streetLine(m.group(1))) {
      return false;
    }
    return LocaleTables.oneRow(ROWS, m.group(2), m.group(3), REGIONS);
  }

  /** Valid for region FR per libphonenumber, and in one of ARCEP's fiction blocks. */
  static boolean phone(String s) {
    return LocaleTables.phoneInBlocks(s, "FR", 9, FICTION_BLOCKS);
  }

  /**
   * A French IBAN valid by commons-validator whose RIB is valid too: the number written by bank
   * code, branch code, account number and key is a multiple of 97 (letters in the account would
   * first be turned into digits; forgery's accounts are all digits, which this also checks).
   */
  static boolean iban(String s) {
    return s.matches("FR[0-9]{25}")
        && IBANS.isValid(s)
        && new BigInteger(s.substring(4)).mod(BigInteger.valueOf(97)).signum() == 0;
  }

  /**
   * The company patterns of {@link RegistryContractTest#company} for surnames that may hold spaces
   * or hyphens ({@code Le Gall}, {@code Saint-Martin}): every split point is tried.
   */
  static boolean company(String s) {
    for (String suffix : SUFFIXES) {
      if (s.endsWith(" " + suffix)
          && LAST_NAMES.contains(s.substring(0, s.length() - suffix.length() - 1))) {
        return true;
      }
    }
    for (String joint : List.of("-", " & ")) {
      for (int at = s.indexOf(joint); at > 0; at = s.indexOf(joint, at + 1)) {
        if (LAST_NAMES.contains(s.substring(0, at))
            && LAST_NAMES.contains(s.substring(at + joint.length()))) {
          return true;
        }
      }
    }
    int comma = s.indexOf(", ");
    if (comma < 0 || !LAST_NAMES.contains(s.substring(0, comma))) {
      return false;
    }
    String rest = s.substring(comma + 2);
    for (int at = rest.indexOf(" et "); at > 0; at = rest.indexOf(" et ", at + 1)) {
      if (LAST_NAMES.contains(rest.substring(0, at))
          && LAST_NAMES.contains(rest.substring(at + 4))) {
        return true;
      }
    }
    return false;
  }
}
