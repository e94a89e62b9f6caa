package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForgeryShortcutsTest {
  @Test
  void dateAndTextShortcutsDelegateToTheSharedFaker() {
    Forgery.seed(21L);
    var dates = Forgery.dates(5);
    var between = Forgery.dates(5, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    var iso = Forgery.dates(5, "2020-01-01", "2020-12-31");
    var sentences = Forgery.sentences(5);
    var fixed = Forgery.sentences(5, 4);
    var paragraphs = Forgery.paragraphs(5);
    var three = Forgery.paragraphs(5, 3);

    Faker same = new Faker("en_US", 21L);
    assertThat(dates).isEqualTo(same.dates(5));
    assertThat(between)
        .isEqualTo(same.dates(5, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(iso).isEqualTo(same.dates(5, "2020-01-01", "2020-12-31"));
    assertThat(sentences).isEqualTo(same.sentences(5));
    assertThat(fixed).isEqualTo(same.sentences(5, 4));
    assertThat(paragraphs).isEqualTo(same.paragraphs(5));
    assertThat(three).isEqualTo(same.paragraphs(5, 3));
  }

  @Test
  void everyNewProviderIsInTheCatalogue() {
    assertThat(new Faker("en_US", 1L).providers())
        .contains(
            "date",
            "dateOfBirth",
            "dateTime",
            "word",
            "sentence",
            "paragraph",
            "text",
            "md5",
            "sha256",
            "company",
            "job",
            "catchPhrase",
            "url",
            "safeUrl",
            "domainName",
            "safeDomainName",
            "ipv4",
            "safeIpv4",
            "ipv6",
            "safeIpv6",
            "macAddress",
            "color",
            "colorWithHex",
            "hexColor",
            "rgbColor");
    assertThat(new Faker("en_US", 1L).generate("date_of_birth")).isInstanceOf(LocalDate.class);
  }
}
