package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks every locale passes: the same seed gives the same values, and two fakers of different
 * locales drawing in turn in one thread give what each gives alone (no state shared between
 * locales).
 */
final class LocaleChecks {
  private static final int ROUNDS = 50;

  private LocaleChecks() {}

  /** The same seed gives the same values; another seed gives others. */
  static void deterministic(String locale) {
    assertThat(draw(new Faker(locale, 21L))).isEqualTo(draw(new Faker(locale, 21L)));
    assertThat(draw(new Faker(locale, 21L))).isNotEqualTo(draw(new Faker(locale, 22L)));
  }

  /** Fakers of {@code first} and {@code second} interleaved give what each gives alone. */
  static void independent(String first, String second) {
    List<String> firstAlone = draw(new Faker(first, 4L));
    List<String> secondAlone = draw(new Faker(second, 4L));
    Faker a = new Faker(first, 4L);
    Faker b = new Faker(second, 4L);
    List<String> firstMixed = new ArrayList<>();
    List<String> secondMixed = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      firstMixed.addAll(draw1(a));
      secondMixed.addAll(draw1(b));
    }
    assertThat(firstMixed).isEqualTo(firstAlone);
    assertThat(secondMixed).isEqualTo(secondAlone);
  }

  private static List<String> draw(Faker faker) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      out.addAll(draw1(faker));
    }
    return out;
  }

  private static List<String> draw1(Faker faker) {
    return List.of(
        faker.name(),
        faker.address(),
        faker.phoneNumber(),
        faker.iban(),
        faker.company(),
        faker.email(),
        faker.city(),
        faker.postcode(),
        faker.country());
  }
}
