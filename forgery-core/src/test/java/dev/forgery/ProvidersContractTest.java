package dev.forgery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.UrlValidator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@link ProviderContract} over the date, text, digest, company, internet and colour
 * providers.
 */
class ProvidersContractTest {
  static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);
  static final Set<String> WORDS = firstColumn("/dev/forgery/data/root/lorem_words.txt");
  static final Set<String> JOBS = firstColumn("/dev/forgery/data/en_US/jobs.txt");
  static final Set<String> CSS_NAMES = new HashSet<>();

  static {
    for (String line : firstColumn("/dev/forgery/data/en_US/colors.txt")) {
      CSS_NAMES.add(line.substring(0, line.indexOf(' ')));
    }
  }

  static Set<String> firstColumn(String resource) {
    try (InputStream in = ProvidersContractTest.class.getResourceAsStream(resource)) {
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          int tab = line.indexOf('\t');
          out.add(tab < 0 ? line : line.substring(0, tab));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentence text: capital start, single spaces, known words, final period. */
  static boolean isSentence(String s, int minWords, int maxWords) {
    return isSentence(s, minWords, maxWords, WORDS);
  }

  /** Sentence text of the words of {@code known} (a language's lorem table). */
  static boolean isSentence(String s, int minWords, int maxWords, Set<String> known) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || !s.endsWith(".")) {
      return false;
    }
    String[] words = s.substring(0, s.length() - 1).split(" ", -1);
    if (words.length < minWords || words.length > maxWords) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!known.contains(w)
          && !(i == 0 && known.contains(Character.toLowerCase(w.charAt(0)) + w.substring(1)))) {
        return false;
      }
    }
    return true;
  }

  /** Sentences separated by single spaces. */
  static int sentenceCount(String paragraph) {
    return sentenceCount(paragraph, WORDS);
  }

  /** Sentences of the words of {@code known} separated by single spaces. */
  static int sentenceCount(String paragraph, Set<String> known) {
    String[] sentences = paragraph.split("\\. ", -1);
    for (int i = 0; i < sentences.length; i++) {
      String s = i < sentences.length - 1 ? sentences[i] + "." : sentences[i];
      if (!isSentence(s, 1, 10_000, known)) {
        return -1;
      }
    }
    return sentences.length;
  }

  static boolean isHex(String s, int length) {
    return s.length() == length
        && s.equals(s.toLowerCase(java.util.Locale.ROOT))
        && HexFormat.of().parseHex(s).length == length / 2;
  }

  static boolean parsesAsIp(String s) {
    try {
      return InetAddress.getByName(s) != null;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static int age(LocalDate born, LocalDate on) {
    return Period.between(born, on).getYears();
  }

  static final DomainValidator DOMAINS = DomainValidator.getInstance();
  static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});
  static final InetAddressValidator IPS = InetAddressValidator.getInstance();

  static boolean isUrl(String s) {
    URI uri = URI.create(s);
    return URLS.isValid(s) && uri.getHost() != null && DOMAINS.isValid(uri.getHost());
  }

  @TestFactory
  Stream<DynamicContainer> datetime() {
    LocalDate lo = LocalDate.of(1970, 1, 1);
    LocalDate hi = LocalDate.of(2030, 12, 31);
    LocalDate a = LocalDate.of(2024, 2, 27);
    LocalDate b = LocalDate.of(2024, 3, 2);
    return ProviderContract.all(
        ProviderContract.of("date", Faker::date, Faker::dates)
            .valid(d -> !d.isBefore(lo) && !d.isAfter(hi)),
        ProviderContract.of("date(start, end)", f -> f.date(a, b), (f, n) -> f.dates(n, a, b))
            .valid(d -> !d.isBefore(a) && !d.isAfter(b))
            .maxShare(0.3)
            .notRegistered(),
        ProviderContract.of(
                "date(isoStart, isoEnd)",
                f -> f.date("2024-02-27", "2024-03-02"),
                (f, n) -> f.dates(n, "2024-02-27", "2024-03-02"))
            .valid(d -> !d.isBefore(a) && !d.isAfter(b))
            .maxShare(0.3)
            .notRegistered(),
        ProviderContract.of("dateOfBirth", Faker::dateOfBirth, Faker::datesOfBirth)
            .valid(d -> age(d, REFERENCE) >= 18 && age(d, REFERENCE) <= 100),
        ProviderContract.of(
                "dateOfBirth(30, 40)",
                f -> f.dateOfBirth(30, 40),
                (f, n) -> f.datesOfBirth(n, 30, 40))
            .valid(d -> age(d, REFERENCE) >= 30 && age(d, REFERENCE) <= 40)
            .notRegistered(),
        ProviderContract.of(
                "dateOfBirth(0, 5, 2024-02-29)",
                f -> f.dateOfBirth(0, 5, LocalDate.of(2024, 2, 29)),
                (f, n) -> f.datesOfBirth(n, 0, 5, LocalDate.of(2024, 2, 29)))
            .valid(
                d ->
                    age(d, LocalDate.of(2024, 2, 29)) <= 5 && !d.isAfter(LocalDate.of(2024, 2, 29)))
            .notRegistered(),
        ProviderContract.of("dateTime", Faker::dateTime, Faker::dateTimes)
            .valid(
                t ->
                    t.getNano() == 0
                        && !t.isBefore(lo.atStartOfDay())
                        && !t.isAfter(hi.atTime(23, 59, 59))),
        ProviderContract.of(
                "dateTime(start, end)",
                f ->
                    f.dateTime(
                        LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 1, 0, 1)),
                (f, n) -> f.dateTimes(n, "2024-01-01T00:00", "2024-01-01T00:01:00"))
            .valid(
                t ->
                    t.getNano() == 0
                        && t.getYear() == 2024
                        && t.getMinute() * 60 + t.getSecond() <= 60
                        && t.getHour() == 0)
            .notRegistered());
  }

  @TestFactory
  Stream<DynamicContainer> text() {
    return ProviderContract.all(
        ProviderContract.of("word", Faker::word, Faker::words)
            .valid(WORDS::contains)
            .maxShare(0.07),
        ProviderContract.of("sentence", Faker::sentence, Faker::sentences)
            .valid(s -> isSentence(s, 3, 12)),
        ProviderContract.of("sentence(7)", f -> f.sentence(7), (f, n) -> f.sentences(n, 7))
            .valid(s -> isSentence(s, 7, 7))
            .notRegistered(),
        ProviderContract.of("sentence(1)", f -> f.sentence(1), (f, n) -> f.sentences(n, 1))
            .valid(s -> isSentence(s, 1, 1))
            .maxShare(0.07)
            .notRegistered(),
        ProviderContract.of("paragraph", Faker::paragraph, Faker::paragraphs)
            .valid(p -> sentenceCount(p) >= 2 && sentenceCount(p) <= 6),
        ProviderContract.of("paragraph(3)", f -> f.paragraph(3), (f, n) -> f.paragraphs(n, 3))
            .valid(p -> sentenceCount(p) == 3)
            .notRegistered(),
        ProviderContract.of("text", Faker::text, Faker::texts)
            .valid(t -> t.length() >= 50 && t.length() <= 200 && sentenceCount(t) >= 1),
        ProviderContract.of("text(20, 25)", f -> f.text(20, 25), (f, n) -> f.texts(n, 20, 25))
            .valid(t -> t.length() >= 20 && t.length() <= 25 && sentenceCount(t) >= 1)
            .notRegistered());
  }

  @TestFactory
  Stream<DynamicContainer> identifiers() {
    return ProviderContract.all(
        ProviderContract.of("md5", Faker::md5, Faker::md5s).valid(s -> isHex(s, 32)),
        ProviderContract.of("sha256", Faker::sha256, Faker::sha256s).valid(s -> isHex(s, 64)));
  }

  @TestFactory
  Stream<DynamicContainer> company() {
    return ProviderContract.all(
        ProviderContract.of("company", Faker::company, Faker::companies)
            .valid(c -> !c.isBlank() && c.equals(c.strip()) && !c.contains("  ")),
        ProviderContract.of("job", Faker::job, Faker::jobs).valid(JOBS::contains),
        ProviderContract.of("catchPhrase", Faker::catchPhrase, Faker::catchPhrases)
            .valid(c -> c.split(" ").length >= 3 && Character.isUpperCase(c.charAt(0))));
  }

  @TestFactory
  Stream<DynamicContainer> internet() {
    return ProviderContract.all(
        ProviderContract.of("url", Faker::url, Faker::urls).valid(ProvidersContractTest::isUrl),
        ProviderContract.of("safeUrl", Faker::safeUrl, Faker::safeUrls)
            .valid(
                u -> isUrl(u) && URI.create(u).getHost().matches(".*\\.example\\.(com|net|org)")),
        ProviderContract.of("domainName", Faker::domainName, Faker::domainNames)
            .valid(DOMAINS::isValid),
        ProviderContract.of("safeDomainName", Faker::safeDomainName, Faker::safeDomainNames)
            .valid(d -> DOMAINS.isValid(d) && d.matches("[a-z0-9-]+\\.example\\.(com|net|org)")),
        ProviderContract.of("ipv4", Faker::ipv4, Faker::ipv4s)
            .valid(s -> IPS.isValidInet4Address(s) && parsesAsIp(s)),
        ProviderContract.of("safeIpv4", Faker::safeIpv4, Faker::safeIpv4s)
            .valid(
                s ->
                    IPS.isValidInet4Address(s)
                        && (s.startsWith("192.0.2.")
                            || s.startsWith("198.51.100.")
                            || s.startsWith("203.0.113."))),
        ProviderContract.of("ipv6", Faker::ipv6, Faker::ipv6s)
            .valid(s -> IPS.isValidInet6Address(s) && parsesAsIp(s)),
        ProviderContract.of("safeIpv6", Faker::safeIpv6, Faker::safeIpv6s)
            .valid(s -> IPS.isValidInet6Address(s) && s.startsWith("2001:db8:")),
        ProviderContract.of("macAddress", Faker::macAddress, Faker::macAddresses)
            .valid(
                s ->
                    s.length() == 17
                        && HexFormat.ofDelimiter(":").parseHex(s).length == 6
                        && s.equals(s.toLowerCase(java.util.Locale.ROOT))
                        && (HexFormat.fromHexDigits(s, 0, 2) & 0x03) == 0));
  }

  @TestFactory
  Stream<DynamicContainer> color() {
    return ProviderContract.all(
        ProviderContract.of("color", Faker::color, Faker::colors).valid(CSS_NAMES::contains),
        ProviderContract.of("colorWithHex", Faker::colorWithHex, Faker::colorsWithHex)
            .valid(
                c ->
                    CSS_NAMES.contains(c.substring(0, c.indexOf(' ')))
                        && Integer.decode(c.substring(c.indexOf(' ') + 1)) <= 0xFFFFFF),
        ProviderContract.of("hexColor", Faker::hexColor, Faker::hexColors)
            .valid(c -> c.length() == 7 && c.charAt(0) == '#' && isHex(c.substring(1), 6)),
        ProviderContract.of("rgbColor", Faker::rgbColor, Faker::rgbColors).valid(ColorTest::isRgb));
  }
}
