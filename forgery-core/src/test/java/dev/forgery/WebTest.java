package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.FileNameMap;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Passwords, name prefixes, file names, extensions and media types, slugs and user agents: the
 * properties the registry contract does not cover.
 */
class WebTest {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String SYMBOLS = "!#$%&()*+,-./:;=?@[]^_{|}~";

  /** {@code extension -> media type}, as the table lists them. */
  static final Map<String, String> FILE_TYPES = fileTypes();

  static final Set<String> MEDIA_TYPES = new HashSet<>(FILE_TYPES.values());
  static final Set<String> NAME_PREFIXES = weights("en_US/name_prefixes").keySet();
  static final Set<String> USER_AGENTS = weights("web/user_agents").keySet();

  /** The lorem words of three or more lower-case letters: what slugs and file names are made of. */
  static final Set<String> WORDS = words();

  /** The top-level media types IANA registers (RFC 6838 and its successors). */
  private static final Set<String> TOP_LEVEL_TYPES =
      Set.of(
          "application",
          "audio",
          "font",
          "haptics",
          "image",
          "message",
          "model",
          "multipart",
          "text",
          "video");

  /** A media type's name as RFC 6838 restricts it: {@code type/subtype}, no parameters. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "([a-z0-9][a-z0-9!#$&^_.+-]{0,126})/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})",
          Pattern.CASE_INSENSITIVE);

  /** Chrome on Windows, macOS and Linux (desktop), optionally followed by Edge's token. */
  private static final Pattern CHROMIUM_DESKTOP =
      Pattern.compile(
          "Mozilla/5\\.0 \\((?:Windows NT 10\\.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7"
              + "|X11; Linux x86_64)\\) AppleWebKit/537\\.36 \\(KHTML, like Gecko\\)"
              + " Chrome/(\\d{3})\\.0\\.0\\.0 Safari/537\\.36(?: Edg/(\\d{3})\\.0\\.0\\.0)?");

  /** Chrome on Android, in the reduced form. */
  private static final Pattern CHROME_ANDROID =
      Pattern.compile(
          "Mozilla/5\\.0 \\(Linux; Android 10; K\\) AppleWebKit/537\\.36 \\(KHTML, like Gecko\\)"
              + " Chrome/(\\d{3})\\.0\\.0\\.0 Mobile Safari/537\\.36");

  /** Firefox on a desktop: the {@code rv:} and {@code Firefox/} versions agree. */
  private static final Pattern FIREFOX_DESKTOP =
      Pattern.compile(
          "Mozilla/5\\.0 \\((?:Windows NT 10\\.0; Win64; x64|Macintosh; Intel Mac OS X 10\\.15"
              + "|X11; (?:Ubuntu; )?Linux x86_64); rv:(\\d{3})\\.0\\) Gecko/20100101"
              + " Firefox/(\\d{3})\\.0");

  /** Firefox on Android: the Gecko token carries the version too. */
  private static final Pattern FIREFOX_ANDROID =
      Pattern.compile(
          "Mozilla/5\\.0 \\(Android (1[0-9]); Mobile; rv:(\\d{3})\\.0\\) Gecko/(\\d{3})\\.0"
              + " Firefox/(\\d{3})\\.0");

  /** Safari on macOS or iPhone. */
  private static final Pattern SAFARI =
      Pattern.compile(
          "Mozilla/5\\.0 \\((?:Macintosh; Intel Mac OS X 10_15_7|iPhone; CPU iPhone OS"
              + " (1[0-9])_(\\d) like Mac OS X)\\) AppleWebKit/605\\.1\\.15 \\(KHTML, like Gecko\\)"
              + " Version/(\\d{2})\\.(\\d)( Mobile/15E148 Safari/604\\.1| Safari/605\\.1\\.15)");

  // -----------------------------------------------------------------------------------------------
  // helpers shared with WebJudges

  /** A password policy as the provider reads its arguments: {@code []} is the default one. */
  record Policy(int min, int max, boolean upper, boolean digits, boolean symbols) {
    static Policy of(List<Object> args) {
      int min = args.isEmpty() ? 12 : ((Number) args.get(0)).intValue();
      int max = args.size() < 2 ? 16 : ((Number) args.get(1)).intValue();
      return new Policy(min, max, flag(args, 2), flag(args, 3), flag(args, 4));
    }

    private static boolean flag(List<Object> args, int index) {
      return index >= args.size() || Boolean.parseBoolean(args.get(index).toString());
    }
  }

  /**
   * Whether a password meets its policy: its length in range, at least one lower-case letter, at
   * least one of each required class and none of a class left out, nothing else.
   */
  static boolean meetsPolicy(String password, Policy policy) {
    int lower = 0;
    int upper = 0;
    int digits = 0;
    int symbols = 0;
    for (char c : password.toCharArray()) {
      if (LOWER.indexOf(c) >= 0) {
        lower++;
      } else if (UPPER.indexOf(c) >= 0) {
        upper++;
      } else if (DIGITS.indexOf(c) >= 0) {
        digits++;
      } else if (SYMBOLS.indexOf(c) >= 0) {
        symbols++;
      } else {
        return false;
      }
    }
    return password.length() >= policy.min()
        && password.length() <= policy.max()
        && lower > 0
        && (upper > 0) == policy.upper()
        && (digits > 0) == policy.digits()
        && (symbols > 0) == policy.symbols();
  }

  /** Whether a media type is {@code type/subtype} of a registered top-level type. */
  static boolean mediaType(String type) {
    Matcher m = MEDIA_TYPE.matcher(type);
    return m.matches() && TOP_LEVEL_TYPES.contains(m.group(1));
  }

  /** Whether a file name is one to three distinct table words, underscores, a table extension. */
  static boolean fileName(String name) {
    return fileName(name, WORDS);
  }

  /** A file name of one to three distinct words of {@code known} and a known extension. */
  static boolean fileName(String name, Set<String> known) {
    int dot = name.lastIndexOf('.');
    return dot > 0
        && FILE_TYPES.containsKey(name.substring(dot + 1))
        && distinctWords(name.substring(0, dot), "_", 1, 3, known);
  }

  /** Whether a slug is two to four distinct table words joined by hyphens. */
  static boolean slug(String slug) {
    return slug(slug, WORDS);
  }

  /** Whether a slug is two to four distinct words of {@code known} joined by hyphens. */
  static boolean slug(String slug, Set<String> known) {
    return distinctWords(slug, "-", 2, 4, known);
  }

  private static boolean distinctWords(
      String text, String separator, int min, int max, Set<String> known) {
    String[] words = text.split(Pattern.quote(separator), -1);
    return words.length >= min
        && words.length <= max
        && new HashSet<>(List.of(words)).size() == words.length
        && known.containsAll(List.of(words));
  }

  /**
   * The browser family of a user agent by the regex of its family: {@code Chrome}, {@code Edge},
   * {@code Firefox} or {@code Safari}, with its versions consistent and in their documented ranges;
   * {@code null} if the string matches no family.
   */
  static String family(String ua) {
    Matcher m = CHROMIUM_DESKTOP.matcher(ua);
    if (m.matches()) {
      int chrome = Integer.parseInt(m.group(1));
      if (chrome < 138 || chrome > 143) {
        return null;
      }
      if (m.group(2) == null) {
        return "Chrome";
      }
      return Integer.parseInt(m.group(2)) == chrome && !ua.contains("X11") ? "Edge" : null;
    }
    m = CHROME_ANDROID.matcher(ua);
    if (m.matches()) {
      int chrome = Integer.parseInt(m.group(1));
      return chrome >= 138 && chrome <= 143 ? "Chrome" : null;
    }
    m = FIREFOX_DESKTOP.matcher(ua);
    if (m.matches()) {
      return m.group(1).equals(m.group(2)) && firefox(m.group(1)) ? "Firefox" : null;
    }
    m = FIREFOX_ANDROID.matcher(ua);
    if (m.matches()) {
      return m.group(2).equals(m.group(3)) && m.group(2).equals(m.group(4)) && firefox(m.group(2))
          ? "Firefox"
          : null;
    }
    m = SAFARI.matcher(ua);
    if (m.matches()) {
      boolean iphone = m.group(1) != null;
      String version = m.group(3) + "." + m.group(4);
      boolean mobile = m.group(5).startsWith(" Mobile");
      if (iphone != mobile) {
        return null;
      }
      if (!iphone) {
        return Set.of("18.5", "18.6", "26.0", "26.1").contains(version) ? "Safari" : null;
      }
      // Safari 18 reports its own iOS version; Safari 26 the frozen 18_6.
      String os = m.group(1) + "." + m.group(2);
      boolean osFits = version.startsWith("18.") ? os.equals(version) : os.equals("18.6");
      return osFits && Set.of("18.5", "18.6", "26.0").contains(version) ? "Safari" : null;
    }
    return null;
  }

  private static boolean firefox(String version) {
    int v = Integer.parseInt(version);
    return v >= 140 && v <= 146;
  }

  @Test
  void theJudgesRejectWhatBreaksTheRules() {
    Policy standard = Policy.of(List.of());
    assertThat(meetsPolicy("aB3!aB3!aB3!", standard)).isTrue();
    assertThat(meetsPolicy("abcdefgh1234!", standard)).as("no upper case").isFalse();
    assertThat(meetsPolicy("ABCDEFGH123!", standard)).as("no lower case").isFalse();
    assertThat(meetsPolicy("aB3!aB3!aB3", standard)).as("too short").isFalse();
    assertThat(meetsPolicy("aB3!aB3!aB3!aB3!a", standard)).as("too long").isFalse();
    assertThat(meetsPolicy("aB3!aB3 aB3!", standard)).as("a space").isFalse();
    assertThat(meetsPolicy("abc1", Policy.of(List.of(4, 4, false, true, false)))).isTrue();
    assertThat(meetsPolicy("abC1", Policy.of(List.of(4, 4, false, true, false))))
        .as("upper case where none is allowed")
        .isFalse();
    assertThat(mediaType("application/pdf")).isTrue();
    assertThat(mediaType("pdf")).isFalse();
    assertThat(mediaType("document/pdf")).as("not a registered top-level type").isFalse();
    assertThat(fileName("analysis_report.pdf")).isTrue();
    assertThat(fileName("analysis_report.exe")).isFalse();
    assertThat(fileName("report_report.pdf")).as("a repeated word").isFalse();
    assertThat(slug("quick-brown-fox")).as("words outside the table").isFalse();
    assertThat(slug("black-report")).isTrue();
    assertThat(slug("black")).as("one word").isFalse();
    String chrome =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/143.0.0.0 Safari/537.36";
    assertThat(family(chrome)).isEqualTo("Chrome");
    assertThat(family(chrome + " Edg/143.0.0.0")).isEqualTo("Edge");
    assertThat(family(chrome + " Edg/142.0.0.0")).as("Edge's and Chrome's majors differ").isNull();
    assertThat(family(chrome.replace("143", "99"))).as("an old version").isNull();
    assertThat(family("Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/145.0"))
        .isNull();
    assertThat(
            family(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 26_0 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1"))
        .as("Safari 26 reports iPhone OS 18_6")
        .isNull();
  }

  // -----------------------------------------------------------------------------------------------
  // passwords

  /** Every combination of the three flags. */
  private static List<boolean[]> flagCombinations() {
    List<boolean[]> out = new ArrayList<>();
    for (int bits = 0; bits < 8; bits++) {
      out.add(new boolean[] {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0});
    }
    return out;
  }

  @Test
  void everyPasswordMeetsItsPolicyForEveryFlagCombinationLengthAndSeed() {
    int checked = 0;
    for (boolean[] f : flagCombinations()) {
      int required = 1 + (f[0] ? 1 : 0) + (f[1] ? 1 : 0) + (f[2] ? 1 : 0);
      int[][] lengths = {
        {required, required}, {required, required + 3}, {8, 8}, {8, 16}, {12, 16}, {30, 64}
      };
      for (int[] range : lengths) {
        Policy policy = new Policy(range[0], range[1], f[0], f[1], f[2]);
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
          Faker faker = new Faker("en_US", seed * 7919 - 20);
          List<String> batch = faker.passwords(250, range[0], range[1], f[0], f[1], f[2]);
          for (String password : batch) {
            assertThat(meetsPolicy(password, policy))
                .as("'%s' meets %s (seed %d)", password, policy, seed)
                .isTrue();
            seen.add(password.length());
            checked++;
          }
          String single = faker.password(range[0], range[1], f[0], f[1], f[2]);
          assertThat(meetsPolicy(single, policy)).as("'%s' meets %s", single, policy).isTrue();
        }
        assertThat(seen)
            .as("lengths drawn for %s", policy)
            .hasSize(range[1] - range[0] + 1)
            .allMatch(l -> l >= range[0] && l <= range[1]);
      }
    }
    assertThat(checked).isEqualTo(8 * 6 * 40 * 250);
  }

  @Test
  void theDefaultPolicyIsTwelveToSixteenCharactersOfAllFourClasses() {
    Faker faker = new Faker("en_US", 11L);
    Policy policy = new Policy(12, 16, true, true, true);
    List<String> passwords = faker.passwords(20_000);
    assertThat(passwords).allMatch(p -> meetsPolicy(p, policy));
    assertThat(passwords)
        .allMatch(p -> p.matches("(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^a-zA-Z0-9]).{12,16}"));
    // Every character of every class is used.
    Set<Character> used = new HashSet<>();
    for (String p : passwords) {
      for (char c : p.toCharArray()) {
        used.add(c);
      }
    }
    assertThat(used).hasSize(LOWER.length() + UPPER.length() + DIGITS.length() + SYMBOLS.length());
    assertThat(faker.password())
        .matches("(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^a-zA-Z0-9]).{12,16}");
    assertThat(new Faker("en_US", 11L).provider("password").next(20_000)).isEqualTo(passwords);
  }

  @Test
  void requiredCharactersLandAtUniformlyRandomPositions() {
    // Four characters, one per class: each class at each position a quarter of the time.
    Faker faker = new Faker("en_US", 5L);
    int n = 40_000;
    int[][] counts = new int[4][4];
    for (String p : faker.passwords(n, 4, 4, true, true, true)) {
      for (int at = 0; at < 4; at++) {
        counts[classOf(p.charAt(at))][at]++;
      }
    }
    for (int c = 0; c < 4; c++) {
      for (int at = 0; at < 4; at++) {
        assertThat(counts[c][at])
            .as("class %d at position %d", c, at)
            .isBetween(n / 4 - 600, n / 4 + 600);
      }
    }
    // With only lower case and digits required, the one digit of an 8-character password is
    // anywhere, not always first.
    int[] digitAt = new int[8];
    for (String p : faker.passwords(n, 8, 8, false, true, false)) {
      for (int at = 0; at < 8; at++) {
        if (Character.isDigit(p.charAt(at))) {
          digitAt[at]++;
        }
      }
    }
    for (int at = 1; at < 8; at++) {
      assertThat(digitAt[at])
          .as("digits at position %d against position 0", at)
          .isBetween(digitAt[0] * 9 / 10, digitAt[0] * 11 / 10);
    }
  }

  private static int classOf(char c) {
    return LOWER.indexOf(c) >= 0 ? 0 : UPPER.indexOf(c) >= 0 ? 1 : DIGITS.indexOf(c) >= 0 ? 2 : 3;
  }

  @Test
  void lengthsAreUniformOverTheRange() {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (String p : new Faker("en_US", 3L).passwords(40_000, 8, 11, true, true, false)) {
      counts.merge(p.length(), 1, Integer::sum);
    }
    assertThat(counts.keySet()).containsExactly(8, 9, 10, 11);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(9_500, 10_500));
  }

  @Test
  void passwordBatchesEqualSinglesThroughEveryEntryPoint() {
    List<String> batch = new Faker("en_US", 9L).passwords(500, 6, 20, true, false, true);
    Faker singles = new Faker("en_US", 9L);
    for (String value : batch) {
      assertThat(singles.password(6, 20, true, false, true)).isEqualTo(value);
    }
    assertThat(new Faker("en_US", 9L).provider("password", 6, 20, true, false, true).next(500))
        .isEqualTo(batch);
    // Arguments written as text, as in annotations.
    Schema schema = Schema.builder().field("p", "pwd", 6, 20, "true", "FALSE", "true").build();
    assertThat(new Faker("en_US", 9L).records(300, schema))
        .allSatisfy(
            row ->
                assertThat(meetsPolicy((String) row.get("p"), new Policy(6, 20, true, false, true)))
                    .isTrue());
    // Two arguments set the lengths; the classes keep their defaults.
    assertThat(new Faker("en_US", 9L).provider("password", 30, 40).next(200))
        .allMatch(p -> meetsPolicy((String) p, new Policy(30, 40, true, true, true)));
  }

  @Test
  void badPasswordArgumentsNameTheArgumentTheValueAndTheRange() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.password(3, 8, true, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "provider 'password': minLength must be between 4 and 1024 (one character of each"
                + " required class: lower case, upper case, digits, symbols), got 3");
    assertThatThrownBy(() -> faker.password(1, 8, false, true, false))
        .hasMessageContaining("minLength must be between 2 and 1024")
        .hasMessageContaining("lower case, digits)")
        .hasMessageEndingWith("got 1");
    assertThatThrownBy(() -> faker.password(0, 8, false, false, false))
        .hasMessageContaining("minLength must be between 1 and 1024 (one character of each")
        .hasMessageEndingWith("got 0");
    assertThatThrownBy(() -> faker.password(-5, 8, false, false, false))
        .hasMessageEndingWith("got -5");
    assertThatThrownBy(() -> faker.password(1025, 2000, false, false, false))
        .hasMessageContaining("minLength must be between 1 and 1024")
        .hasMessageEndingWith("got 1025");
    assertThatThrownBy(() -> faker.password(10, 9, true, true, true))
        .hasMessage(
            "provider 'password': maxLength must be between minLength (10) and 1024, got 9");
    assertThatThrownBy(() -> faker.passwords(5, 8, 1025, true, true, true))
        .hasMessage(
            "provider 'password': maxLength must be between minLength (8) and 1024, got 1025");
    assertThatThrownBy(() -> faker.passwords(-1, 8, 16, true, true, true))
        .hasMessage("n must be >= 0, got -1");
    assertThatThrownBy(() -> faker.provider("password", 8, 16, "yes", true, true))
        .hasMessage("provider 'password': upper must be true or false, got \"yes\" (String)");
    assertThatThrownBy(() -> faker.provider("password", 8, 16, true, 1, true))
        .hasMessage("provider 'password': digits must be true or false, got 1 (Integer)");
    assertThatThrownBy(() -> faker.provider("password", 8, 16, true, true, null))
        .hasMessage("provider 'password': symbols must be true or false, got null");
    assertThatThrownBy(() -> faker.provider("password", 8))
        .hasMessageContaining("wrong number of arguments: expected password(minLength:")
        .hasMessageContaining("got 1 [8]");
    assertThatThrownBy(() -> faker.provider("password", 8, 9, true, true, true, true))
        .hasMessageContaining("wrong number of arguments")
        .hasMessageContaining("got 6");
    assertThatThrownBy(() -> faker.provider("password", "eight", 9))
        .hasMessageContaining("minLength must be an int, got \"eight\" (String)");
    assertThatThrownBy(() -> Schema.builder().field("secret", "password", 2, 8).build())
        .hasMessageContaining("'secret'")
        .hasMessageContaining("minLength must be between 4 and 1024")
        .hasMessageEndingWith("got 2");
    // The largest policy is accepted.
    assertThat(faker.password(1024, 1024, true, true, true)).hasSize(1024);
  }

  // -----------------------------------------------------------------------------------------------
  // name prefixes

  @Test
  void namePrefixesFollowTheirDocumentedWeights() {
    Map<String, Integer> counts = new TreeMap<>();
    int n = 100_000;
    for (String prefix : new Faker("en_US", 2L).namePrefixes(n)) {
      counts.merge(prefix, 1, Integer::sum);
    }
    Map<String, Integer> perThousand =
        Map.of(
            "Mr.", 470, "Mrs.", 190, "Ms.", 180, "Miss", 80, "Dr.", 50, "Mx.", 10, "Prof.", 10,
            "Rev.", 10);
    assertThat(counts.keySet()).isEqualTo(perThousand.keySet()).isEqualTo(NAME_PREFIXES);
    perThousand.forEach(
        (prefix, weight) ->
            assertThat(counts.get(prefix) / (double) n)
                .as("share of %s", prefix)
                .isCloseTo(weight / 1000.0, org.assertj.core.data.Offset.offset(0.006)));
    assertThat(new Faker("en_US", 2L).generate("honorific", 50))
        .isEqualTo(new Faker("en_US", 2L).namePrefixes(50));
  }

  // -----------------------------------------------------------------------------------------------
  // files and media types

  @Test
  void everyMediaTypeIsRegisteredFormAndAgreesWithTheJdkWhereItKnowsTheExtension() {
    FileNameMap jdk = URLConnection.getFileNameMap();
    int known = 0;
    for (Map.Entry<String, String> e : FILE_TYPES.entrySet()) {
      assertThat(e.getKey()).matches("[a-z0-9]{1,5}");
      assertThat(mediaType(e.getValue())).as("%s parses as type/subtype", e.getValue()).isTrue();
      assertThat(e.getValue()).as("no x- types").doesNotContain("/x-");
      String fromJdk = jdk.getContentTypeFor("file." + e.getKey());
      if (fromJdk != null) {
        assertThat(e.getValue()).as("media type of .%s", e.getKey()).isEqualTo(fromJdk);
        known++;
      }
    }
    // The JDK's table knows most of them, so the comparison above is not vacuous.
    assertThat(known).isGreaterThanOrEqualTo(30);
    assertThat(FILE_TYPES).hasSize(42);
  }

  @Test
  void anExtensionAndAMediaTypeDrawnAlikeBelongTogether() {
    for (long seed : new long[] {0L, 5L, -9L}) {
      List<String> extensions = new Faker("en_US", seed).fileExtensions(5_000);
      List<String> types = new Faker("en_US", seed).mimeTypes(5_000);
      for (int i = 0; i < extensions.size(); i++) {
        assertThat(FILE_TYPES.get(extensions.get(i)))
            .as("type of .%s", extensions.get(i))
            .isEqualTo(types.get(i));
      }
    }
  }

  @Test
  void extensionsAndMediaTypesFollowTheTableWeights() {
    Map<String, Long> weights = weights("web/file_types");
    double total = weights.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Integer> counts = new TreeMap<>();
    int n = 200_000;
    for (String ext : new Faker("en_US", 8L).fileExtensions(n)) {
      counts.merge(ext, 1, Integer::sum);
    }
    assertThat(counts.keySet()).isEqualTo(FILE_TYPES.keySet());
    weights.forEach(
        (row, weight) -> {
          String ext = row.substring(0, row.indexOf(';'));
          assertThat(counts.get(ext) / (double) n)
              .as("share of .%s", ext)
              .isCloseTo(weight / total, org.assertj.core.data.Offset.offset(0.004));
        });
    // image/jpeg is both jpg and jpeg.
    long jpeg = new Faker("en_US", 8L).mimeTypes(n).stream().filter("image/jpeg"::equals).count();
    assertThat(jpeg / (double) n)
        .isCloseTo(140 / total, org.assertj.core.data.Offset.offset(0.004));
  }

  @Test
  void fileNamesAreWordsAndAnExtension() {
    List<String> names = new Faker("en_US", 4L).fileNames(20_000);
    assertThat(names).allMatch(WebTest::fileName);
    assertThat(names).allMatch(s -> s.matches("[a-z]+(_[a-z]+){0,2}\\.[a-z0-9]+"));
    Map<Integer, Integer> words = wordCounts(names, s -> s.substring(0, s.lastIndexOf('.')), "_");
    // One word a quarter of the time, two half, three a quarter.
    assertThat(words.keySet()).containsExactly(1, 2, 3);
    assertThat(words.get(2)).isBetween(9_500, 10_500);
    assertThat(words.get(1)).isBetween(4_600, 5_400);
  }

  // -----------------------------------------------------------------------------------------------
  // slugs

  @Test
  void slugsAreDistinctContentWordsJoinedByHyphens() {
    List<String> slugs = new Faker("en_US", 6L).slugs(20_000);
    assertThat(slugs).allMatch(WebTest::slug);
    assertThat(slugs).allMatch(s -> s.matches("[a-z]+(-[a-z]+){1,3}"));
    Map<Integer, Integer> words = wordCounts(slugs, Function.identity(), "-");
    assertThat(words.keySet()).containsExactly(2, 3, 4);
    assertThat(words.get(3)).isBetween(9_500, 10_500);
    assertThat(words.get(4)).isBetween(4_600, 5_400);
    // Function words, the lorem table's head, are left out; content words are used widely.
    Set<String> used = new HashSet<>();
    for (String slug : slugs) {
      used.addAll(List.of(slug.split("-")));
    }
    assertThat(used).doesNotContain("the", "and", "that", "have", "with", "you");
    assertThat(used).hasSizeGreaterThan(800);
  }

  private static Map<Integer, Integer> wordCounts(
      List<String> values, Function<String, String> part, String separator) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (String value : values) {
      counts.merge(part.apply(value).split(separator).length, 1, Integer::sum);
    }
    return counts;
  }

  // -----------------------------------------------------------------------------------------------
  // user agents

  @Test
  void everyUserAgentParsesWithTheRegexOfItsBrowserFamily() {
    Map<String, Integer> families = new TreeMap<>();
    for (String ua : USER_AGENTS) {
      String family = family(ua);
      assertThat(family).as("family of %s", ua).isNotNull();
      families.merge(family, 1, Integer::sum);
    }
    // Chrome: 4 platforms x 6 versions; Edge 2 x 6; Firefox 4 desktop x 7 + 4 Android x 7;
    // Safari 4 on macOS + 3 on iPhone.
    assertThat(families).isEqualTo(Map.of("Chrome", 24, "Edge", 12, "Firefox", 56, "Safari", 7));
  }

  @Test
  void userAgentsFollowTheDocumentedSharesOfBrowsersAndPlatforms() {
    int n = 100_000;
    Map<String, Integer> families = new TreeMap<>();
    Map<String, Integer> platforms = new TreeMap<>();
    for (String ua : new Faker("en_US", 12L).userAgents(n)) {
      families.merge(family(ua), 1, Integer::sum);
      platforms.merge(platform(ua), 1, Integer::sum);
    }
    Map<String, Double> familyShares =
        Map.of("Chrome", 0.61, "Safari", 0.22, "Edge", 0.10, "Firefox", 0.07);
    familyShares.forEach(
        (family, share) ->
            assertThat(families.get(family) / (double) n)
                .as("share of %s", family)
                .isCloseTo(share, org.assertj.core.data.Offset.offset(0.006)));
    Map<String, Double> platformShares =
        Map.of("Windows", 0.41, "Android", 0.25, "iPhone", 0.17, "macOS", 0.14, "Linux", 0.03);
    platformShares.forEach(
        (platform, share) ->
            assertThat(platforms.get(platform) / (double) n)
                .as("share of %s", platform)
                .isCloseTo(share, org.assertj.core.data.Offset.offset(0.006)));
  }

  @Test
  void theNewestVersionIsTheMostFrequent() {
    Map<String, Integer> chrome = new TreeMap<>();
    Pattern version = Pattern.compile("Chrome/(\\d+)");
    for (String ua : new Faker("en_US", 13L).userAgents(50_000)) {
      Matcher m = version.matcher(ua);
      if (m.find() && !ua.contains("Edg/")) {
        chrome.merge(m.group(1), 1, Integer::sum);
      }
    }
    assertThat(chrome.keySet()).containsExactly("138", "139", "140", "141", "142", "143");
    // A linear ramp: 143 six times as frequent as 138.
    assertThat(chrome.get("143") / (double) chrome.get("138")).isBetween(5.0, 7.2);
    assertThat(chrome.get("143")).isGreaterThan(chrome.get("142"));
  }

  private static String platform(String ua) {
    if (ua.contains("Android")) {
      return "Android";
    }
    if (ua.contains("iPhone")) {
      return "iPhone";
    }
    if (ua.contains("Windows")) {
      return "Windows";
    }
    return ua.contains("Macintosh") ? "macOS" : "Linux";
  }

  // -----------------------------------------------------------------------------------------------
  // names and aliases

  /** What a form of uploads and sign-ups declares; every component is inferred from its name. */
  record SignUp(
      String prefix,
      String password,
      String userAgent,
      String fileName,
      String contentType,
      String slug,
      String fileExtension) {}

  @Test
  void recordComponentsAreInferredFromTheirNames() {
    List<SignUp> rows = new Faker("en_US", 21L).records(500, SignUp.class);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(NAME_PREFIXES).contains(r.prefix());
              assertThat(meetsPolicy(r.password(), Policy.of(List.of()))).isTrue();
              assertThat(family(r.userAgent())).isNotNull();
              assertThat(fileName(r.fileName())).isTrue();
              assertThat(MEDIA_TYPES).contains(r.contentType());
              assertThat(slug(r.slug())).isTrue();
              assertThat(FILE_TYPES).containsKey(r.fileExtension());
            });
  }

  @Test
  void fakerMethodsEqualTheirDefinitionsDrawnByName() {
    Map<String, Function<Faker, List<String>>> methods = new LinkedHashMap<>();
    methods.put("namePrefix", f -> f.namePrefixes(300));
    methods.put("fileName", f -> f.fileNames(300));
    methods.put("fileExtension", f -> f.fileExtensions(300));
    methods.put("mimeType", f -> f.mimeTypes(300));
    methods.put("slug", f -> f.slugs(300));
    methods.put("userAgent", f -> f.userAgents(300));
    methods.put("password", f -> f.passwords(300));
    Map<String, Function<Faker, String>> singles = new LinkedHashMap<>();
    singles.put("namePrefix", Faker::namePrefix);
    singles.put("fileName", Faker::fileName);
    singles.put("fileExtension", Faker::fileExtension);
    singles.put("mimeType", Faker::mimeType);
    singles.put("slug", Faker::slug);
    singles.put("userAgent", Faker::userAgent);
    singles.put("password", Faker::password);
    methods.forEach(
        (name, batch) -> {
          List<String> values = batch.apply(new Faker("en_US", 31L));
          assertThat(new Faker("en_US", 31L).generate(name, 300)).as(name).isEqualTo(values);
          Faker one = new Faker("en_US", 31L);
          for (String value : values) {
            assertThat(singles.get(name).apply(one)).as(name).isEqualTo(value);
          }
          assertThat(batch.apply(new Faker("en_US", 31L))).as(name).isUnmodifiable();
        });
  }

  // -----------------------------------------------------------------------------------------------
  // the tables

  /** The first column of a table with its weight, in file order. */
  static Map<String, Long> weights(String table) {
    String resource = "/dev/forgery/data/" + table + ".txt";
    try (InputStream in = WebTest.class.getResourceAsStream(resource)) {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          int tab = line.indexOf('\t');
          out.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> fileTypes() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String row : weights("web/file_types").keySet()) {
      int semicolon = row.indexOf(';');
      if (out.put(row.substring(0, semicolon), row.substring(semicolon + 1)) != null) {
        throw new IllegalStateException("extension listed twice: " + row);
      }
    }
    return out;
  }

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    for (String word : ProvidersContractTest.WORDS) {
      if (word.matches("[a-z]{3,}")) {
        out.add(word);
      }
    }
    return out;
  }
}
