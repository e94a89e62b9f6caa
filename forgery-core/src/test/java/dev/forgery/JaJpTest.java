package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ja_JP locale: names are Japanese script with the family name first, addresses are Japan
 * Post's postcode, prefecture, municipality and town rows in the Japanese layout, phone numbers are
 * valid for JP per libphonenumber, and Japan, which has no IBAN, has no {@code iban}.
 */
class JaJpTest {
  private static final int N = 20_000;

  private static final Pattern ADDRESS =
      Pattern.compile("〒([0-9]{3}-[0-9]{4}) (.+?)([0-9][0-9-]*)");

  @Test
  void everySpellingOfJapaneseResolvesToJaJp() {
    for (String name : List.of("ja_JP", "ja-JP", "ja_jp", "JA-jp", "ja", "JA")) {
      assertThat(new Faker(name, 1L).locale()).as(name).isEqualTo(Locale.JAPAN);
    }
    assertThat(new Faker(Locale.JAPAN, 1L).locale()).isEqualTo(Locale.JAPAN);
    assertThat(new Faker(Locale.JAPANESE, 1L).locale()).isEqualTo(Locale.JAPAN);
  }

  @Test
  void namesAreJapaneseScriptFamilyNameFirst() {
    Faker faker = new Faker("ja_JP", 5L);
    Map<String, Integer> surnames = new HashMap<>();
    for (String name : faker.names(N)) {
      assertThat(JapaneseJudges.fullName(name)).as(name).isTrue();
      String family = name.substring(0, name.indexOf(' '));
      surnames.merge(family, 1, Integer::sum);
      assertThat(name.codePoints().filter(c -> c < 0x80 && c != ' ')).as(name).isEmpty();
    }
    // Surnames are weighted by bearers: 佐藤 (about 1.9 million) far ahead of a name of rank 1,000.
    assertThat(surnames.getOrDefault("佐藤", 0)).isGreaterThan(100);
    assertThat(surnames.get("佐藤")).isGreaterThan(5 * surnames.getOrDefault("倉橋", 0) + 5);
    assertThat(faker.firstNames(1_000)).allMatch(JapaneseJudges::japanese);
    assertThat(faker.lastNames(1_000)).allMatch(JapaneseJudges::japanese);
  }

  @Test
  void phoneNumbersAreValidForJapan() throws NumberParseException {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    int mobiles = 0;
    for (String number : new Faker("ja_JP", 7L).phoneNumbers(N)) {
      assertThat(phones.isValidNumberForRegion(phones.parse(number, "JP"), "JP"))
          .as(number)
          .isTrue();
      assertThat(number).matches("0[0-9]{1,3}-[0-9]{2,4}-[0-9]{4}");
      if (number.matches("0[789]0-.*")) {
        mobiles++;
      }
    }
    assertThat(mobiles).isBetween(N / 2, N * 7 / 10);
  }

  @Test
  void postcodePrefectureMunicipalityAndTownOfAnAddressAreOneJapanPostRow() {
    Faker faker = new Faker("ja_JP", 11L);
    Map<String, Integer> prefectures = new HashMap<>();
    for (String address : faker.addresses(N)) {
      Matcher m = ADDRESS.matcher(address);
      assertThat(m.matches()).as(address).isTrue();
      assertThat(JapaneseJudges.address(address)).as(address).isTrue();
      assertThat(m.group(3)).matches(JapaneseJudges.BLOCK);
      for (String prefecture : JapaneseJudges.PREFECTURES) {
        if (m.group(2).startsWith(prefecture)) {
          prefectures.merge(prefecture, 1, Integer::sum);
        }
      }
    }
    // Weighted by population: Tokyo well ahead of Tottori, the least populous prefecture.
    assertThat(prefectures.get("東京都")).isGreaterThan(N / 20);
    assertThat(prefectures.get("東京都")).isGreaterThan(10 * prefectures.getOrDefault("鳥取県", 0));
    assertThat(faker.postcodes(1_000)).allMatch(p -> p.matches("[0-9]{3}-[0-9]{4}"));
    assertThat(faker.stateAbbrs(1_000)).allMatch(c -> c.matches("0[1-9]|[1-3][0-9]|4[0-7]"));
  }

  @Test
  void ibanIsNotAvailableBecauseJapanHasNone() {
    Faker faker = new Faker("ja_JP", 3L);
    assertThatThrownBy(() -> faker.provider("iban").next())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provider 'iban' is not available in locale ja_JP");
    assertThatThrownBy(faker::iban)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ja_JP");
  }

  @Test
  void companiesCarryJapaneseLegalForms() {
    List<String> companies = new Faker("ja_JP", 9L).companies(5_000);
    assertThat(companies).allMatch(JapaneseJudges::company);
    assertThat(companies).anyMatch(c -> c.startsWith("株式会社"));
    assertThat(companies).anyMatch(c -> c.endsWith("株式会社"));
    assertThat(companies).anyMatch(c -> c.contains("合同会社"));
  }

  @Test
  void emailsAreRomanisedAtJapaneseFreeMail() {
    List<String> emails = new Faker("ja_JP", 13L).emails(5_000);
    assertThat(emails).allMatch(RegistryContractTest::email);
    assertThat(emails)
        .allMatch(e -> JapaneseJudges.FREE_MAIL.contains(RegistryContractTest.domainOf(e)));
    assertThat(emails).anyMatch(e -> e.endsWith("@yahoo.co.jp"));
    assertThat(emails).anyMatch(e -> e.endsWith("@docomo.ne.jp"));
    assertThat(emails).noneMatch(e -> e.startsWith("user"));
  }

  @Test
  void countriesAreNamedInJapanese() {
    List<String> countries = new Faker("ja_JP", 8L).countries(5_000);
    assertThat(countries).contains("日本", "ドイツ", "アメリカ合衆国");
    assertThat(countries).doesNotContain("Japan", "Germany");
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(draw(new Faker("ja_JP", 21L))).isEqualTo(draw(new Faker("ja_JP", 21L)));
    assertThat(draw(new Faker("ja_JP", 21L))).isNotEqualTo(draw(new Faker("ja_JP", 22L)));
  }

  @Test
  void fakersOfTwoLocalesInterleavedGiveWhatEachGivesAlone() {
    List<String> japaneseAlone = draw(new Faker("ja_JP", 4L));
    List<String> usAlone = draw(new Faker("en_US", 4L));
    Faker japanese = new Faker("ja_JP", 4L);
    Faker us = new Faker("en_US", 4L);
    List<String> japaneseMixed = new ArrayList<>();
    List<String> usMixed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      japaneseMixed.addAll(draw1(japanese));
      usMixed.addAll(draw1(us));
    }
    assertThat(japaneseMixed).isEqualTo(japaneseAlone);
    assertThat(usMixed).isEqualTo(usAlone);
  }

  /**
   * Pins a few seed-to-value pairs so that an accidental change of output is seen. A deliberate
   * change updates these values and is noted in CHANGELOG.md.
   */
  @Test
  void seed42GivesTheseValues() {
    Faker faker = new Faker("ja_JP", 42L);
    assertThat(
            List.of(
                faker.name(),
                faker.firstName(),
                faker.lastName(),
                faker.address(),
                faker.streetAddress(),
                faker.city(),
                faker.state(),
                faker.postcode(),
                faker.phoneNumber(),
                faker.company(),
                faker.email()))
        .isEqualTo(
            List.of(
                "黒川 美優",
                "瑛太",
                "小杉",
                "〒033-0073 青森県上北郡六戸町金矢3-2-5",
                "布佐241-11",
                "藤沢市",
                "愛知県",
                "252-0206",
                "090-2331-5079",
                "有限会社鳥越食品",
                "n.ootani@gmail.com"));
  }

  private static List<String> draw(Faker faker) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      out.addAll(draw1(faker));
    }
    return out;
  }

  private static List<String> draw1(Faker faker) {
    return List.of(
        faker.name(),
        faker.address(),
        faker.phoneNumber(),
        faker.company(),
        faker.email(),
        faker.city());
  }
}
