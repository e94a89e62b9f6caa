package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moving a test from Datafaker to forgery: the same test written both ways, side by side.
 *
 * <p>The situation: an existing suite that builds its data with Datafaker in loops. The forgery
 * version asks for the data it needs as parameters (or in batches from a {@code Faker}), gets a
 * different seed on every run instead of the fixed {@code new Random(42)}, and prints the seed that
 * replays a failure. The README's "Migrating from Datafaker" table maps the methods one by one.
 */
@ExtendWith(ForgeryExtension.class)
class MigrationExampleTest {

  /** A newsletter subscriber. */
  record Subscriber(String name, String email, int age) {}

  /** Code under test: one mail per address, adults only, first sign-up wins. */
  static List<Subscriber> audience(List<Subscriber> signups) {
    Map<String, Subscriber> byEmail = new LinkedHashMap<>();
    for (Subscriber s : signups) {
      if (s.age() >= 18) {
        byEmail.putIfAbsent(s.email().toLowerCase(Locale.ROOT), s);
      }
    }
    return List.copyOf(byEmail.values());
  }

  /** The properties both versions check: the test's real content, shared so only data differs. */
  private static void checkAudience(List<Subscriber> signups) {
    List<Subscriber> audience = audience(signups);
    assertThat(audience)
        .allMatch(s -> s.age() >= 18)
        .extracting(s -> s.email().toLowerCase(Locale.ROOT))
        .doesNotHaveDuplicates();
    assertThat(audience).hasSizeLessThanOrEqualTo(signups.size());
    assertThat(signups).filteredOn(s -> s.age() >= 18).allMatch(s -> isIn(s, audience));
  }

  private static boolean isIn(Subscriber s, List<Subscriber> audience) {
    return audience.stream().anyMatch(a -> a.email().equalsIgnoreCase(s.email()));
  }

  /** Before: Datafaker, a fixed seed, one call per value in a loop. */
  @Test
  void withDatafaker() {
    net.datafaker.Faker faker = new net.datafaker.Faker(Locale.US, new Random(42));
    List<Subscriber> signups = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      signups.add(
          new Subscriber(
              faker.name().fullName(),
              faker.internet().emailAddress(),
              faker.number().numberBetween(10, 81))); // upper bound exclusive: 10..80
    }
    signups.add(signups.get(0)); // a duplicate sign-up

    checkAudience(signups);
  }

  /** After: forgery, the data as parameters, a new seed each run and a printed one on failure. */
  @Test
  void withForgery(
      @Forged(size = 1_000) List<String> names,
      @Forged(size = 1_000) List<String> emails,
      @Forged(min = "10", max = "80", size = 1_000) List<Integer> ages) { // both bounds inclusive
    List<Subscriber> signups = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      signups.add(new Subscriber(names.get(i), emails.get(i), ages.get(i)));
    }
    signups.add(signups.get(0)); // a duplicate sign-up

    checkAudience(signups);
  }

  /** After, without the extension: a seeded Faker's batches in place of the loop. */
  @Test
  void withForgeryBatches() {
    dev.forgery.Faker faker = new dev.forgery.Faker("en_US", 42L);
    List<String> names = faker.names(1_000);
    List<String> emails = faker.emails(1_000);
    int[] ages = faker.integers(1_000, 10, 80); // numberBetween(10, 81) in Datafaker's terms
    List<Subscriber> signups = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      signups.add(new Subscriber(names.get(i), emails.get(i), ages[i]));
    }
    signups.add(signups.get(0));

    checkAudience(signups);
  }
}
