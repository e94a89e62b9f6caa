package dev.forgery;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the values of ja_JP's country-specific providers are judged: libphonenumber for phone
 * numbers, the Unicode script of names (Han, Hiragana, Katakana), and the generated ja_JP tables
 * (which hold Japan Post's postcode, prefecture, municipality and town rows) for places. The
 * locale-free providers keep the judges of {@link RegistryContractTest#JUDGES}.
 */
final class JapaneseJudges {
  static final Set<String> FIRST_NAMES = column("first_names.txt", 0);
  static final Set<String> LAST_NAMES = column("last_names.txt", 0);
  static final Set<String> LATIN_FIRST = column("first_names_latin.txt", 0);
  static final Set<String> LATIN_LAST = column("last_names_latin.txt", 0);

  /**
   * {@code postcode;prefecture;municipality;town} rows: the parts of an address belong together.
   */
  static final Set<String> ROWS = column("postcodes.txt", 0);

  static final Set<String> POSTCODES = part(ROWS, 0);
  static final Set<String> PREFECTURES = part(ROWS, 1);
  static final Set<String> MUNICIPALITIES = part(ROWS, 2);
  static final Set<String> TOWNS = part(ROWS, 3);
  static final Set<String> CATEGORIES = column("company_categories.txt", 0);
  static final Set<String> FREE_MAIL = column("free_email_domains.txt", 0);

  /** {@code CODE;Name} rows of the Japanese country names. */
  static final Set<String> COUNTRIES = column("../ja/countries.txt", 0);

  /** The ISO 3166-2:JP codes of the 47 prefectures, without the country: 01 to 47. */
  static final Pattern PREFECTURE_CODE = Pattern.compile("0[1-9]|[1-3][0-9]|4[0-7]");

  /** A chome-ban-go number ({@code 1-2-3}) or the ban-go of a town numbered through. */
  static final Pattern BLOCK =
      Pattern.compile(
          "[1-5]-([1-9]|[12][0-9]|30)-([1-9]|1[0-9]|20)|[1-9][0-9]{0,2}-([1-9]|1[0-9]|20)");

  private static final Pattern ADDRESS = Pattern.compile("〒([0-9]{3}-[0-9]{4}) (.+?)([0-9-]+)");

  /** Names are written in kanji, hiragana or katakana (and the iteration mark 々). */
  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶ]+");

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** The judges of ja_JP that replace the en_US ones, by canonical provider name. */
  static final Map<String, RegistryContractTest.Judge> JUDGES = judges();

  private JapaneseJudges() {}

  private static Map<String, RegistryContractTest.Judge> judges() {
    Map<String, RegistryContractTest.Judge> j = new TreeMap<>();
    j.put("name", (v, a) -> fullName((String) v));
    j.put("firstName", (v, a) -> japanese((String) v) && FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> japanese((String) v) && LAST_NAMES.contains(v));
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("streetName", (v, a) -> TOWNS.contains(v));
    j.put("buildingNumber", (v, a) -> BLOCK.matcher((String) v).matches());
    j.put("city", (v, a) -> MUNICIPALITIES.contains(v));
    j.put("state", (v, a) -> PREFECTURES.contains(v));
    j.put("postcode", (v, a) -> POSTCODES.contains(v) && ((String) v).matches("[0-9]{3}-[0-9]{4}"));
    j.put("stateAbbr", (v, a) -> PREFECTURE_CODE.matcher((String) v).matches());
    j.put("phoneNumber", (v, a) -> phone((String) v));
    j.put("country", (v, a) -> part(COUNTRIES, 1).contains(v));
    j.put(
        "countryCode",
        (v, a) -> part(COUNTRIES, 0).contains(v) && Set.of(Locale.getISOCountries()).contains(v));
    j.put("company", (v, a) -> company((String) v));
    j.put(
        "freeEmail",
        (v, a) ->
            RegistryContractTest.email((String) v)
                && FREE_MAIL.contains(RegistryContractTest.domainOf((String) v)));
    j.put(
        "email",
        (v, a) ->
            RegistryContractTest.email((String) v)
                && FREE_MAIL.contains(RegistryContractTest.domainOf((String) v)));
    JaJpTextTest.judges(j);
    return j;
  }

  /** Whether a string is written in Japanese script only. */
  static boolean japanese(String s) {
    return JAPANESE.matcher(s).matches();
  }

  /** Surname, one space, given name, both of the tables and in Japanese script. */
  static boolean fullName(String s) {
    int space = s.indexOf(' ');
    return space > 0
        && japanese(s.substring(0, space))
        && japanese(s.substring(space + 1))
        && LAST_NAMES.contains(s.substring(0, space))
        && FIRST_NAMES.contains(s.substring(space + 1));
  }

  /** A town of the tables and a block number. */
  static boolean streetLine(String s) {
    Matcher m = Pattern.compile("(.+?)([0-9][0-9-]*)").matcher(s);
    return m.matches() && TOWNS.contains(m.group(1)) && BLOCK.matcher(m.group(2)).matches();
  }

  /** A full address whose postcode, prefecture, municipality and town are one Japan Post row. */
  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    if (!m.matches() || !BLOCK.matcher(m.group(3)).matches()) {
      return false;
    }
    return HEADS.contains(m.group(1) + ' ' + m.group(2));
  }

  /** Every row as an address writes it before the block number: {@code 100-0001 東京都千代田区千代田}. */
  private static final Set<String> HEADS = heads();

  private static Set<String> heads() {
    Set<String> heads = new java.util.HashSet<>();
    for (String row : ROWS) {
      String[] f = row.split(";");
      heads.add(f[0] + ' ' + f[1] + f[2] + f[3]);
    }
    return heads;
  }

  /** A legal form before or after a surname and a line of business, run together. */
  static boolean company(String s) {
    for (String form : List.of("株式会社", "有限会社", "合同会社")) {
      String rest =
          s.startsWith(form)
              ? s.substring(form.length())
              : s.endsWith(form) ? s.substring(0, s.length() - form.length()) : null;
      if (rest != null) {
        for (String category : CATEGORIES) {
          if (rest.endsWith(category)
              && LAST_NAMES.contains(rest.substring(0, rest.length() - category.length()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Valid for region JP per libphonenumber, in domestic notation with hyphens. */
  static boolean phone(String s) {
    PhoneNumber parsed;
    try {
      parsed = PHONES.parse(s, "JP");
    } catch (NumberParseException e) {
      return false;
    }
    return PHONES.isValidNumberForRegion(parsed, "JP")
        && parsed.getCountryCode() == 81
        && s.matches("0[0-9]{1,3}-[0-9]{2,4}-[0-9]{4}");
  }

  /** A column of a ja_JP table (read by the German judges' reader, from the sibling folder). */
  static Set<String> column(String file, int index) {
    return GermanJudges.column("../ja_JP/" + file, index);
  }

  private static Set<String> part(Set<String> rows, int index) {
    return GermanJudges.part(rows, index);
  }
}
