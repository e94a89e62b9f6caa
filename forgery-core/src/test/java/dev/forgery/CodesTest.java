package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.validator.routines.ISBNValidator;
import org.apache.commons.validator.routines.checkdigit.EAN13CheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.Test;

/**
 * ISBNs, EANs, VINs, IMEIs, currency codes, letters and alphanumerics through the faker: what the
 * registry contract does not cover. Bad lengths, the judges against published numbers, the spread
 * of prefixes, model years and characters, and the currency table against the running JDK.
 */
class CodesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static Faker faker(long seed) {
    return new Faker("en_US", seed).withToday(TODAY);
  }

  // -----------------------------------------------------------------------------------------------
  // arguments

  @Test
  void badLengthsNameTheArgumentTheValueAndTheRange() {
    Faker faker = faker(1L);
    for (int bad : new int[] {0, -1, 10_001, Integer.MIN_VALUE}) {
      String message = "length must be between 1 and 10000, got " + bad;
      assertThatThrownBy(() -> faker.letters(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(message);
      assertThatThrownBy(() -> faker.alphanumeric(bad)).hasMessageContaining(message);
      assertThatThrownBy(() -> faker.letters(3, bad)).hasMessageContaining(message);
      assertThatThrownBy(() -> faker.alphanumerics(3, bad)).hasMessageContaining(message);
      assertThatThrownBy(() -> faker.provider("alnum", bad)).hasMessageContaining(message);
    }
    assertThatThrownBy(() -> Schema.builder().field("code", "letters", 0).build())
        .hasMessageContaining("field 'code'")
        .hasMessageContaining("length must be between 1 and 10000, got 0");
    assertThatThrownBy(() -> faker.provider("alphanumeric", "ten"))
        .hasMessageContaining("length must be an int, got \"ten\" (String)");
    assertThatThrownBy(() -> faker.letters(-1, 5)).hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> faker.isbn13s(-1)).hasMessageContaining("n must be >= 0");
    assertThat(faker.letters(1)).matches("[a-z]");
    assertThat(faker.alphanumeric(10_000)).matches("[a-z0-9]{10000}");
  }

  @Test
  void providersWithoutParametersRefuseArguments() {
    Faker faker = faker(1L);
    for (String name : List.of("isbn10", "isbn13", "ean13", "vin", "imei", "currencyCode")) {
      assertThatThrownBy(() -> faker.provider(name, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the provider '" + name + "' takes no arguments, got [5]");
    }
  }

  @Test
  void aliasesAndDefaultsReachTheirDefinitions() {
    Map<String, String> aliases =
        Map.of(
            "isbn", "isbn13",
            "ean", "ean13",
            "gtin13", "ean13",
            "barcode", "ean13",
            "vehicle_identification_number", "vin",
            "imeiNumber", "imei",
            "currency", "currencyCode",
            "alphabetic", "letters",
            "characters", "alphanumeric");
    aliases.forEach(
        (alias, name) ->
            assertThat(faker(9L).generate(alias, 50)).isEqualTo(faker(9L).generate(name, 50)));
    assertThat(faker(9L).generate("letters", 20)).allMatch(s -> ((String) s).length() == 10);
    assertThat(faker(9L).generate("alphanumeric")).isEqualTo(faker(9L).alphanumeric(10));
  }

  @Test
  void batchesEqualSingles() {
    batchEqualsSingles(n -> faker(4L).isbn10s(n), Faker::isbn10);
    batchEqualsSingles(n -> faker(4L).isbn13s(n), Faker::isbn13);
    batchEqualsSingles(n -> faker(4L).ean13s(n), Faker::ean13);
    batchEqualsSingles(n -> faker(4L).vins(n), Faker::vin);
    batchEqualsSingles(n -> faker(4L).imeis(n), Faker::imei);
    batchEqualsSingles(n -> faker(4L).currencyCodes(n), Faker::currencyCode);
    batchEqualsSingles(n -> faker(4L).letters(n, 13), f -> f.letters(13));
    batchEqualsSingles(n -> faker(4L).alphanumerics(n, 7), f -> f.alphanumeric(7));
  }

  private static void batchEqualsSingles(
      IntFunction<List<String>> batch, Function<Faker, String> one) {
    List<String> values = batch.apply(700);
    Faker singles = faker(4L);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      expected.add(one.apply(singles));
    }
    assertThat(values).isEqualTo(expected);
  }

  // -----------------------------------------------------------------------------------------------
  // the judges against published numbers

  @Test
  void theJudgesAcceptPublishedNumbersAndRejectAnyChangedCharacter() {
    RegistryContractTest.Judge isbn10 = RegistryContractTest.JUDGES.get("isbn10");
    RegistryContractTest.Judge isbn13 = RegistryContractTest.JUDGES.get("isbn13");
    RegistryContractTest.Judge imei = RegistryContractTest.JUDGES.get("imei");
    // ISBN 0-306-40615-2, 0-8044-2957-X; 978-0-306-40615-7, 978-3-16-148410-0
    for (String valid : List.of("0306406152", "080442957X")) {
      assertThat(isbn10.test(valid, List.of())).as(valid).isTrue();
      assertThat(isbn10.test(valid.substring(0, 9) + other(valid.charAt(9)), List.of())).isFalse();
    }
    for (String valid : List.of("9780306406157", "9783161484100")) {
      assertThat(isbn13.test(valid, List.of())).as(valid).isTrue();
      assertThat(isbn13.test(valid.substring(0, 12) + other(valid.charAt(12)), List.of()))
          .isFalse();
    }
    assertThat(isbn13.test("9790260000438", List.of())).as("an ISMN").isFalse();
    // GS1's own example GTIN-13; a German and a UPC-A number
    for (String valid : List.of("5901234123457", "4006381333931", "0012345678905")) {
      assertThat(EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid(valid)).isTrue();
      assertThat(CodeJudges.GS1_PREFIXES).contains(valid.substring(0, 3));
    }
    assertThat(CodeJudges.GS1_PREFIXES)
        .hasSize(550)
        .doesNotContain("000", "020", "045", "200", "299", "950", "977", "978", "979", "990");
    // Published example IMEIs
    for (String valid : List.of("356938035643809", "490154203237518")) {
      assertThat(LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(valid)).as(valid).isTrue();
      assertThat(
              LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(
                  valid.substring(0, 14) + other(valid.charAt(14))))
          .isFalse();
    }
    assertThat(imei.test("356938035643809", List.of())).isTrue();
    assertThat(imei.test("490154203237518", List.of())).as("49 allocates no more").isFalse();
    assertThat(ISBNValidator.getInstance(false).isValidISBN10("0306406153")).isFalse();
  }

  @Test
  void theVinCheckDigitFollows49Cfr565() {
    // Real VINs: a Motor Coach Industries coach (check digit X), a Honda Accord, and the all-ones
    // VIN whose check digit is 1.
    assertThat(CodeJudges.vinCheckDigit("1M8GDM9AXKP042788")).isEqualTo('X');
    assertThat(CodeJudges.vinCheckDigit("1HGCM82633A004352")).isEqualTo('3');
    assertThat(CodeJudges.vinCheckDigit("11111111111111111")).isEqualTo('1');
    assertThat(CodeJudges.vinCheckDigit("1HGCM826I3A004352")).isEqualTo('?');
    // 1HG (Honda, United States), 2003 model year ('3', position 7 a digit): judged for 2026.
    assertThat(CodeJudges.vin("1HGCM82633A004352", 2026)).isTrue();
    assertThat(CodeJudges.vin("1HGCM82643A004352", 2026)).as("wrong check digit").isFalse();
    assertThat(CodeJudges.vin("1M8GDM9AXKP042788", 2026)).as("1M8 is not in the table").isFalse();
    assertThat(CodeJudges.modelYear('3', 2026)).isEqualTo(2003);
    assertThat(CodeJudges.modelYear('W', 2026)).isEqualTo(1998);
    assertThat(CodeJudges.modelYear('V', 2026)).isEqualTo(2027);
    assertThat(CodeJudges.modelYear('A', 2040)).isEqualTo(2040);
    assertThat(CodeJudges.modelYear('U', 2026)).isEqualTo(-1);
  }

  private static char other(char c) {
    return c == '0' ? '1' : '0';
  }

  // -----------------------------------------------------------------------------------------------
  // spreads

  @Test
  void isbn13sStartWith978NineTimesInTenAndUse979OnlyForBookGroups() {
    List<String> isbns = faker(5L).isbn13s(50_000);
    long with978 = isbns.stream().filter(s -> s.startsWith("978")).count();
    assertThat(with978).isBetween(44_400L, 45_600L);
    Map<String, Integer> groups = new TreeMap<>();
    for (String isbn : isbns) {
      if (isbn.startsWith("979")) {
        String group = isbn.charAt(3) == '8' ? "8" : isbn.substring(3, 5);
        groups.merge(group, 1, Integer::sum);
      }
    }
    assertThat(groups.keySet()).containsExactly("10", "11", "12", "13", "8");
    assertThat(groups.values()).allSatisfy(c -> assertThat(c).isBetween(850, 1_150));
    // The digits after the prefix are uniform, leading zeros included.
    assertThat(digitCounts(isbns, 3, 12).values())
        .allSatisfy(c -> assertThat(c).isBetween(39_500, 41_500));
  }

  @Test
  void isbn10CheckDigitsIncludeX() {
    List<String> isbns = faker(6L).isbn10s(22_000);
    long withX = isbns.stream().filter(s -> s.endsWith("X")).count();
    // One in eleven.
    assertThat(withX).isBetween(1_800L, 2_200L);
  }

  @Test
  void ean13sUseEveryGs1PrefixOfTheTableAndNoOther() {
    List<String> eans = faker(7L).ean13s(60_000);
    Set<String> prefixes = new TreeSet<>();
    for (String ean : eans) {
      prefixes.add(ean.substring(0, 3));
    }
    assertThat(prefixes).isEqualTo(new TreeSet<>(CodeJudges.GS1_PREFIXES));
    // Germany's 41 prefixes of 550.
    long german =
        eans.stream().filter(s -> s.compareTo("400") >= 0 && s.compareTo("441") < 0).count();
    assertThat(german).isBetween(4_100L, 4_850L);
  }

  @Test
  void vinsCoverEveryWmiAndModelYearWithTheSeventhPositionTellingTheCycle() {
    List<String> vins = faker(8L).vins(30_000);
    Set<String> wmis = new TreeSet<>();
    Map<Integer, Integer> years = new TreeMap<>();
    for (String vin : vins) {
      assertThat(CodeJudges.vin(vin, 2026)).as(vin).isTrue();
      wmis.add(vin.substring(0, 3));
      years.merge(CodeJudges.modelYear(vin.charAt(9), 2026), 1, Integer::sum);
    }
    assertThat(wmis).isEqualTo(new TreeSet<>(CodeJudges.WMIS));
    assertThat(years.keySet()).hasSize(30).startsWith(1998).endsWith(2027);
    assertThat(years.values()).allSatisfy(c -> assertThat(c).isBetween(880, 1_120));
    assertThat(vins).anyMatch(v -> v.charAt(8) == 'X');
    // Another reference date moves the window: in 2040, 'A' is 2040 and 'W' 2028.
    List<String> later = new Faker("en_US", 8L).withToday(LocalDate.of(2040, 6, 1)).vins(3_000);
    assertThat(later).allMatch(v -> CodeJudges.vin(v, 2040));
    assertThat(later).allMatch(v -> Character.isLetter(v.charAt(6)));
    Set<Integer> laterYears = new TreeSet<>();
    for (String vin : later) {
      laterYears.add(CodeJudges.modelYear(vin.charAt(9), 2040));
    }
    assertThat(laterYears).hasSize(30).startsWith(2012).endsWith(2041);
  }

  @Test
  void imeisComeFromTheFourAllocatingBodiesByWeight() {
    Map<String, Integer> bodies = new TreeMap<>();
    for (String imei : faker(9L).imeis(40_000)) {
      bodies.merge(imei.substring(0, 2), 1, Integer::sum);
    }
    assertThat(bodies.keySet()).containsExactly("01", "35", "86", "99");
    assertThat(bodies.get("35")).isBetween(19_400, 20_600);
    assertThat(bodies.get("86")).isBetween(11_500, 12_500);
    assertThat(bodies.get("01")).isBetween(5_600, 6_400);
    assertThat(bodies.get("99")).isBetween(1_750, 2_250);
  }

  @Test
  void lettersAndAlphanumericsUseEveryCharacterUniformlyAtEveryPosition() {
    uniform((f, n) -> f.letters(n, 13), "abcdefghijklmnopqrstuvwxyz", 13);
    uniform((f, n) -> f.alphanumerics(n, 11), "abcdefghijklmnopqrstuvwxyz0123456789", 11);
  }

  /**
   * Every character appears at every position about equally often: the positions that start, end
   * and follow a shared random value included.
   */
  private static void uniform(
      BiFunction<Faker, Integer, List<String>> draw, String chars, int length) {
    int n = 3_600 * chars.length() / 26;
    List<String> values = draw.apply(faker(10L), n);
    for (int position = 0; position < length; position++) {
      int[] counts = new int[128];
      for (String value : values) {
        counts[value.charAt(position)]++;
      }
      double expected = (double) n / chars.length();
      double chiSquare = 0;
      int seen = 0;
      for (char c : chars.toCharArray()) {
        seen += counts[c];
        chiSquare += (counts[c] - expected) * (counts[c] - expected) / expected;
      }
      assertThat(seen).as("position %d holds only %s", position, chars).isEqualTo(n);
      // Beyond the 99.999th percentile of chi-square with 25 or 35 degrees of freedom.
      assertThat(chiSquare).as("chi-square at position %d", position).isLessThan(100.0);
      for (char c : chars.toCharArray()) {
        assertThat(counts[c]).as("'%s' at position %d", c, position).isPositive();
      }
    }
  }

  private static Map<Character, Integer> digitCounts(List<String> values, int from, int to) {
    Map<Character, Integer> counts = new TreeMap<>();
    for (String value : values) {
      if (value.startsWith("978")) {
        for (int i = from; i < to; i++) {
          counts.merge(value.charAt(i), 1, Integer::sum);
        }
      }
    }
    assertThat(counts.keySet()).hasSize(10);
    return counts;
  }

  // -----------------------------------------------------------------------------------------------
  // currency codes

  /** Codes that ISO 4217 has withdrawn, which the JDK may still know, and their successors. */
  private static final Map<String, String> WITHDRAWN =
      Map.ofEntries(
          Map.entry("ANG", "XCG"),
          Map.entry("BGN", "EUR"),
          Map.entry("CUC", "CUP"),
          Map.entry("EEK", "EUR"),
          Map.entry("HRK", "EUR"),
          Map.entry("LTL", "EUR"),
          Map.entry("LVL", "EUR"),
          Map.entry("MRO", "MRU"),
          Map.entry("SLL", "SLE"),
          Map.entry("STD", "STN"),
          Map.entry("VEF", "VES"),
          Map.entry("ZWL", "ZWG"));

  @Test
  void everyCurrencyCodeOfTheTableIsKnownToTheRunningJdkAndCurrent() {
    Set<String> table = CodeJudges.CURRENCIES;
    assertThat(table).hasSize(155).allMatch(code -> code.matches("[A-Z]{3}"));
    for (String code : table) {
      // Throws for a code this JDK does not know, naming it.
      assertThat(Currency.getInstance(code).getCurrencyCode()).isEqualTo(code);
    }
    WITHDRAWN.forEach(
        (old, successor) -> {
          assertThat(table).as("withdrawn").doesNotContain(old);
          assertThat(table).as("successor of " + old).contains(successor);
        });
    // Funds, metals, drawing rights and test codes are no country's currency.
    assertThat(table)
        .doesNotContain("BOV", "CHE", "CLF", "USN", "UYI", "UYW", "XAU", "XDR", "XTS", "XXX");
    assertThat(table).contains("USD", "EUR", "JPY", "GBP", "CNY", "TRY", "XOF", "XAF", "XCD");
  }

  @Test
  void currencyCodesAreDrawnUniformlyFromTheWholeTable() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String code : faker(11L).currencyCodes(31_000)) {
      counts.merge(code, 1, Integer::sum);
    }
    assertThat(counts.keySet()).isEqualTo(new TreeSet<>(CodeJudges.CURRENCIES));
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(130, 270));
    // A finite domain: a unique batch of every code succeeds, a larger one fails up front.
    assertThat(new TreeSet<>(faker(12L).unique("currencyCode", 155))).hasSize(155);
  }
}
