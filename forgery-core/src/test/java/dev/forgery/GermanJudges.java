package dev.forgery;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * How the values of de_DE's country-specific providers are judged: libphonenumber for phone
 * numbers, commons-validator for IBANs, and the generated de_DE tables (which hold the GeoNames
 * postcode, city and Bundesland triples) for names, streets and places. The locale-free providers
 * keep the judges of {@link RegistryContractTest#JUDGES}.
 */
final class GermanJudges {
  private static final String DATA = "/dev/forgery/data/de_DE/";

  static final Set<String> FIRST_NAMES = column("first_names.txt", 0);
  static final Set<String> LAST_NAMES = column("last_names.txt", 0);
  static final Set<String> STREETS = column("streets.txt", 0);

  /** {@code plz;city;Bundesland} rows: a postcode always goes with its own city and state. */
  static final Set<String> ROWS = column("postcodes.txt", 0);

  static final Set<String> POSTCODES = part(ROWS, 0);
  static final Set<String> CITIES = part(ROWS, 1);
  static final Set<String> STATES = part(ROWS, 2);

  /** The sixteen Länder, as GeoNames names them in German. */
  static final Set<String> LAENDER =
      Set.of(
          "Baden-Württemberg",
          "Bayern",
          "Berlin",
          "Brandenburg",
          "Bremen",
          "Hamburg",
          "Hessen",
          "Mecklenburg-Vorpommern",
          "Niedersachsen",
          "Nordrhein-Westfalen",
          "Rheinland-Pfalz",
          "Saarland",
          "Sachsen",
          "Sachsen-Anhalt",
          "Schleswig-Holstein",
          "Thüringen");

  /** The ISO 3166-2:DE codes of the Länder. */
  static final Set<String> STATE_CODES =
      Set.of(
          "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH",
          "TH");

  private static final Pattern HOUSE = Pattern.compile("[1-9][0-9]{0,2}[a-d]?");
  private static final Pattern STREET_LINE = Pattern.compile("(.+) ([1-9][0-9]{0,2}[a-d]?)");
  private static final Pattern ADDRESS = Pattern.compile("(.+), ([0-9]{5}) (.+)");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The judges of de_DE that replace the en_US ones, by canonical provider name. */
  /** The German lorem words, shared by German-speaking locales. */
  static final Set<String> WORDS = LocaleTables.values("de", "lorem_words.txt");

  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private GermanJudges() {}

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> fullName((String) v));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    j.put("namePrefix", (v, a) -> Set.of("Herr", "Frau", "Dr.", "Prof.").contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> STREETS.contains(v));
    j.put("buildingNumber", (v, a) -> HOUSE.matcher((String) v).matches());
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> LAENDER.contains(v));
    j.put("postcode", (v, a) -> POSTCODES.contains(v));
    j.put("stateAbbr", (v, a) -> STATE_CODES.contains(v));
    j.put("phoneNumber", (v, a) -> phone((String) v));
    new LocaleTables("de_DE")
        .addShared(
            j,
            "../de/countries.txt",
            LAST_NAMES,
            "und",
            s -> s.startsWith("DE") && IBANS.isValid(s));
    RegistryContractTest.textJudges(j, WORDS);
    j.put("slug", (v, a) -> WebTest.slug((String) v, WORDS));
    j.put("fileName", (v, a) -> WebTest.fileName((String) v, WORDS));
    return j;
  }

  static boolean fullName(String s) {
    return RegistryContractTest.fullName(s, FIRST_NAMES, LAST_NAMES);
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(1));
  }

  /** A full address whose postcode, city and Bundesland are one GeoNames row. */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !streetLine(m.group(1))) {
      return false;
    }
    for (String state : LAENDER) {
      if (ROWS.contains(m.group(2) + ';' + m.group(3) + ';' + state)) {
        return true;
      }
    }
    return false;
  }

  /** Valid for region DE per libphonenumber, and in one of the regulator's fiction blocks. */
  static boolean phone(String s) {
    PhoneNumber parsed;
    try {
      parsed = PHONES.parse(s, "DE");
    } catch (NumberParseException e) {
      return false;
    }
    String national = Long.toString(parsed.getNationalNumber());
    return PHONES.isValidNumberForRegion(parsed, "DE")
        && parsed.getCountryCode() == 49
        && national.length() >= 10
        && List.of("3023125", "4066969", "6990009", "2214710", "8999998").stream()
            .anyMatch(national::startsWith);
  }

  static Set<String> column(String file, int index) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      out.add(line.split("\t")[index]);
    }
    return out;
  }

  static List<String> lines(String file) {
    try (InputStream in = GermanJudges.class.getResourceAsStream(DATA + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> part(Set<String> rows, int index) {
    Set<String> out = new HashSet<>();
    for (String row : rows) {
      out.add(row.split(";")[index]);
    }
    return out;
  }
}
