package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.forgery.Faker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every locale through the extension: {@code @Forged(locale = ...)} values, records and fakers, and
 * {@code forgery.locale} set as a configuration parameter. Each locale's values are judged by its
 * own rules: libphonenumber for its country's phone numbers, commons-validator for IBANs of its
 * country, its country's postcode format, the script of its names, and text made of its language's
 * words (Japanese run together, ending with {@code 。}).
 */
class LocaleInjectionTest {
  /** A record whose components infer their providers from their names. */
  public record Contact(
      String firstName, String lastName, String phoneNumber, String postcode, String description) {}

  @ExtendWith(ForgeryExtension.class)
  static class EveryLocaleTestCase {
    @Test
    void german(
        @Forged(locale = "de_DE") String phoneNumber,
        @Forged(locale = "de-DE", size = 20) List<String> ibans,
        @Forged(locale = "de_DE") Contact contact,
        @Forged(locale = "de_DE") String sentence,
        @Forged(locale = "de") Faker faker) {
      seeAll("de_DE", phoneNumber, ibans, contact, sentence, faker);
    }

    @Test
    void british(
        @Forged(locale = "en_GB") String phoneNumber,
        @Forged(locale = "en_GB", size = 20) List<String> ibans,
        @Forged(locale = "en_GB") Contact contact,
        @Forged(locale = "en_GB") String sentence,
        @Forged(locale = "en-GB") Faker faker) {
      seeAll("en_GB", phoneNumber, ibans, contact, sentence, faker);
    }

    @Test
    void american(
        @Forged(locale = "en_US") String phoneNumber,
        @Forged(locale = "en_US", size = 20) List<String> ibans,
        @Forged(locale = "en_US") Contact contact,
        @Forged(locale = "en_US") String sentence,
        @Forged(locale = "en") Faker faker) {
      seeAll("en_US", phoneNumber, ibans, contact, sentence, faker);
    }

    @Test
    void spanish(
        @Forged(locale = "es_ES") String phoneNumber,
        @Forged(locale = "es_ES", size = 20) List<String> ibans,
        @Forged(locale = "es_ES") Contact contact,
        @Forged(locale = "es_ES") String sentence,
        @Forged(locale = "es") Faker faker) {
      seeAll("es_ES", phoneNumber, ibans, contact, sentence, faker);
    }

    @Test
    void french(
        @Forged(locale = "fr_FR") String phoneNumber,
        @Forged(locale = "fr_FR", size = 20) List<String> ibans,
        @Forged(locale = "fr_FR") Contact contact,
        @Forged(locale = "fr_FR") String sentence,
        @Forged(locale = "fr") Faker faker) {
      seeAll("fr_FR", phoneNumber, ibans, contact, sentence, faker);
    }

    @Test
    void italian(
        @Forged(locale = "it_IT") String phoneNumber,
        @Forged(locale = "it_IT", size = 20) List<String> ibans,
        @Forged(locale = "it_IT") Contact contact,
        @Forged(locale = "it_IT") String sentence,
        @Forged(locale = "it-IT") Faker faker) {
      seeAll("it_IT", phoneNumber, ibans, contact, sentence, faker);
    }

    /** Japan does not use IBANs, so ja_JP has none to inject. */
    @Test
    void japanese(
        @Forged(locale = "ja_JP") String phoneNumber,
        @Forged(locale = "ja_JP") Contact contact,
        @Forged(locale = "ja_JP") String sentence,
        @Forged(locale = "ja") Faker faker) {
      seeAll("ja_JP", phoneNumber, List.of(), contact, sentence, faker);
    }

    private static void seeAll(
        String locale,
        String phoneNumber,
        List<String> ibans,
        Contact contact,
        String sentence,
        Faker faker) {
      Kit.see(locale + ".phone", phoneNumber);
      Kit.see(locale + ".ibans", ibans);
      Kit.see(locale + ".contact", contact);
      Kit.see(locale + ".sentence", sentence);
      Kit.see(locale + ".locale", faker.locale().toString());
      Kit.see(locale + ".postcodes", faker.postcodes(50));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class DefaultLocaleTestCase {
    @Test
    void byConfiguration(
        @Forged String phoneNumber,
        @Forged String postcode,
        @Forged Contact contact,
        @Forged String sentence,
        @Forged Faker faker) {
      Kit.see("phone", phoneNumber);
      Kit.see("postcode", postcode);
      Kit.see("contact", contact);
      Kit.see("sentence", sentence);
      Kit.see("locale", faker.locale().toString());
      Kit.see("fakerPhone", faker.phoneNumber());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de_DE", "en_GB", "en_US", "es_ES", "fr_FR", "it_IT", "ja_JP"})
  @SuppressWarnings("unchecked")
  void theLocaleAttributeGivesThatLocalesData(String locale) {
    Map<String, Object> seen = Kit.passed(EveryLocaleTestCase.class, 5L, 7);
    assertThat(Judge.phone(locale, (String) seen.get(locale + ".phone")))
        .as("%s is a valid number of %s", seen.get(locale + ".phone"), locale)
        .isTrue();
    List<String> ibans = (List<String>) seen.get(locale + ".ibans");
    assertThat(ibans).hasSize(locale.equals("ja_JP") ? 0 : 20).allMatch(i -> Judge.iban(locale, i));
    assertThat(Judge.contact(locale, (Contact) seen.get(locale + ".contact")))
        .as("%s", seen.get(locale + ".contact"))
        .isTrue();
    assertThat(Judge.sentence(locale, (String) seen.get(locale + ".sentence")))
        .as("%s", seen.get(locale + ".sentence"))
        .isTrue();
    assertThat(seen.get(locale + ".locale")).isEqualTo(locale);
    assertThat((List<String>) seen.get(locale + ".postcodes"))
        .allMatch(p -> Judge.postcode(locale, p));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de_DE", "en_GB", "en_US", "es_ES", "fr_FR", "it_IT", "ja_JP"})
  void forgeryLocaleSetsTheDefault(String locale) {
    Kit.run(DefaultLocaleTestCase.class, "forgery.locale", locale, "forgery.seed", "9")
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
    Map<String, Object> seen = Kit.seen();
    assertThat(Judge.phone(locale, (String) seen.get("phone"))).as("%s", seen).isTrue();
    assertThat(Judge.phone(locale, (String) seen.get("fakerPhone"))).as("%s", seen).isTrue();
    assertThat(Judge.postcode(locale, (String) seen.get("postcode"))).as("%s", seen).isTrue();
    assertThat(Judge.contact(locale, (Contact) seen.get("contact"))).as("%s", seen).isTrue();
    assertThat(Judge.sentence(locale, (String) seen.get("sentence"))).as("%s", seen).isTrue();
    assertThat(seen.get("locale")).isEqualTo(locale);
  }

  @Test
  void theJudgesTellTheLocalesApart() {
    assertThat(Judge.phone("de_DE", "+44 20 7946 0018")).isFalse();
    assertThat(Judge.postcode("ja_JP", "10115")).isFalse();
    assertThat(Judge.postcode("en_GB", "SW1A 1AA")).isTrue();
    assertThat(Judge.iban("it_IT", "DE89370400440532013000")).isFalse();
    assertThat(Judge.sentence("it_IT", "The house of the people.")).isFalse();
    assertThat(Judge.sentence("it_IT", "Casa e popolo.")).isTrue();
    assertThat(Judge.sentence("ja_JP", "Lorem ipsum.")).isFalse();
    assertThat(Judge.sentence("ja_JP", "雪月。")).isTrue();
    assertThat(Judge.name("ja_JP", "Tanaka")).isFalse();
    assertThat(Judge.name("de_DE", "田中")).isFalse();
  }

  /** Each locale's rules, written from the countries' formats and validators written by others. */
  static final class Judge {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Postcodes: five digits, Japan's NNN-NNNN and the British outward and inward codes. */
    private static final Map<String, Pattern> POSTCODES =
        Map.of(
            "de_DE", Pattern.compile("[0-9]{5}"),
            "en_GB", Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}"),
            "en_US", Pattern.compile("[0-9]{5}"),
            "es_ES", Pattern.compile("(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}"),
            "fr_FR", Pattern.compile("[0-9]{5}"),
            "it_IT", Pattern.compile("[0-9]{5}"),
            "ja_JP", Pattern.compile("[0-9]{3}-[0-9]{4}"));

    private static final Pattern JAPANESE =
        Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶー]+");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}' .-]*");

    private Judge() {}

    static String country(String locale) {
      return locale.substring(3);
    }

    static boolean phone(String locale, String number) {
      try {
        return PHONES.isValidNumberForRegion(
            PHONES.parse(number, country(locale)), country(locale));
      } catch (NumberParseException e) {
        return false;
      }
    }

    /** A valid IBAN of the locale's country (en_US draws a mix of countries). */
    static boolean iban(String locale, String iban) {
      return IBANValidator.getInstance().isValid(iban)
          && (locale.equals("en_US") || iban.startsWith(country(locale)));
    }

    static boolean postcode(String locale, String postcode) {
      return POSTCODES.get(locale).matcher(postcode).matches();
    }

    /** Japanese names in Japanese script, the others in Latin letters. */
    static boolean name(String locale, String name) {
      return (locale.equals("ja_JP") ? JAPANESE : LATIN).matcher(name).matches();
    }

    static boolean contact(String locale, Contact c) {
      return name(locale, c.firstName())
          && name(locale, c.lastName())
          && phone(locale, c.phoneNumber())
          && postcode(locale, c.postcode())
          && text(locale, c.description());
    }

    /** One sentence of the language's words. */
    static boolean sentence(String locale, String s) {
      return text(locale, s) && s.indexOf(fullStop(locale)) == s.length() - 1;
    }

    /**
     * Whole sentences of the language's words: Japanese run together, each ending with {@code 。};
     * the others separated by spaces, each opening with a capital and ending with a period.
     */
    static boolean text(String locale, String s) {
      if (s.isEmpty() || s.charAt(s.length() - 1) != fullStop(locale)) {
        return false;
      }
      Set<String> words = words(locale);
      if (locale.equals("ja_JP")) {
        for (String sentence : s.split("(?<=。)")) {
          String body = sentence.substring(0, sentence.length() - 1);
          if (!JAPANESE.matcher(body).matches()
              || words.stream().noneMatch(body::startsWith)
              || words.stream().noneMatch(body::endsWith)) {
            return false;
          }
        }
        return true;
      }
      for (String sentence : s.substring(0, s.length() - 1).split("\\. ", -1)) {
        if (sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0))) {
          return false;
        }
        String lowered = Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        for (String word : lowered.split(" ", -1)) {
          if (!words.contains(word) && !words.contains(capitalised(word))) {
            return false;
          }
        }
      }
      return true;
    }

    private static String capitalised(String word) {
      return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static char fullStop(String locale) {
      return locale.equals("ja_JP") ? '。' : '.';
    }

    /**
     * The language's word list as the jar ships it: Japanese, Italian, Spanish, French and German
     * have their own, English is the list of {@code root}.
     */
    static Set<String> words(String locale) {
      String language = locale.substring(0, 2);
      String path =
          switch (language) {
            case "ja" -> "ja/lorem_unspaced_words.txt";
            case "en" -> "root/lorem_words.txt";
            default -> language + "/lorem_words.txt";
          };
      try (InputStream in = Faker.class.getResourceAsStream("/dev/forgery/data/" + path)) {
        if (in == null) {
          throw new IllegalStateException("no word list " + path);
        }
        Set<String> words = new HashSet<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          words.add(line.split("\t")[0]);
        }
        return words;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
