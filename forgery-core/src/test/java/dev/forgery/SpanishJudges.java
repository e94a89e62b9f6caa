package dev.forgery;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * How the values of es_ES's country-specific providers are judged: libphonenumber for phone
 * numbers, commons-validator and the Spanish DC rule (re-derived here) for IBANs, and the generated
 * es_ES tables (which hold the GeoNames postcode, municipality and comunidad triples) for names,
 * streets and places.
 */
final class SpanishJudges {
  private static final LocaleTables DATA = new LocaleTables("es_ES");

  static final Set<String> FIRST_NAMES = DATA.column("first_names.txt", 0);
  static final Set<String> LAST_NAMES = DATA.column("last_names.txt", 0);
  static final Set<String> STREETS = DATA.column("streets.txt", 0);

  /** {@code postcode;municipality;comunidad} rows. */
  static final Set<String> ROWS = DATA.column("postcodes.txt", 0);

  static final Set<String> POSTCODES = LocaleTables.part(ROWS, 0);
  static final Set<String> CITIES = LocaleTables.part(ROWS, 1);
  static final Set<String> SUFFIXES = DATA.column("company_suffixes.txt", 0);

  /**
   * The seventeen comunidades autónomas and two autonomous cities with their ISO 3166-2:ES codes.
   */
  static final Map<String, String> COMMUNITIES =
      Map.ofEntries(
          Map.entry("Andalucía", "AN"),
          Map.entry("Aragón", "AR"),
          Map.entry("Principado de Asturias", "AS"),
          Map.entry("Illes Balears", "IB"),
          Map.entry("Canarias", "CN"),
          Map.entry("Cantabria", "CB"),
          Map.entry("Castilla-La Mancha", "CM"),
          Map.entry("Castilla y León", "CL"),
          Map.entry("Cataluña", "CT"),
          Map.entry("Ceuta", "CE"),
          Map.entry("Comunitat Valenciana", "VC"),
          Map.entry("Extremadura", "EX"),
          Map.entry("Galicia", "GA"),
          Map.entry("La Rioja", "RI"),
          Map.entry("Comunidad de Madrid", "MD"),
          Map.entry("Melilla", "ML"),
          Map.entry("Región de Murcia", "MC"),
          Map.entry("Comunidad Foral de Navarra", "NC"),
          Map.entry("País Vasco", "PV"));

  private static final Pattern HOUSE = Pattern.compile("[1-9][0-9]{0,2}");
  private static final Pattern STREET_LINE = Pattern.compile("(.+), ([1-9][0-9]{0,2})");
  private static final Pattern ADDRESS =
      Pattern.compile("(.+, [1-9][0-9]{0,2}), ((?:0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}) (.+)");
  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The judges of es_ES that replace the en_US ones, by canonical provider name. */
  /** The Spanish lorem words, shared by Spanish-speaking locales. */
  static final Set<String> WORDS = LocaleTables.values("es", "lorem_words.txt");

  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private SpanishJudges() {}

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> fullName((String) v));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    j.put("namePrefix", (v, a) -> Set.of("Sr.", "Sra.", "Dr.", "Dra.").contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> HOUSE.matcher((String) v).matches());
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> COMMUNITIES.containsKey(v));
    j.put("postcode", (v, a) -> POSTCODES.contains(v) && ((String) v).matches("[0-9]{5}"));
    j.put("stateAbbr", (v, a) -> COMMUNITIES.containsValue(v));
    j.put("phoneNumber", (v, a) -> phone((String) v));
    DATA.addShared(j, "../es/countries.txt", LAST_NAMES, "y", SpanishJudges::iban);
    RegistryContractTest.textJudges(j, WORDS);
    j.put("slug", (v, a) -> WebTest.slug((String) v, WORDS));
    j.put("fileName", (v, a) -> WebTest.fileName((String) v, WORDS));
    return j;
  }

  /** A first name and two surnames of the tables, each of which may hold spaces. */
  static boolean fullName(String s) {
    for (int i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
      if (FIRST_NAMES.contains(s.substring(0, i))
          && LocaleTables.split(s.substring(i + 1), " ", LAST_NAMES, LAST_NAMES)) {
        return true;
      }
    }
    return false;
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(1));
  }

  /** A full address whose postcode, municipality and comunidad are one GeoNames row. */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !streetLine(m.group(1))) {
      return false;
    }
    for (String community : COMMUNITIES.keySet()) {
      if (ROWS.contains(m.group(2) + ';' + m.group(3) + ';' + community)) {
        return true;
      }
    }
    return false;
  }

  /** Valid for region ES per libphonenumber, written with the country code. */
  static boolean phone(String s) {
    return LocaleTables.phone(s, "ES", 34);
  }

  /** A Spanish IBAN valid by commons-validator whose two DC digits are right. */
  static boolean iban(String s) {
    return s.startsWith("ES") && s.length() == 24 && IBANS.isValid(s) && controlDigits(s);
  }

  /**
   * The Spanish "dígitos de control" of an IBAN's account (bank, branch, DC, account): the first
   * checks {@code 00} + bank + branch, the second the account, each 11 minus the sum of the digits
   * times 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 modulo 11 (11 is written 0, 10 is written 1).
   */
  static boolean controlDigits(String iban) {
    String ccc = iban.substring(4);
    return ccc.charAt(8) - '0' == dc("00" + ccc.substring(0, 8))
        && ccc.charAt(9) - '0' == dc(ccc.substring(10));
  }

  private static int dc(String tenDigits) {
    int[] weights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (tenDigits.charAt(i) - '0') * weights[i];
    }
    int d = 11 - sum % 11;
    return d == 11 ? 0 : d == 10 ? 1 : d;
  }
}
