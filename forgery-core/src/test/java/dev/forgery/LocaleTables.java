package dev.forgery;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a locale's generated data tables for its judges, and judges values whose parts (surnames
 * such as {@code de la Fuente}) may themselves hold spaces, which the en_US and de_DE judges need
 * not allow for.
 */
final class LocaleTables {
  private final String folder;

  /**
   * Reads tables of one locale folder.
   *
   * @param locale a folder under {@code dev/forgery/data}, such as {@code es_ES}
   */
  LocaleTables(String locale) {
    this.folder = locale;
  }

  /** The values of one tab-separated column of a table. */
  Set<String> column(String file, int index) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      out.add(line.split("\t")[index]);
    }
    return out;
  }

  /** The lines of a table. */
  List<String> lines(String file) {
    return lines(folder, file);
  }

  /**
   * The lines of one table of a data folder.
   *
   * @param folder a data folder such as {@code en_GB} or {@code fr}
   * @param file a file such as {@code postcodes.txt}
   */
  static List<String> lines(String folder, String file) {
    String path = "/dev/forgery/data/" + folder + "/" + file;
    try (InputStream in = LocaleTables.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no table " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of a {@code value<TAB>weight} table (or the whole lines of an unweighted one). */
  static Set<String> values(String folder, String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(folder, file)) {
      out.add(line.split("\t")[0]);
    }
    return out;
  }

  /** One {@code ;}-separated field of each row. */
  static Set<String> part(Set<String> rows, int index) {
    Set<String> out = new HashSet<>();
    for (String row : rows) {
      out.add(row.split(";")[index]);
    }
    return out;
  }

  /** Whether {@code s} is a value of {@code left}, {@code separator}, a value of {@code right}. */
  static boolean split(String s, String separator, Set<String> left, Set<String> right) {
    for (int i = s.indexOf(separator); i > 0; i = s.indexOf(separator, i + 1)) {
      if (left.contains(s.substring(0, i)) && right.contains(s.substring(i + separator.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The four patterns of a company name ({@code Company}): surname and legal form, two surnames
   * joined by a hyphen or an ampersand, or {@code A, B <and> C}; surnames may hold spaces.
   */
  static boolean company(String s, Set<String> lastNames, Set<String> suffixes, String and) {
    if (s.isEmpty() || Character.isLowerCase(s.charAt(0))) {
      return false; // a name opens with a capital, "De la Fuente S.L."
    }
    String lowered = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    return companyAsWritten(s, lastNames, suffixes, and)
        || companyAsWritten(lowered, lastNames, suffixes, and);
  }

  /** {@link #company} with the first surname as the table writes it. */
  private static boolean companyAsWritten(
      String s, Set<String> lastNames, Set<String> suffixes, String and) {
    for (String suffix : suffixes) {
      if (s.endsWith(" " + suffix)
          && lastNames.contains(s.substring(0, s.length() - suffix.length() - 1))) {
        return true;
      }
    }
    if (split(s, "-", lastNames, lastNames) || split(s, " & ", lastNames, lastNames)) {
      return true;
    }
    for (int i = s.indexOf(", "); i > 0; i = s.indexOf(", ", i + 1)) {
      if (lastNames.contains(s.substring(0, i))
          && split(s.substring(i + 2), " " + and + " ", lastNames, lastNames)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the judges every European locale shares in form: country names and codes of the language's
   * {@code countries} table, companies of the locale's surnames and legal forms, emails at its
   * free-mail providers, and its default IBANs (IBANs of a country given as argument keep the en_US
   * judge).
   *
   * @param j the locale's judges, by provider name
   * @param countriesFile the language's country table, such as {@code ../es/countries.txt}
   * @param lastNames the locale's surnames
   * @param and the locale's word for "and" in company names
   * @param iban whether a default IBAN is right for the locale
   */
  void addShared(
      Map<String, RegistryContractTest.Judge> j,
      String countriesFile,
      Set<String> lastNames,
      String and,
      Predicate<String> iban) {
    Set<String> countries = column(countriesFile, 0);
    Set<String> names = part(countries, 1);
    Set<String> codes = part(countries, 0);
    Set<String> suffixes = column("company_suffixes.txt", 0);
    Set<String> freeMail = column("free_email_domains.txt", 0);
    j.put("country", (v, a) -> names.contains(v));
    j.put(
        "countryCode", (v, a) -> codes.contains(v) && Set.of(Locale.getISOCountries()).contains(v));
    j.put(
        "iban",
        (v, a) ->
            a.isEmpty()
                ? iban.test((String) v)
                : RegistryContractTest.JUDGES.get("iban").test(v, a));
    j.put("company", (v, a) -> company((String) v, lastNames, suffixes, and));
    RegistryContractTest.Judge mail =
        (v, a) ->
            RegistryContractTest.email((String) v)
                && freeMail.contains(RegistryContractTest.domainOf((String) v));
    j.put("freeEmail", mail);
    j.put("email", mail);
  }

  /**
   * Draws 50 rounds of the country-specific values {@link #draw1} lists.
   *
   * @param faker the faker to draw from
   * @return the values in order
   */
  static List<String> draw(Faker faker) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      out.addAll(draw1(faker));
    }
    return out;
  }

  /**
   * Draws one round: name, address, phone number, IBAN, company, email and city.
   *
   * @param faker the faker to draw from
   * @return the seven values
   */
  static List<String> draw1(Faker faker) {
    return List.of(
        faker.name(),
        faker.address(),
        faker.phoneNumber(),
        faker.iban(),
        faker.company(),
        faker.email(),
        faker.city());
  }

  /**
   * Whether two fakers of different locales, drawn in turns in one thread, give what each gives
   * alone: no state of one locale leaks into the other.
   *
   * @param first a locale
   * @param second another locale
   * @param seed the seed of both fakers
   * @return whether both sequences are unchanged by the interleaving
   */
  static boolean interleavedEqualsAlone(String first, String second, long seed) {
    List<String> firstAlone = draw(new Faker(first, seed));
    List<String> secondAlone = draw(new Faker(second, seed));
    Faker a = new Faker(first, seed);
    Faker b = new Faker(second, seed);
    List<String> firstMixed = new ArrayList<>();
    List<String> secondMixed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      firstMixed.addAll(draw1(a));
      secondMixed.addAll(draw1(b));
    }
    return firstMixed.equals(firstAlone)
        && secondMixed.equals(secondAlone)
        && !firstAlone.equals(secondAlone);
  }

  /**
   * Whether a number is written with its country code ({@code +34 ...}) and valid for the region
   * per libphonenumber.
   *
   * @param s the number as drawn
   * @param region the ISO 3166-1 region, such as {@code ES}
   * @param countryCode the region's calling code, such as 34
   * @return whether libphonenumber accepts it for the region
   */
  static boolean phone(String s, String region, int countryCode) {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    PhoneNumber parsed;
    try {
      parsed = phones.parse(s, region);
    } catch (NumberParseException e) {
      return false;
    }
    return s.startsWith("+" + countryCode + " ")
        && parsed.getCountryCode() == countryCode
        && phones.isValidNumberForRegion(parsed, region);
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /**
   * Whether {@code postcode;place;region} is a row of {@code rows} for one of the regions.
   *
   * @param rows the {@code postcodes} table's values
   */
  static boolean oneRow(Set<String> rows, String postcode, String place, Set<String> regions) {
    for (String region : regions) {
      if (rows.contains(postcode + ';' + place + ';' + region)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number is valid for {@code region} per libphonenumber, has {@code digits} national
   * digits and starts with one of the {@code blocks} (the regulator's fiction blocks).
   */
  static boolean phoneInBlocks(String s, String region, int digits, List<String> blocks) {
    PhoneNumber parsed;
    try {
      parsed = PHONES.parse(s, region);
    } catch (NumberParseException e) {
      return false;
    }
    String national = Long.toString(parsed.getNationalNumber());
    return PHONES.isValidNumberForRegion(parsed, region)
        && national.length() == digits
        && blocks.stream().anyMatch(national::startsWith);
  }
}
