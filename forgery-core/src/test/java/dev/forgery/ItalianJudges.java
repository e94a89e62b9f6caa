package dev.forgery;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * How the values of it_IT's country-specific providers are judged: libphonenumber for phone
 * numbers, commons-validator and the CIN rule (re-derived here) for IBANs, and the generated it_IT
 * tables (which hold the GeoNames CAP, ISTAT comune and province triples) for names, streets and
 * places.
 */
final class ItalianJudges {
  private static final LocaleTables DATA = new LocaleTables("it_IT");

  static final Set<String> FIRST_NAMES = DATA.column("first_names.txt", 0);
  static final Set<String> LAST_NAMES = DATA.column("last_names.txt", 0);
  static final Set<String> STREETS = DATA.column("streets.txt", 0);

  /** {@code CAP;comune;province} rows. */
  static final Set<String> ROWS = DATA.column("postcodes.txt", 0);

  static final Set<String> POSTCODES = LocaleTables.part(ROWS, 0);
  static final Set<String> CITIES = LocaleTables.part(ROWS, 1);
  static final Set<String> SUFFIXES = DATA.column("company_suffixes.txt", 0);

  /** The Italian lorem words, shared by Italian-speaking locales. */
  static final Set<String> WORDS = LocaleTables.values("it", "lorem_words.txt");

  /** Each province's sigla, by the province's name. */
  static final Map<String, String> SIGLE = sigle();

  private static final Pattern HOUSE = Pattern.compile("[1-9][0-9]{0,2}(?:/[AB])?");
  private static final Pattern STREET_LINE = Pattern.compile("(.+) ([1-9][0-9]{0,2}(?:/[AB])?)");
  private static final Pattern ADDRESS = Pattern.compile("(.+), ([0-9]{5}) (.+) ([A-Z]{2})");
  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The judges of it_IT that replace the en_US ones, by canonical provider name. */
  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private ItalianJudges() {}

  private static Map<String, String> sigle() {
    Map<String, String> sigle = new TreeMap<>();
    for (String line : DATA.lines("regions.txt")) {
      sigle.put(line.split(";")[0], line.split(";")[1]);
    }
    return sigle;
  }

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> LocaleTables.split((String) v, " ", FIRST_NAMES, LAST_NAMES));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    j.put("namePrefix", (v, a) -> Set.of("Sig.", "Sig.ra", "Dott.", "Dott.ssa").contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> HOUSE.matcher((String) v).matches());
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> SIGLE.containsKey(v));
    j.put("postcode", (v, a) -> POSTCODES.contains(v) && ((String) v).matches("[0-9]{5}"));
    j.put("stateAbbr", (v, a) -> SIGLE.containsValue(v));
    j.put("phoneNumber", (v, a) -> phone((String) v));
    DATA.addShared(j, "../it/countries.txt", LAST_NAMES, "e", ItalianJudges::iban);
    RegistryContractTest.textJudges(j, WORDS);
    j.put("slug", (v, a) -> WebTest.slug((String) v, WORDS));
    j.put("fileName", (v, a) -> WebTest.fileName((String) v, WORDS));
    return j;
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(1));
  }

  /**
   * A full address whose CAP, comune and province are one row of the table, the province written as
   * its sigla.
   */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !streetLine(m.group(1))) {
      return false;
    }
    for (Map.Entry<String, String> province : SIGLE.entrySet()) {
      if (province.getValue().equals(m.group(4))
          && ROWS.contains(m.group(2) + ';' + m.group(3) + ';' + province.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** Valid for region IT per libphonenumber, written with the country code. */
  static boolean phone(String s) {
    return LocaleTables.phone(s, "IT", 39);
  }

  /** An Italian IBAN valid by commons-validator whose CIN letter is right. */
  static boolean iban(String s) {
    return s.startsWith("IT") && s.length() == 27 && IBANS.isValid(s) && cin(s);
  }

  /**
   * The CIN of an Italian IBAN (the letter after the check digits) from the ABI, CAB and account
   * after it: characters at odd places (first, third, ...) count by the table below, the others by
   * their own value (digits 0-9, letters A = 0 ... Z = 25); the CIN is the letter of the sum modulo
   * 26.
   */
  static boolean cin(String iban) {
    String odd = "BAFHJNPRTVCESULDGIMOQKWZYX"; // the odd-place value of A..Z (and 0..9) as a letter
    String digits = "0123456789";
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    String rest = iban.substring(5);
    int sum = 0;
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      int index = Character.isDigit(c) ? digits.indexOf(c) : letters.indexOf(c);
      sum += k % 2 == 0 ? letters.indexOf(odd.charAt(index)) : index;
    }
    return iban.charAt(4) == letters.charAt(sum % 26);
  }
}
