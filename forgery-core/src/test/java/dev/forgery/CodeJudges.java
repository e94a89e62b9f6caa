package dev.forgery;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.validator.routines.ISBNValidator;
import org.apache.commons.validator.routines.checkdigit.EAN13CheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * The judges, example arguments and engine goldens of the providers of ISBNs, EANs, VINs, IMEIs,
 * currency codes, letters and alphanumerics: the part of {@link RegistryContractTest}'s and {@link
 * EngineGoldenTest}'s tables that belongs to this domain.
 *
 * <p>Check digits are judged by commons-validator ({@code ISBNValidator}, {@code EAN13CheckDigit},
 * {@code LuhnCheckDigit}) and, for VINs, by {@link #vinCheckDigit}, written here from the tables of
 * 49 CFR 565.15; currency codes by {@link Currency#getInstance(String)} of the running JDK.
 */
final class CodeJudges {
  private CodeJudges() {}

  private static final String DATA = "/dev/forgery/data/codes/";

  /** Without conversion: an ISBN-10 is judged as an ISBN-10. */
  private static final ISBNValidator ISBNS = ISBNValidator.getInstance(false);

  /** Every three-digit GS1 prefix of the table's {@code first-last;organisation} rows. */
  static final Set<String> GS1_PREFIXES = gs1Prefixes();

  /** The World Manufacturer Identifiers of the table. */
  static final Set<String> WMIS =
      firstField(ProvidersContractTest.firstColumn(DATA + "vin_wmis.txt"));

  /** The Reporting Body Identifiers of the table. */
  static final Set<String> REPORTING_BODIES =
      ProvidersContractTest.firstColumn(DATA + "imei_reporting_bodies.txt");

  /** The currency codes of the table. */
  static final Set<String> CURRENCIES =
      ProvidersContractTest.firstColumn(DATA + "currency_codes.txt");

  /**
   * The transliteration of 49 CFR 565.15, Table I: each letter's value in the check-digit sum
   * (digits are their own value); {@code I}, {@code O} and {@code Q} have none.
   */
  private static final Map<Character, Integer> TRANSLITERATION = transliteration();

  /** The weights of 49 CFR 565.15, Table II, positions 1 to 17. */
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** The model-year codes of 49 CFR 565.15, Table IV, for 1980 to 2009 (and again 2010-2039). */
  private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  private static Map<Character, Integer> transliteration() {
    String[] table = {
      "A1", "B2", "C3", "D4", "E5", "F6", "G7", "H8", "J1", "K2", "L3", "M4", "N5", "P7", "R9",
      "S2", "T3", "U4", "V5", "W6", "X7", "Y8", "Z9"
    };
    Map<Character, Integer> values = new HashMap<>();
    for (String entry : table) {
      values.put(entry.charAt(0), entry.charAt(1) - '0');
    }
    for (char d = '0'; d <= '9'; d++) {
      values.put(d, d - '0');
    }
    return values;
  }

  private static Set<String> gs1Prefixes() {
    Set<String> prefixes = new HashSet<>();
    for (String row : ProvidersContractTest.firstColumn(DATA + "gs1_prefixes.txt")) {
      int first = Integer.parseInt(row.substring(0, 3));
      int last = Integer.parseInt(row.substring(4, 7));
      for (int p = first; p <= last; p++) {
        prefixes.add(String.format("%03d", p));
      }
    }
    return prefixes;
  }

  private static Set<String> firstField(Set<String> rows) {
    Set<String> out = new HashSet<>();
    for (String row : rows) {
      out.add(row.substring(0, row.indexOf(';')));
    }
    return out;
  }

  /**
   * The check digit of a VIN by 49 CFR 565.15: the sum of each character's transliterated value
   * times its position's weight, modulo 11; a remainder of 10 is written {@code X}.
   *
   * @param vin seventeen characters
   * @return the check digit the ninth character must be, or {@code '?'} if a character has no value
   */
  static char vinCheckDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      Integer value = TRANSLITERATION.get(vin.charAt(i));
      if (value == null) {
        return '?';
      }
      sum += value * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }

  /**
   * The model year a VIN's tenth character stands for among the 30 up to the year after {@code
   * referenceYear}, or -1 if it is no model-year code.
   */
  static int modelYear(char code, int referenceYear) {
    int index = YEAR_CODES.indexOf(code);
    if (index < 0) {
      return -1;
    }
    int last = referenceYear + 1;
    int year = 1980 + index;
    year += Math.floorDiv(last - year, 30) * 30;
    return year;
  }

  /**
   * A VIN of forgery's: valid characters and check digit, a WMI of the table, a model year among
   * the 30 up to the year after the reference date, position 7 a digit before 2010 and a letter
   * from then on, a numeric serial number.
   */
  static boolean vin(String v, int referenceYear) {
    if (v.length() != 17 || !v.matches("[A-HJ-NPR-Z0-9]{17}")) {
      return false;
    }
    int year = modelYear(v.charAt(9), referenceYear);
    boolean seventhIsLetter = Character.isLetter(v.charAt(6));
    return v.charAt(8) == vinCheckDigit(v)
        && WMIS.contains(v.substring(0, 3))
        && year > referenceYear + 1 - 30
        && year <= referenceYear + 1
        && seventhIsLetter == (year >= 2010)
        && v.substring(11).matches("[0-9]{6}");
  }

  static boolean currency(String code) {
    if (!CURRENCIES.contains(code)) {
      return false;
    }
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A language and a country written as a BCP 47 tag that reads back as itself: the language one of
   * ISO 639-1's two-letter codes as the JDK lists them, or a three-letter ISO 639-2/3 code for a
   * language that has none ({@code fil}, {@code niu}); the country one of ISO 3166's.
   */
  static boolean languageTag(String tag) {
    if (!tag.matches("[a-z]{2,3}-[A-Z]{2}")) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage();
    return locale.toLanguageTag().equals(tag)
        && (language.length() == 3 || ISO_LANGUAGES.contains(language))
        && ISO_COUNTRIES.contains(locale.getCountry());
  }

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private static int length(List<Object> args) {
    return args.isEmpty() ? 10 : ((Number) args.get(0)).intValue();
  }

  /** Adds a judge per provider of this domain, by canonical name. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    j.put(
        "isbn10",
        (v, a) -> ((String) v).matches("[0-9]{9}[0-9X]") && ISBNS.isValidISBN10((String) v));
    j.put(
        "isbn13",
        (v, a) ->
            ((String) v).matches("97[89][0-9]{10}")
                && !((String) v).startsWith("9790")
                && ISBNS.isValidISBN13((String) v)
                && EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid((String) v));
    j.put(
        "ean13",
        (v, a) ->
            ((String) v).matches("[0-9]{13}")
                && GS1_PREFIXES.contains(((String) v).substring(0, 3))
                && EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid((String) v));
    j.put("vin", (v, a) -> vin((String) v, RegistryContractTest.TODAY.getYear()));
    j.put(
        "imei",
        (v, a) ->
            ((String) v).matches("[0-9]{15}")
                && REPORTING_BODIES.contains(((String) v).substring(0, 2))
                && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid((String) v));
    j.put("currencyCode", (v, a) -> currency((String) v));
    j.put("languageTag", (v, a) -> languageTag((String) v));
    j.put("letters", (v, a) -> ((String) v).matches("[a-z]{" + length(a) + "}"));
    j.put("alphanumeric", (v, a) -> ((String) v).matches("[a-z0-9]{" + length(a) + "}"));
  }

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {
    e.put("letters", List.of(List.of(1), List.of(7), List.of(64)));
    e.put("alphanumeric", List.of(List.of(1), List.of(5), List.of(33)));
  }

  /**
   * Adds the hash of a 300-row schema column (seed 42, pinned today) per provider drawable without
   * arguments.
   */
  static void goldens(Map<String, String> g) {
    g.put("alphanumeric", "d240901ed73072c1");
    g.put("currencyCode", "23a2ddca0b90883a");
    g.put("languageTag", "aa5b4eccc9a9db4d");
    g.put("ean13", "dbf36b237b0e473f");
    g.put("imei", "7d09ce6edbc12bc9");
    g.put("isbn10", "9d8daaf42956271d");
    g.put("isbn13", "4c7df87d5c28be55");
    g.put("letters", "eaa273cc6073f2ad");
    g.put("vin", "5ea89cc506810e73");
  }

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {}
}
