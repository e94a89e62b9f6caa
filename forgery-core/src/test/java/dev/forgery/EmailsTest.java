package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;

class EmailsTest {
  private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, true);
  private static final Set<String> SAFE_DOMAINS =
      Set.of("example.com", "example.org", "example.net");

  @Property(tries = 300)
  void everyEmailIsAValidAddress(@ForAll long seed) {
    Faker faker = new Faker("en_US", seed);
    for (String email : faker.emails(50)) {
      assertThat(VALIDATOR.isValid(email)).as(email).isTrue();
      assertThat(email).matches("[a-z0-9._]+@[a-z0-9.-]+\\.[a-z]+");
      assertThat(email.indexOf('@')).isLessThanOrEqualTo(64);
    }
  }

  @Property(tries = 300)
  void safeEmailsUseOnlyReservedDomains(@ForAll long seed) {
    for (String email : new Faker("en_US", seed).safeEmails(50)) {
      assertThat(VALIDATOR.isValid(email)).as(email).isTrue();
      assertThat(SAFE_DOMAINS).contains(domain(email));
    }
  }

  @Property(tries = 300)
  void freeEmailsUsePopularFreeMailProviders(@ForAll long seed) {
    for (String email : new Faker("en_US", seed).freeEmails(50)) {
      assertThat(VALIDATOR.isValid(email)).as(email).isTrue();
      assertThat(domain(email))
          .isIn(
              "gmail.com",
              "yahoo.com",
              "hotmail.com",
              "outlook.com",
              "aol.com",
              "icloud.com",
              "comcast.net",
              "msn.com",
              "live.com",
              "att.net",
              "verizon.net",
              "me.com",
              "ymail.com",
              "sbcglobal.net",
              "protonmail.com",
              "mail.com",
              "gmx.com",
              "zoho.com");
    }
  }

  @Test
  void aBatchOfOneHundredThousandIsMostlyDistinct() {
    List<String> emails = new Faker("en_US", 2024L).emails(100_000);
    assertThat(new HashSet<>(emails).size()).isGreaterThan(90_000);
  }

  @Test
  void safeEmailsSpreadOverAllThreeDomains() {
    Map<String, Integer> counts = new HashMap<>();
    for (String email : new Faker("en_US", 9L).safeEmails(30_000)) {
      counts.merge(domain(email), 1, Integer::sum);
    }
    assertThat(counts).hasSize(3);
    counts.values().forEach(c -> assertThat(c).isBetween(9_000, 11_000));
  }

  @Test
  void gmailLeadsAndPersonalDomainsAppear() {
    Map<String, Integer> counts = new HashMap<>();
    for (String email : new Faker("en_US", 11L).emails(100_000)) {
      counts.merge(domain(email), 1, Integer::sum);
    }
    String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    assertThat(top).isEqualTo("gmail.com");
    assertThat(counts.keySet()).contains("smith.com");
  }

  @Test
  void localPartsUseSeveralPatterns() {
    List<String> emails = new Faker("en_US", 3L).emails(10_000);
    assertThat(emails).anyMatch(e -> e.matches("[a-z]+\\.[a-z]+@.*")); // first.last
    assertThat(emails).anyMatch(e -> e.matches("[a-z]+\\.[a-z]+\\d\\d@.*")); // with digits
    assertThat(emails).anyMatch(e -> e.matches("[a-z]+_[a-z]+@.*")); // underscore
    assertThat(emails).anyMatch(e -> e.matches("[a-z]+(19[5-9]\\d|200[0-5])@.*")); // year
  }

  private static String domain(String email) {
    return email.substring(email.indexOf('@') + 1);
  }

  @Test
  void usernamesAreTheLocalPartsOfEmailsAndBatchesEqualSingles() {
    Faker a = new Faker("en_US", 9L);
    Faker b = new Faker("en_US", 9L);
    List<String> usernames = a.usernames(1_000);
    for (String username : usernames) {
      assertThat(b.email()).startsWith(username + "@");
    }
    Faker c = new Faker("en_US", 9L);
    for (String username : usernames) {
      assertThat(c.username()).isEqualTo(username);
    }
    assertThat(new Faker("en_US", 9L).generate("userName")).isEqualTo(usernames.get(0));
  }
}
