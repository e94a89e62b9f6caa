package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Choices of any type, {@code list}, templates, regexes and the reference date: what the registry
 * contract does not cover (argument errors, order independence, the reference date's reach).
 */
class ChoicesTemplatesAndTodayTest {
  enum Status {
    ACTIVE,
    SUSPENDED,
    CLOSED
  }

  enum Empty {}

  private static Faker faker(long seed) {
    return new Faker("en_US", seed).withToday(LocalDate.of(2026, 1, 1));
  }

  @Test
  void oneOfTakesAnyValuesAndEnumsWithBatchesEqualToSingles() {
    assertThat(faker(1).oneOf(1_000, List.of(1, 2, 3))).containsOnly(1, 2, 3).contains(1, 2, 3);
    assertThat(faker(1).oneOf(1_000, Status.class)).containsOnly(Status.values());
    Faker singles = faker(7);
    List<Status> one = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      one.add(singles.oneOf(Status.class));
    }
    assertThat(faker(7).oneOf(200, Status.class)).isEqualTo(one);
    Faker varargs = faker(8);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      picked.add(varargs.oneOf("Plastic", "Wood", "Metal"));
    }
    assertThat(faker(8).oneOf(200, List.of("Plastic", "Wood", "Metal"))).isEqualTo(picked);
  }

  @Test
  void weightedFollowsTheWeightsWhateverTheMapsOrder() {
    Map<Status, Integer> hash = new HashMap<>(Map.of(Status.ACTIVE, 8, Status.SUSPENDED, 1));
    hash.put(Status.CLOSED, 1);
    Map<Status, Integer> enumMap = new EnumMap<>(hash);
    List<Status> a = faker(3).weighted(20_000, hash);
    assertThat(faker(3).weighted(20_000, enumMap)).isEqualTo(a);
    assertThat(faker(3).weighted(20_000, Map.copyOf(hash))).isEqualTo(a);
    long active = a.stream().filter(s -> s == Status.ACTIVE).count();
    assertThat(active / 20_000.0).isBetween(0.78, 0.82);
    assertThat(faker(4).weighted(Map.of("never", 0, "always", 1))).isEqualTo("always");
  }

  @Test
  void weightedKeysWithoutAnOrderAreRefusedUnlessTheMapHasOne() {
    Object x = new Object();
    Object y = new Object();
    Map<Object, Integer> hash = new HashMap<>();
    hash.put(x, 1);
    hash.put(y, 1);
    assertThatThrownBy(() -> faker(1).weighted(hash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LinkedHashMap");
    Map<Object, Integer> linked = new LinkedHashMap<>(hash);
    assertThat(faker(1).weighted(100, linked)).containsOnly(x, y);
  }

  @Test
  void badChoicesNameTheProblem() {
    assertThatThrownBy(() -> faker(1).oneOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> faker(1).oneOf(Empty.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no constants");
    assertThatThrownBy(() -> faker(1).oneOf((List<String>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be null");
    assertThatThrownBy(() -> faker(1).oneOf("a", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null");
    assertThatThrownBy(() -> faker(1).weighted(new TreeMap<>(Map.of("a", -1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the weight of 'a' must be finite and >= 0, got -1.0");
    assertThatThrownBy(() -> faker(1).weighted(Map.of("a", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive finite");
    assertThatThrownBy(() -> faker(1).oneOf(-1, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void listCallsTheFunctionInOrderOnTheFaker() {
    Faker a = faker(11);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(a.firstName() + "-" + a.digits(4));
    }
    assertThat(faker(11).list(50, f -> f.firstName() + "-" + f.digits(4))).isEqualTo(expected);
    assertThat(faker(1).list(3, f -> null)).containsExactly(null, null, null);
    assertThatThrownBy(() -> faker(1).list(2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be null");
  }

  @Test
  void templatesFillEveryPlaceholderFromAnyProvider() {
    Faker f = faker(5).register("sku", g -> "SKU-" + g.digits(3));
    for (String s : f.template(500, "#{int 18, 65}|#{first_name}|<#{safe_email}>|#{sku}")) {
      String[] parts = s.split("\\|");
      assertThat(Integer.parseInt(parts[0])).isBetween(18, 65);
      assertThat(parts[1]).matches("[A-Z][A-Za-z'\\- ]*");
      assertThat(parts[2]).matches("<[a-z0-9._]+@example\\.(com|org|net)>");
      assertThat(parts[3]).matches("SKU-\\d{3}");
    }
    assertThat(faker(5).template("#{Name.first_name}")).isEqualTo(faker(5).firstName());
    assertThat(faker(5).template("#{numerify '##-##'} and #{oneOf a, b}"))
        .matches("\\d{2}-\\d{2} and [ab]");
    assertThat(faker(5).template("no placeholders")).isEqualTo("no placeholders");
    Faker singles = faker(6);
    List<String> one = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      one.add(singles.template("#{city}, #{state_abbr}"));
    }
    assertThat(faker(6).template(100, "#{city}, #{state_abbr}")).isEqualTo(one);
  }

  @Test
  void badTemplatesNameThePlaceholder() {
    assertThatThrownBy(() -> faker(1).template("Hi #{frist_name}!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#{frist_name}")
        .hasMessageContaining("did you mean firstName");
    assertThatThrownBy(() -> faker(1).template("Hi #{first_name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 3 is not closed");
    assertThatThrownBy(() -> faker(1).template("#{int 5, 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min");
    assertThatThrownBy(() -> faker(1).template(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template must not be null");
  }

  @Test
  void regexifyMatchesEverySupportedShape() {
    String[] regexes = {
      "[A-Z]{3}\\d{4}",
      "\\d{3}-\\d{2}-\\d{4}",
      "(ab|c)*d+e?",
      "[^0-9]{1,3}\\S\\W\\D",
      "\\w+@\\w+\\.(com|net)",
      "[\\d_a-f]{8}",
      "x{2,}",
      ".{5}",
      "\\(\\)\\[\\]\\{\\}\\.\\*\\+\\?\\|\\^\\$\\\\",
      "😀{2}[😀]?"
    };
    for (String regex : regexes) {
      if (regex.contains("[😀]")) {
        assertThatThrownBy(() -> faker(1).regexify(regex))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("beyond U+FFFF");
        continue;
      }
      Pattern p = Pattern.compile(regex);
      for (String s : faker(regex.length()).regexify(2_000, regex)) {
        assertThat(p.matcher(s).matches()).as("%s from %s", s, regex).isTrue();
      }
    }
    // Unbounded quantifiers stop at 8 more than their minimum; every count is reached.
    assertThat(faker(2).regexify(5_000, "x*"))
        .extracting(String::length)
        .containsOnly(0, 1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void regexesOutsideTheSubsetFailWithTheConstructAndPosition() {
    Object[][] cases = {
      {"(a)\\1", "back-reference"},
      {"a(?=b)", "lookaround"},
      {"(?i)abc", "flags"},
      {"\\p{Lu}", "the escape '\\p'"},
      {"\\bword", "the escape '\\b'"},
      {"a*+", "possessive"},
      // The second quantifier was written out as text: "aa{3}" for a{2}{3}.
      {"a{2}{3}", "a quantifier after a quantifier"},
      {"[a-c]{2}{2}", "a quantifier after a quantifier"},
      {"x{2,3}?{1}", "a quantifier after a quantifier"},
      {"[a-z&&[^e]]", "nested class or intersection"},
      {"a{1001}", "at most 1000 repetitions"},
      {"[a-", "malformed"},
      {"a^b", "'^' after the start"}
    };
    for (Object[] c : cases) {
      assertThatThrownBy(() -> faker(1).regexify((String) c[0]))
          .as("%s", c[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("regex \"" + c[0] + "\"")
          .hasMessageContaining((String) c[1]);
    }
  }

  @Test
  void relativeDatesCountFromTodayWhichIsTheUtcDateUnlessPinned() {
    Faker unpinned = new Faker("en_US", 1L);
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    LocalDate today = unpinned.today();
    assertThat(today).isBetween(before, LocalDate.now(ZoneOffset.UTC));
    for (LocalDate d : unpinned.futureDates(2_000, 10)) {
      assertThat(d).isAfter(today).isBeforeOrEqualTo(today.plusDays(10));
    }
    for (LocalDate d : unpinned.pastDates(2_000, 3)) {
      assertThat(d).isBefore(today).isAfterOrEqualTo(today.minusDays(3));
    }
    assertThat(faker(2).pastDates(3_000, 2))
        .containsOnly(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31));
    // Pinning moves every relative provider, from methods, names and schemas alike.
    Faker pinned = new Faker("en_US", 9L).withToday(LocalDate.of(2000, 6, 15));
    assertThat(pinned.today()).isEqualTo("2000-06-15");
    assertThat(pinned.futureDate(1)).isEqualTo("2000-06-16");
    List<Object> past = new ArrayList<>(pinned.provider("past_date", 1).next(5));
    assertThat(past).containsOnly(LocalDate.of(2000, 6, 14));
    Schema schema = Schema.builder(pinned).field("due", "futureDate", 1).build();
    assertThat(pinned.records(5, schema))
        .allSatisfy(r -> assertThat(r.get("due")).isEqualTo(LocalDate.of(2000, 6, 16)));
    assertThat(pinned.dateOfBirth(0, 0))
        .isBetween(LocalDate.of(1999, 6, 16), LocalDate.of(2000, 6, 15));
  }

  @Test
  void badRelativeArgumentsNameTheRange() {
    assertThatThrownBy(() -> faker(1).pastDate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must be between 1 and 100000, got 0");
    assertThatThrownBy(() -> faker(1).futureDates(3, 100_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 100001");
    assertThatThrownBy(() -> faker(1).withToday(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("today must not be null");
    // Taken as they were, these failed later, in the first relative date, with the JDK's
    // DateTimeException ("Invalid value for EpochDay").
    for (LocalDate far : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1))) {
      assertThatThrownBy(() -> faker(1).withToday(far))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "today must be a date from 0001-01-01 to 9999-12-31, got "
                  + far
                  + "; relative dates and ages count years back and forth from it");
    }
    Faker last = faker(1).withToday(LocalDate.of(9999, 12, 31));
    assertThat(last.futureDate(30)).isAfter(LocalDate.of(9999, 12, 31));
    assertThat(faker(1).withToday(LocalDate.of(1, 1, 1)).dateOfBirth())
        .isBefore(LocalDate.of(1, 1, 1));
  }
}
