package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.forgery.internal.Locales;
import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import dev.forgery.internal.registry.Registry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of every provider, run over the registry of every supported locale rather than over
 * a list of names: a definition added to a domain's {@code *Providers} class is held to all of it
 * without a test class of its own, and fails here, by name, until {@link #JUDGES} has a judge for
 * its values and, if it takes arguments, {@link #EXAMPLE_ARGS} has argument sets for it.
 *
 * <p>For each definition and each argument set (the defaults, where every parameter has one, and
 * the examples): a batch equals repeated singles through {@link Provider} and {@code generate}; the
 * same seed gives the same values and different seeds different ones; every value is of the
 * definition's type; a seeded column equals reseeded single draws (and unboxed draws equal boxed
 * ones); the provider works from a schema, a record override and {@code generate}; every value
 * passes its judge. Every alias resolves to its definition and draws what the canonical name draws.
 */
class RegistryContractTest {
  /** Batch sizes: one value, and sizes past the 256- and 512-value blocks some providers plan. */
  private static final int[] SIZES = {1, 100, 1_100};

  private static final long[] SEEDS = {0L, 1L, 42L, -7L, Long.MAX_VALUE};

  /** Cells of a seeded column, rows of a schema or record batch. */
  private static final int COLUMN = 1_100;

  /** Values each judge sees per argument set and seed. */
  private static final int SAMPLE = 2_000;

  /** Judges one value of a provider bound to {@code args} ({@code []} for its defaults). */
  @FunctionalInterface
  interface Judge {
    boolean test(Object value, List<Object> args);
  }

  /** A fixture whose only component is filled by a {@link Schema} override. */
  record Holder(Object value) {}

  /** One definition of one locale bound to one argument set. */
  record Case(String locale, ProviderDef def, List<Object> args) {
    String name() {
      return def.name();
    }

    Object[] argArray() {
      return args.toArray();
    }

    Provider<?> provider(long seed) {
      return faker(locale, seed).provider(name(), argArray());
    }

    Generator bind() {
      return def.bind(BuiltIns.registry(locale, TODAY), args, toString());
    }

    @Override
    public String toString() {
      return describe(name(), args) + " [" + locale + "]";
    }
  }

  // -----------------------------------------------------------------------------------------------
  // tables the judges read: the locale's data files and outside validators

  private static final String DATA = "/dev/forgery/data/en_US/";
  private static final Set<String> FIRST_NAMES = table("first_names.txt");
  private static final Set<String> LAST_NAMES = table("last_names.txt");
  private static final Set<String> FREE_EMAIL_DOMAINS = table("free_email_domains.txt");
  private static final Set<String> SAFE_DOMAINS =
      Set.of("example.com", "example.org", "example.net");
  private static final Set<String> STREETS = table("streets.txt");

  /** {@code zip;city;state} rows: a ZIP code always goes with its own city and state. */
  private static final Set<String> ZIP_ROWS = table("zip_codes.txt");

  private static final Set<String> ZIPS = column(ZIP_ROWS, 0);
  private static final Set<String> CITIES = column(ZIP_ROWS, 1);
  private static final Set<String> STATE_CODES = column(table("states.txt"), 0);
  private static final Set<String> STATE_NAMES = column(table("states.txt"), 1);
  private static final Set<String> COUNTRY_NAMES = column(table("countries.txt"), 1);
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> COLORS_WITH_HEX = table("colors.txt");
  private static final Set<String> COMPANY_SUFFIXES = table("company_suffixes.txt");
  private static final Set<String> ADJECTIVES = table("catch_phrase_adjectives.txt");
  private static final Set<String> DESCRIPTORS = table("catch_phrase_descriptors.txt");
  private static final Set<String> NOUNS = table("catch_phrase_nouns.txt");

  private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);
  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The reference date every faker and registry of this test is pinned to. */
  static final LocalDate TODAY = ProvidersContractTest.REFERENCE;

  private static final LocalDate BIRTH_REFERENCE = TODAY;

  /** A street line: house number, a street of the table, an optional unit. */
  private static final Pattern STREET_LINE =
      Pattern.compile(
          "([1-9][0-9]{0,4}) (.+?)(?: (?:Apt [1-9][0-9]{0,2}|Ste [1-9][0-9]{2}|Unit [1-9][0-9]?))?");

  /** A full address: street line, city, state and ZIP code. */
  private static final Pattern ADDRESS = Pattern.compile("(.+), ([^,]+), ([A-Z]{2}) ([0-9]{5})");

  private static final Pattern CARD_GROUPS =
      Pattern.compile("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}|[0-9]{4} [0-9]{6} [0-9]{4,5}");

  /** A seeded faker of {@code locale} pinned to {@link #TODAY}. */
  static Faker faker(String locale, long seed) {
    return new Faker(locale, seed).withToday(TODAY);
  }

  private static Set<String> table(String file) {
    return ProvidersContractTest.firstColumn(DATA + file);
  }

  private static Set<String> column(Set<String> rows, int index) {
    Set<String> out = new HashSet<>();
    for (String row : rows) {
      out.add(row.split(";", -1)[index]);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // judges, one per provider; a registry provider without one fails the contract

  /**
   * How the values of each provider are judged, by canonical name: an outside validator where one
   * exists (commons-validator, libphonenumber, the JDK's parsers), else membership in the locale's
   * tables or the documented format. Every judge reads the arguments it was bound to.
   */
  static final Map<String, Judge> JUDGES = judges();

  private static Map<String, Judge> judges() {
    Map<String, Judge> j = new TreeMap<>();
    // names
    j.put("name", (v, a) -> fullName((String) v));
    j.put("firstName", (v, a) -> FIRST_NAMES.contains(v));
    j.put("lastName", (v, a) -> LAST_NAMES.contains(v));
    // internet
    j.put("email", (v, a) -> email((String) v));
    // patterns: the placeholders filled, everything else kept
    j.put(
        "numerify",
        (v, a) -> filled((String) v, a.isEmpty() ? "" : (String) a.get(0), true, false));
    j.put(
        "letterify",
        (v, a) -> filled((String) v, a.isEmpty() ? "" : (String) a.get(0), false, true));
    j.put(
        "bothify", (v, a) -> filled((String) v, a.isEmpty() ? "" : (String) a.get(0), true, true));
    j.put(
        "digits",
        (v, a) ->
            ((String) v).matches("\\d*")
                && ((String) v).length() == (a.isEmpty() ? 10 : ((Number) a.get(0)).intValue()));
    j.put(
        "hexDigits",
        (v, a) ->
            ((String) v).chars().allMatch(HexFormat::isHexDigit)
                && ((String) v).equals(((String) v).toLowerCase(Locale.ROOT))
                && ((String) v).length() == (a.isEmpty() ? 8 : ((Number) a.get(0)).intValue()));
    j.put(
        "longValue",
        (v, a) ->
            (Long) v >= (a.isEmpty() ? 0L : ((Number) a.get(0)).longValue())
                && (Long) v <= (a.isEmpty() ? 100L : ((Number) a.get(1)).longValue()));
    // A username is a valid local part: with a reserved domain it makes a valid address.
    j.put(
        "username",
        (v, a) -> ((String) v).matches("[a-z0-9._]{1,64}") && email(v + "@example.com"));
    j.put("safeEmail", (v, a) -> email((String) v) && SAFE_DOMAINS.contains(domainOf((String) v)));
    j.put(
        "freeEmail",
        (v, a) -> email((String) v) && FREE_EMAIL_DOMAINS.contains(domainOf((String) v)));
    j.put("url", (v, a) -> ProvidersContractTest.isUrl((String) v));
    j.put(
        "safeUrl",
        (v, a) ->
            ProvidersContractTest.isUrl((String) v)
                && URI.create((String) v).getHost().matches("(.+\\.)?example\\.(com|net|org)"));
    j.put("domainName", (v, a) -> ProvidersContractTest.DOMAINS.isValid((String) v));
    j.put(
        "safeDomainName",
        (v, a) ->
            ProvidersContractTest.DOMAINS.isValid((String) v)
                && ((String) v).matches("[a-z0-9-]+\\.example\\.(com|net|org)"));
    j.put(
        "ipv4",
        (v, a) ->
            ProvidersContractTest.IPS.isValidInet4Address((String) v)
                && ProvidersContractTest.parsesAsIp((String) v));
    j.put(
        "safeIpv4",
        (v, a) ->
            ProvidersContractTest.IPS.isValidInet4Address((String) v)
                && ((String) v).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.[0-9]+"));
    j.put(
        "ipv6",
        (v, a) ->
            ProvidersContractTest.IPS.isValidInet6Address((String) v)
                && ProvidersContractTest.parsesAsIp((String) v)
                && ((String) v).matches("[23][0-9a-f]{3}:.*"));
    j.put(
        "safeIpv6",
        (v, a) ->
            ProvidersContractTest.IPS.isValidInet6Address((String) v)
                && ((String) v).startsWith("2001:db8:"));
    j.put("macAddress", (v, a) -> macAddress((String) v));
    // address
    j.put("address", (v, a) -> address((String) v));
    j.put("streetAddress", (v, a) -> streetLine((String) v));
    j.put("city", (v, a) -> CITIES.contains(v));
    j.put("state", (v, a) -> STATE_NAMES.contains(v));
    j.put("stateAbbr", (v, a) -> STATE_CODES.contains(v));
    j.put("postcode", (v, a) -> ((String) v).matches("[0-9]{5}") && ZIPS.contains(v));
    j.put("country", (v, a) -> COUNTRY_NAMES.contains(v));
    j.put("countryCode", (v, a) -> ISO_COUNTRIES.contains(v));
    // phone
    j.put("phoneNumber", (v, a) -> PhoneNumberProviderTest.validFictional((String) v));
    // finance
    j.put("creditCardNumber", (v, a) -> cardNumber((String) v, a));
    j.put(
        "formattedCreditCardNumber",
        (v, a) ->
            CARD_GROUPS.matcher((String) v).matches()
                && cardNumber(((String) v).replace(" ", ""), a));
    j.put("iban", (v, a) -> iban((String) v, a));
    // dates
    j.put("date", (v, a) -> date((LocalDate) v, a));
    j.put("dateTime", (v, a) -> dateTime((LocalDateTime) v, a));
    j.put("dateOfBirth", (v, a) -> dateOfBirth((LocalDate) v, a));
    // text
    textJudges(j, ProvidersContractTest.WORDS);
    // identifiers
    j.put("uuid", (v, a) -> uuid((UUID) v));
    j.put("md5", (v, a) -> ProvidersContractTest.isHex((String) v, 32));
    j.put("sha256", (v, a) -> ProvidersContractTest.isHex((String) v, 64));
    // company
    j.put("company", (v, a) -> company((String) v));
    j.put("job", (v, a) -> ProvidersContractTest.JOBS.contains(v));
    j.put("catchPhrase", (v, a) -> catchPhrase((String) v));
    // colour
    j.put("color", (v, a) -> ProvidersContractTest.CSS_NAMES.contains(v));
    j.put("colorWithHex", (v, a) -> COLORS_WITH_HEX.contains(v));
    j.put(
        "hexColor",
        (v, a) -> ((String) v).matches("#[0-9a-f]{6}") && Integer.decode((String) v) <= 0xFF_FFFF);
    j.put("rgbColor", (v, a) -> ColorTest.isRgb((String) v));
    // numbers
    j.put(
        "integer", (v, a) -> (Integer) v >= integer(a, 0, 0) && (Integer) v <= integer(a, 1, 100));
    j.put("doubleValue", (v, a) -> doubleValue((Double) v, a));
    j.put("bool", (v, a) -> bool((Boolean) v, a));
    // choice
    j.put("choice", (v, a) -> choices(a).contains(v));
    CodeJudges.judges(j);
    CommerceJudges.judges(j);
    WebJudges.judges(j);
    AddressPartJudges.judges(j);
    TimeJudges.judges(j);
    return j;
  }

  static boolean fullName(String s) {
    return fullName(s, FIRST_NAMES, LAST_NAMES);
  }

  /** A first name and a surname of a locale's tables, in that order, one space between. */
  static boolean fullName(String s, Set<String> firstNames, Set<String> lastNames) {
    int space = s.indexOf(' ');
    return space > 0
        && firstNames.contains(s.substring(0, space))
        && lastNames.contains(s.substring(space + 1));
  }

  /** Whether {@code value} is {@code pattern} with its placeholders filled as named. */
  static boolean filled(String value, String pattern, boolean digits, boolean letters) {
    if (value.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char p = pattern.charAt(i);
      char c = value.charAt(i);
      boolean ok =
          digits && p == '#'
              ? c >= '0' && c <= '9'
              : letters && p == '?' ? c >= 'a' && c <= 'z' : c == p;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean email(String s) {
    return EMAILS.isValid(s)
        && s.matches("[a-z0-9._]+@[a-z0-9.-]+\\.[a-z]+")
        && s.indexOf('@') <= 64;
  }

  static String domainOf(String email) {
    return email.substring(email.indexOf('@') + 1);
  }

  static boolean macAddress(String s) {
    return s.length() == 17
        && s.equals(s.toLowerCase(Locale.ROOT))
        && HexFormat.ofDelimiter(":").parseHex(s).length == 6
        && (HexFormat.fromHexDigits(s, 0, 2) & 0x03) == 0;
  }

  static boolean streetLine(String s) {
    Matcher m = STREET_LINE.matcher(s);
    return m.matches() && STREETS.contains(m.group(2));
  }

  static boolean address(String s) {
    Matcher m = ADDRESS.matcher(s);
    return m.matches()
        && streetLine(m.group(1))
        && ZIP_ROWS.contains(m.group(4) + ";" + m.group(2) + ";" + m.group(3))
        && AddressProvidersTest.uspsAddress(s);
  }

  static boolean cardNumber(String s, List<Object> args) {
    if (!LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(s)) {
      return false;
    }
    if (!args.isEmpty()) {
      return FinanceProvidersTest.validFor(CardBrand.of((String) args.get(0)), s);
    }
    for (CardBrand brand : CardBrand.values()) {
      if (FinanceProvidersTest.validFor(brand, s)) {
        return true;
      }
    }
    return false;
  }

  static boolean iban(String s, List<Object> args) {
    if (args.isEmpty()) {
      return IBANS.isValid(s) && FinanceProvidersTest.mod97(s);
    }
    String country = ((String) args.get(0)).toUpperCase(Locale.ROOT);
    return s.startsWith(country)
        && FinanceProvidersTest.mod97(s)
        && (!IBANS.hasValidator(country) || IBANS.isValid(s));
  }

  static boolean date(LocalDate d, List<Object> args) {
    LocalDate start = args.isEmpty() ? LocalDate.of(1970, 1, 1) : localDate(args.get(0));
    LocalDate end = args.isEmpty() ? LocalDate.of(2030, 12, 31) : localDate(args.get(1));
    return LocalDate.parse(d.toString()).equals(d) && !d.isBefore(start) && !d.isAfter(end);
  }

  static boolean dateTime(LocalDateTime t, List<Object> args) {
    LocalDateTime start =
        args.isEmpty() ? LocalDateTime.of(1970, 1, 1, 0, 0) : localDateTime(args.get(0));
    LocalDateTime end =
        args.isEmpty() ? LocalDateTime.of(2030, 12, 31, 23, 59, 59) : localDateTime(args.get(1));
    return t.getNano() == 0
        && LocalDateTime.parse(t.toString()).equals(t)
        && !t.isBefore(start)
        && !t.isAfter(end);
  }

  static boolean dateOfBirth(LocalDate d, List<Object> args) {
    int age = ProvidersContractTest.age(d, BIRTH_REFERENCE);
    return LocalDate.parse(d.toString()).equals(d)
        && age >= integer(args, 0, 18)
        && age <= integer(args, 1, 100);
  }

  static boolean uuid(UUID u) {
    return UUID.fromString(u.toString()).equals(u) && u.version() == 4 && u.variant() == 2;
  }

  /** The four patterns of a company name, every surname and suffix from the tables. */
  static boolean company(String s) {
    return company(s, LAST_NAMES, COMPANY_SUFFIXES, "and");
  }

  /**
   * The four patterns of a company name of a locale: surname and legal form, two surnames joined by
   * a hyphen or an ampersand, or three surnames with the locale's word for "and".
   */
  static boolean company(String s, Set<String> lastNames, Set<String> suffixes, String and) {
    for (String suffix : suffixes) {
      if (s.endsWith(" " + suffix)
          && lastNames.contains(s.substring(0, s.length() - suffix.length() - 1))) {
        return true;
      }
    }
    Matcher m = Pattern.compile("([^ ,&-]+)(?:-| & )([^ ,&-]+)").matcher(s);
    if (m.matches()) {
      return lastNames.contains(m.group(1)) && lastNames.contains(m.group(2));
    }
    m = Pattern.compile("([^ ,&-]+), ([^ ,&-]+) " + and + " ([^ ,&-]+)").matcher(s);
    return m.matches()
        && lastNames.contains(m.group(1))
        && lastNames.contains(m.group(2))
        && lastNames.contains(m.group(3));
  }

  /** An adjective, a descriptor and a noun of the tables, in that order. */
  static boolean catchPhrase(String s) {
    int space = s.indexOf(' ');
    if (space < 0 || !ADJECTIVES.contains(s.substring(0, space))) {
      return false;
    }
    String rest = s.substring(space + 1);
    for (String descriptor : DESCRIPTORS) {
      if (rest.startsWith(descriptor + " ")
          && NOUNS.contains(rest.substring(descriptor.length() + 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean doubleValue(double v, List<Object> args) {
    double min = args.isEmpty() ? 0.0 : ((Number) args.get(0)).doubleValue();
    double max = args.isEmpty() ? 1.0 : ((Number) args.get(1)).doubleValue();
    boolean inRange = v >= min && v < max;
    if (args.size() < 3) {
      return inRange;
    }
    return inRange
        && BigDecimal.valueOf(v).stripTrailingZeros().scale() <= ((Number) args.get(2)).intValue();
  }

  static boolean bool(boolean b, List<Object> args) {
    double p = args.isEmpty() ? 0.5 : ((Number) args.get(0)).doubleValue();
    return (b || p < 1.0) && (!b || p > 0.0);
  }

  /** The values a choice can give: those it lists, less any of weight zero. */
  static Set<String> choices(List<Object> args) {
    Set<String> out = new LinkedHashSet<>();
    Object first = args.get(0);
    if (first instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) first).entrySet()) {
        if (((Number) e.getValue()).doubleValue() > 0) {
          out.add((String) e.getKey());
        }
      }
    } else if (first instanceof List) {
      List<?> values = (List<?>) first;
      List<?> weights = args.size() > 1 ? (List<?>) args.get(1) : null;
      for (int i = 0; i < values.size(); i++) {
        if (weights == null || ((Number) weights.get(i)).doubleValue() > 0) {
          out.add((String) values.get(i));
        }
      }
    } else {
      for (Object value : args) {
        out.add((String) value);
      }
    }
    return out;
  }

  /**
   * Puts the judges of the text providers ({@code word}, {@code sentence}, {@code paragraph},
   * {@code text}) for a language's lorem words.
   */
  static void textJudges(Map<String, Judge> j, Set<String> words) {
    j.put("word", (v, a) -> words.contains(v));
    j.put(
        "sentence",
        (v, a) ->
            ProvidersContractTest.isSentence(
                (String) v, integer(a, 0, 3), a.isEmpty() ? 12 : integer(a, 0, 0), words));
    j.put(
        "paragraph",
        (v, a) -> {
          int sentences = ProvidersContractTest.sentenceCount((String) v, words);
          return a.isEmpty() ? sentences >= 2 && sentences <= 6 : sentences == integer(a, 0, 0);
        });
    j.put(
        "text",
        (v, a) -> {
          String s = (String) v;
          return s.length() >= integer(a, 0, 50)
              && s.length() <= integer(a, 1, 200)
              && (s.isEmpty() || ProvidersContractTest.sentenceCount(s, words) >= 1);
        });
  }

  static int integer(List<Object> args, int index, int fallback) {
    return index < args.size() ? ((Number) args.get(index)).intValue() : fallback;
  }

  static LocalDate localDate(Object arg) {
    return arg instanceof LocalDate ? (LocalDate) arg : LocalDate.parse((String) arg);
  }

  static LocalDateTime localDateTime(Object arg) {
    if (arg instanceof LocalDateTime) {
      return (LocalDateTime) arg;
    }
    if (arg instanceof LocalDate) {
      return ((LocalDate) arg).atStartOfDay();
    }
    String s = (String) arg;
    return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
  }

  // -----------------------------------------------------------------------------------------------
  // argument sets

  /**
   * Argument sets other than the defaults, by canonical name: every provider that takes arguments
   * needs at least one; for one with a parameter without a default (choice) they are its only
   * cases.
   */
  static final Map<String, List<List<Object>>> EXAMPLE_ARGS = exampleArgs();

  private static Map<String, List<List<Object>>> exampleArgs() {
    Map<String, List<List<Object>>> e = new TreeMap<>();
    e.put(
        "integer",
        List.of(
            List.of(18, 65),
            List.of(-3, 3),
            List.of(7, 7),
            List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    e.put("doubleValue", List.of(List.of(1, 2, 2), List.of(-10.5, 10.5), List.of(0, 1, 0)));
    e.put("bool", List.of(List.of(0.3), List.of(1.0)));
    e.put(
        "date",
        List.of(
            List.of("2020-01-01", "2020-12-31"),
            List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29))));
    e.put(
        "dateTime",
        List.of(
            List.of("2024-01-01T00:00", "2024-01-01T00:01:00"),
            List.of(LocalDate.of(2000, 1, 1), LocalDateTime.of(2000, 1, 2, 12, 0))));
    e.put("dateOfBirth", List.of(List.of(30, 40), List.of(65, 100)));
    e.put("sentence", List.of(List.of(7), List.of(1)));
    e.put("paragraph", List.of(List.of(3), List.of(1)));
    e.put("text", List.of(List.of(20, 25), List.of(300, 400)));
    e.put("creditCardNumber", List.of(List.of("amex"), List.of("visa"), List.of("jcb")));
    e.put("formattedCreditCardNumber", List.of(List.of("amex"), List.of("diners")));
    e.put("iban", List.of(List.of("FR"), List.of("mu")));
    e.put("numerify", List.of(List.of("###-##"), List.of("a#b#c#")));
    e.put("letterify", List.of(List.of("??-??"), List.of("#?#")));
    e.put("bothify", List.of(List.of("??-####")));
    e.put("digits", List.of(List.of(4), List.of(30)));
    e.put("hexDigits", List.of(List.of(1), List.of(16), List.of(33)));
    e.put("longValue", List.of(List.of(-5_000_000_000L, 5_000_000_000L), List.of(7L, 9L)));
    e.put(
        "choice",
        List.of(
            List.of(List.of("red", "green", "blue")),
            List.of(List.of("a", "b", "c"), List.of(3, 1, 0)),
            List.of(Map.of("active", 8, "inactive", 1, "pending", 1)),
            List.of("x", "y")));
    CodeJudges.exampleArgs(e);
    CommerceJudges.exampleArgs(e);
    WebJudges.exampleArgs(e);
    AddressPartJudges.exampleArgs(e);
    TimeJudges.exampleArgs(e);
    return e;
  }

  private static boolean needsArguments(ProviderDef def) {
    return def.params().stream().anyMatch(p -> p.defaultValue() == null);
  }

  /** The argument sets a definition is checked with: its defaults if it has them, the examples. */
  private static List<List<Object>> argumentSets(ProviderDef def) {
    List<List<Object>> sets = new ArrayList<>();
    if (!needsArguments(def)) {
      sets.add(List.of());
    }
    if (!def.params().isEmpty()) {
      sets.addAll(EXAMPLE_ARGS.getOrDefault(def.name(), List.of()));
    }
    return sets;
  }

  // -----------------------------------------------------------------------------------------------
  // the contract

  @TestFactory
  Stream<DynamicNode> everyProviderOfEveryLocale() {
    List<DynamicNode> locales = new ArrayList<>();
    for (String locale : Locales.SUPPORTED) {
      Registry registry = BuiltIns.registry(locale, TODAY);
      List<DynamicNode> providers = new ArrayList<>();
      for (ProviderDef def : registry.availableDefinitions()) {
        providers.add(provider(locale, def));
      }
      for (ProviderDef def : registry.definitions()) {
        if (!registry.available().contains(def.name())) {
          providers.add(
              dynamicTest(
                  def.name() + " is not available and says so", () -> unavailable(registry, def)));
        }
      }
      locales.add(dynamicContainer(locale + ": " + coverage(registry), providers));
    }
    return locales.stream();
  }

  @TestFactory
  Stream<DynamicNode> everyJudgeAndExampleNamesAProviderOfItsKind() {
    Map<String, ProviderDef> known = new TreeMap<>();
    for (String locale : Locales.SUPPORTED) {
      for (ProviderDef def : BuiltIns.registry(locale, TODAY).definitions()) {
        known.put(def.name(), def);
      }
    }
    return Stream.of(
        dynamicTest(
            "every judge names a provider",
            () ->
                assertThat(known.keySet())
                    .as("providers of RegistryContractTest.JUDGES")
                    .containsAll(JUDGES.keySet())),
        dynamicTest(
            "every example names a provider that takes arguments",
            () -> {
              for (Map.Entry<String, List<List<Object>>> e : EXAMPLE_ARGS.entrySet()) {
                ProviderDef def = known.get(e.getKey());
                assertThat(def)
                    .as("EXAMPLE_ARGS entry '%s' names a registry provider", e.getKey())
                    .isNotNull();
                assertThat(def.params())
                    .as("parameters of %s, which EXAMPLE_ARGS gives arguments", e.getKey())
                    .isNotEmpty();
                assertThat(e.getValue())
                    .as("argument sets of %s", e.getKey())
                    .isNotEmpty()
                    .allSatisfy(args -> assertThat(args).isNotEmpty());
              }
            }));
  }

  private static DynamicNode provider(String locale, ProviderDef def) {
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(dynamicTest("has a judge", () -> judge(locale, def)));
    if (!def.params().isEmpty()) {
      nodes.add(dynamicTest("has example arguments", () -> examples(locale, def)));
    }
    nodes.add(dynamicTest("every alias resolves to it", () -> aliases(locale, def)));
    if (needsArguments(def)) {
      nodes.add(
          dynamicTest(
              "without its arguments fails naming it", () -> withoutArguments(locale, def)));
    }
    for (List<Object> args : argumentSets(def)) {
      nodes.add(argumentSet(new Case(locale, def, args)));
    }
    return dynamicContainer(def.signature(), nodes);
  }

  private static DynamicNode argumentSet(Case c) {
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(dynamicTest("a batch equals repeated singles", () -> batchEqualsSingles(c)));
    if (c.args().isEmpty()) {
      tests.add(dynamicTest("generate: a batch equals repeated singles", () -> generate(c)));
    }
    tests.add(dynamicTest("the same seed gives the same values", () -> determinism(c)));
    tests.add(dynamicTest("values are of the definition's type", () -> types(c)));
    tests.add(dynamicTest("a seeded column equals reseeded singles", () -> column(c)));
    Generator.Kind kind;
    try {
      kind = c.bind().kind();
    } catch (RuntimeException e) {
      kind = Generator.Kind.OBJECT; // the checks below report the failure to bind
    }
    if (kind != Generator.Kind.OBJECT) {
      tests.add(dynamicTest("unboxed " + kind + " draws equal boxed ones", () -> unboxed(c)));
    }
    tests.add(dynamicTest("values pass the judge", () -> valid(c)));
    tests.add(dynamicTest("usable from a schema", () -> schema(c)));
    tests.add(dynamicTest("usable from a record override", () -> record(c)));
    return dynamicContainer(describe(c.name(), c.args()), tests);
  }

  // -----------------------------------------------------------------------------------------------
  // checks

  /** A provider without data in a locale fails naming itself and the locale, never borrowing. */
  private static void unavailable(Registry registry, ProviderDef def) {
    assertThatThrownBy(() -> faker(registry.locale(), 1L).provider(def.name()).next())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provider '" + def.name() + "' is not available in locale")
        .hasMessageContaining(registry.locale())
        .hasMessageContaining(registry.available().get(0));
  }

  private static Judge judge(String locale, ProviderDef def) {
    Map<String, Judge> local =
        switch (locale) {
          case "de_DE" -> GermanJudges.JUDGES;
          case "en_GB" -> BritishJudges.JUDGES;
          case "es_ES" -> SpanishJudges.JUDGES;
          case "fr_FR" -> FrenchJudges.JUDGES;
          case "it_IT" -> ItalianJudges.JUDGES;
          case "ja_JP" -> JapaneseJudges.JUDGES;
          default -> Map.of();
        };
    Judge judge = local.getOrDefault(def.name(), JUDGES.get(def.name()));
    if (judge == null) {
      fail(
          "provider '%s' (%s, locale %s) has no judge: add one to RegistryContractTest.JUDGES that"
              + " checks its values with an outside validator, a table or its format",
          def.name(), def.summary(), locale);
    }
    return judge;
  }

  private static void examples(String locale, ProviderDef def) {
    if (!EXAMPLE_ARGS.containsKey(def.name())) {
      fail(
          "provider '%s' (locale %s) takes arguments %s but has no entry in"
              + " RegistryContractTest.EXAMPLE_ARGS: add at least one argument set%s",
          def.name(),
          locale,
          def.signature(),
          needsArguments(def) ? "" : " other than the defaults");
    }
  }

  /** Judges values with the case's judge, naming the provider and the value on failure. */
  private static void assertValid(Case c, List<?> values, String from) {
    Judge judge = judge(c.locale(), c.def());
    for (Object value : values) {
      assertThat(value).as("%s value from %s", c, from).isInstanceOf(c.def().type());
      boolean ok;
      try {
        ok = judge.test(value, c.args());
      } catch (RuntimeException e) {
        throw new AssertionError(c + " value '" + value + "' from " + from + " broke its judge", e);
      }
      assertThat(ok).as("%s value '%s' from %s passes its judge", c, value, from).isTrue();
    }
  }

  private static void aliases(String locale, ProviderDef def) {
    Object[] args =
        needsArguments(def) ? EXAMPLE_ARGS.get(def.name()).get(0).toArray() : new Object[0];
    Faker faker = faker(locale, 1L);
    assertThat(faker.providers()).contains(def.name());
    List<String> names = new ArrayList<>(def.aliases());
    names.add(def.name());
    for (String name : List.copyOf(names)) {
      names.add(snakeCase(name));
    }
    List<?> expected = faker(locale, 3L).provider(def.name(), args).next(50);
    for (String name : names) {
      Provider<?> provider = faker(locale, 3L).provider(name, args);
      assertThat(provider.name()).as("'%s' resolves to", name).isEqualTo(def.name());
      assertThat(provider.next(50)).as("values of '%s'", name).isEqualTo(expected);
      if (!needsArguments(def)) {
        assertThat(faker(locale, 3L).generate(name, 50))
            .as("generate('%s')", name)
            .isEqualTo(expected);
      }
    }
  }

  private static void withoutArguments(String locale, ProviderDef def) {
    Faker faker = faker(locale, 1L);
    assertThatThrownBy(() -> faker.provider(def.name()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(def.name());
    assertThatThrownBy(() -> faker.generate(def.name()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(def.name());
    assertThatThrownBy(() -> Schema.builder().field("v", def.name()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v'");
  }

  private static void batchEqualsSingles(Case c) {
    for (int n : SIZES) {
      Provider<?> one = c.provider(99L);
      List<Object> singles = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        singles.add(one.next());
      }
      Provider<?> many = c.provider(99L);
      List<?> batch = many.next(n);
      assertThat(batch).as("%s: next(%d) equals %d calls of next()", c, n, n).isEqualTo(singles);
      assertThat(batch).isUnmodifiable();
      assertThat(many.next()).as("%s: the value after a batch of %d", c, n).isEqualTo(one.next());
    }
    assertThat(c.provider(1L).next(0)).isEmpty();
  }

  private static void generate(Case c) {
    for (int n : SIZES) {
      Faker one = faker(c.locale(), 77L);
      List<Object> singles = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        singles.add(one.generate(c.name()));
      }
      Faker many = faker(c.locale(), 77L);
      List<Object> batch = many.generate(c.name(), n);
      assertThat(batch)
          .as("%s: generate(name, %d) equals %d calls of generate(name)", c, n, n)
          .isEqualTo(singles);
      assertThat(many.generate(c.name())).isEqualTo(one.generate(c.name()));
      assertThat(c.provider(77L).next(n))
          .as("%s: generate and provider draw the same", c)
          .isEqualTo(batch);
    }
    assertValid(c, faker(c.locale(), 5L).generate(c.name(), SAMPLE), "generate");
  }

  private static void determinism(Case c) {
    long domain = c.bind().domainSize();
    boolean tiny = domain >= 0 && domain <= 1;
    List<?> previous = null;
    for (long seed : SEEDS) {
      List<?> a = c.provider(seed).next(100);
      assertThat(c.provider(seed).next(100)).as("%s with seed %d", c, seed).isEqualTo(a);
      if (previous != null && !tiny) {
        assertThat(a).as("%s: seed %d and the seed before it", c, seed).isNotEqualTo(previous);
      }
      previous = a;
    }
  }

  private static void types(Case c) {
    Provider<?> provider = c.provider(8L);
    assertThat(provider.name()).isEqualTo(c.name());
    assertThat(provider.type()).as("%s: Provider.type()", c).isEqualTo(c.def().type());
    assertThat(c.bind().valueType()).as("%s: the generator's type", c).isEqualTo(c.def().type());
    assertThat(provider.next()).isInstanceOf(c.def().type());
    assertThat(provider.next(COLUMN)).allSatisfy(v -> assertThat(v).isInstanceOf(c.def().type()));
  }

  private static long[] seeds(long from, int count) {
    SplitMix64 seeder = new SplitMix64(from);
    long[] seeds = new long[count];
    for (int k = 0; k < count; k++) {
      seeds[k] = seeder.nextLong();
    }
    // Neighbouring and repeated seeds too, as a schema's row seeds may be.
    seeds[1] = seeds[0] + 1;
    seeds[2] = seeds[0];
    return seeds;
  }

  private static Object[] reseededSingles(Generator gen, long[] seeds) {
    SplitMix64 random = new SplitMix64(-1L);
    Object[] out = new Object[seeds.length];
    for (int k = 0; k < seeds.length; k++) {
      random.reseed(seeds[k]);
      out[k] = gen.next(random);
    }
    return out;
  }

  private static void column(Case c) {
    Generator gen = c.bind();
    for (long from : new long[] {3L, 4L}) {
      long[] seeds = seeds(from, COLUMN);
      Object[] expected = reseededSingles(gen, seeds);
      Object[] out = new Object[COLUMN + 5];
      gen.fill(new SplitMix64(from * 31), seeds, out, 5, COLUMN);
      assertThat(Arrays.copyOfRange(out, 5, COLUMN + 5))
          .as("%s: fill(seeds) equals reseed(seeds[k]); next() per cell", c)
          .containsExactly(expected);
      assertThat(Arrays.copyOfRange(out, 0, 5))
          .as("%s: cells before the column", c)
          .containsOnlyNulls();
      // A short column of the same seeds gives the same cells.
      Object[] head = new Object[7];
      gen.fill(new SplitMix64(0L), seeds, head, 0, 7);
      assertThat(head).containsExactly(Arrays.copyOf(expected, 7));
    }
    // A column and a sequential batch draw what next() draws.
    SplitMix64 a = new SplitMix64(12L);
    SplitMix64 b = new SplitMix64(12L);
    Object[] batch = new Object[COLUMN];
    gen.batch(a, batch, 0, COLUMN);
    for (int k = 0; k < COLUMN; k++) {
      assertThat(batch[k]).as("%s: batch cell %d", c, k).isEqualTo(gen.next(b));
    }
    assertThat(a.nextLong())
        .as("%s: a batch consumes what its singles do", c)
        .isEqualTo(b.nextLong());
  }

  private static void unboxed(Case c) {
    Generator gen = c.bind();
    SplitMix64 a = new SplitMix64(21L);
    SplitMix64 b = new SplitMix64(21L);
    for (int k = 0; k < COLUMN; k++) {
      Object boxed = gen.next(b);
      switch (gen.kind()) {
        case INT:
          assertThat(gen.nextInt(a)).as("%s: nextInt %d", c, k).isEqualTo(boxed);
          break;
        case DOUBLE:
          assertThat(gen.nextDouble(a)).as("%s: nextDouble %d", c, k).isEqualTo(boxed);
          break;
        default:
          assertThat(gen.nextBoolean(a)).as("%s: nextBoolean %d", c, k).isEqualTo(boxed);
          break;
      }
    }
    assertThat(a.nextLong())
        .as("%s: unboxed draws consume what boxed do", c)
        .isEqualTo(b.nextLong());
    if (gen.kind() == Generator.Kind.INT) {
      long[] seeds = seeds(5L, COLUMN);
      Object[] expected = reseededSingles(gen, seeds);
      int[] ints = new int[COLUMN + 2];
      gen.fillInts(new SplitMix64(0L), seeds, ints, 2, COLUMN);
      for (int k = 0; k < COLUMN; k++) {
        assertThat(ints[2 + k]).as("%s: fillInts cell %d", c, k).isEqualTo(expected[k]);
      }
    }
  }

  private static void valid(Case c) {
    for (long seed : new long[] {2024L, -1L}) {
      assertValid(c, c.provider(seed).next(SAMPLE), "Provider.next(n)");
    }
    Provider<?> provider = c.provider(9L);
    List<Object> singles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      singles.add(provider.next());
    }
    assertValid(c, singles, "Provider.next()");
  }

  private static void schema(Case c) {
    Schema schema =
        Schema.builder(faker(c.locale(), 0L)).field("v", c.name(), c.argArray()).build();
    List<Map<String, Object>> rows = faker(c.locale(), 5L).records(COLUMN, schema);
    ColumnBatch columns = faker(c.locale(), 5L).columns(COLUMN, schema);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < COLUMN; i++) {
      Object value = rows.get(i).get("v");
      values.add(value);
      assertThat(columns.get("v", i)).as("%s: columns and records row %d", c, i).isEqualTo(value);
    }
    assertValid(c, values, "a schema field");
    assertThat(faker(c.locale(), 5L).records(COLUMN, schema))
        .as("%s: schema rows with the same seed", c)
        .isEqualTo(rows);
  }

  private static void record(Case c) {
    Schema overrides =
        Schema.builder(faker(c.locale(), 0L)).field("value", c.name(), c.argArray()).build();
    List<Holder> holders = faker(c.locale(), 6L).records(COLUMN, Holder.class, overrides);
    List<Object> values = new ArrayList<>();
    for (Holder holder : holders) {
      values.add(holder.value());
    }
    assertValid(c, values, "a record component");
    assertThat(faker(c.locale(), 6L).records(COLUMN, Holder.class, overrides))
        .as("%s: records with the same seed", c)
        .isEqualTo(holders);
  }

  // -----------------------------------------------------------------------------------------------

  /** {@code ipv4Address} to {@code ipv4_address}: the spelling of schemas and annotations. */
  static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  static String describe(String name, List<Object> args) {
    if (args.isEmpty()) {
      return name;
    }
    List<String> shown = new ArrayList<>();
    for (Object arg : args) {
      shown.add(arg instanceof String ? "\"" + arg + "\"" : String.valueOf(arg));
    }
    return name + "(" + String.join(", ", shown) + ")";
  }

  /** How much of a registry the contract covers, e.g. {@code 52 providers, 100 aliases, ...}. */
  static String coverage(Registry registry) {
    int aliases = 0;
    int sets = 0;
    for (ProviderDef def : registry.definitions()) {
      aliases += def.aliases().size();
      sets += argumentSets(def).size();
    }
    return registry.definitions().size()
        + " providers, "
        + aliases
        + " aliases, "
        + sets
        + " argument sets";
  }
}
