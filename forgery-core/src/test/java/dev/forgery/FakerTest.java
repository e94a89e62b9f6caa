package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.Locales;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FakerTest {

  @Test
  void acceptsTheUsualSpellingsOfALocale() {
    assertThat(new Faker("en_US", 1L).locale()).isEqualTo(Locale.US);
    assertThat(new Faker("en-US", 1L).locale()).isEqualTo(Locale.US);
    assertThat(new Faker("en_us").locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.US).locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.US, 3L).name()).isEqualTo(new Faker("en-US", 3L).name());
    assertThat(new Faker().locale()).isEqualTo(Locale.US);
    assertThat(new Faker("en_US", 1L)).hasToString("Faker[en_US]");
  }

  @Test
  void unknownLocaleListsTheSupportedOnes() {
    assertThatThrownBy(() -> new Faker("xx_YY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xx_YY' is not supported")
        .hasMessageContaining("supported locales: " + Locales.SUPPORTED);
    // The supported locales are listed once, not once per clause.
    try {
      new Faker("xx_YY");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage().split("supported locales", -1)).hasSize(2);
      assertThat(e.getMessage().split("is not supported", -1)).hasSize(2);
    }
    assertThatThrownBy(() -> new Faker("en_UX")).hasMessageContaining("did you mean 'en_US'?");
    assertThatThrownBy(() -> new Faker("klingon")).hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> new Faker((String) null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> new Faker((Locale) null)).hasMessageContaining("must not be null");
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i breaks naive lower-casing
      List<String> turkish = new Faker("en_US", 77L).emails(2_000);
      Locale.setDefault(Locale.US);
      assertThat(new Faker("en_US", 77L).emails(2_000)).isEqualTo(turkish);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void unseededFakersDiffer() {
    assertThat(new Faker().names(20)).isNotEqualTo(new Faker().names(20));
  }

  @Test
  void generateDrawsFromNamedProvidersInAnySpelling() {
    Faker faker = new Faker("en_US", 8L);
    Object snake = faker.generate("safe_email");
    faker.seed(8L);
    assertThat(faker.generate("safeEmail")).isEqualTo(snake);
    faker.seed(8L);
    assertThat(faker.safeEmail()).isEqualTo(snake);
    faker.seed(8L);
    assertThat(faker.generate("first_name", 5))
        .isEqualTo(List.copyOf(faker.seed(8L).firstNames(5)));
    assertThat(faker.providers()).contains("name", "email", "safeEmail", "uuid");
  }

  @Test
  void unknownProviderSuggestsTheClosestNames() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.generate("emial"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name 'emial' is not a known provider")
        .hasMessageContaining("did you mean 'email'?");
    assertThatThrownBy(() -> faker.generate("frist_name", 3))
        .hasMessageContaining("did you mean 'firstName'?");
    assertThatThrownBy(() -> faker.generate(null)).hasMessageContaining("known providers");
  }

  @Test
  void customProvidersFollowTheSeed() {
    Faker faker = new Faker("en_US", 5L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    List<Object> skus = faker.generate("sku", 100);
    assertThat(skus).allSatisfy(s -> assertThat((String) s).matches("SKU-\\d{4}"));
    faker.seed(5L);
    assertThat(faker.generate("SKU", 100)).isEqualTo(skus);
    assertThat(faker.providers()).contains("sku");
  }

  @Test
  void customProvidersCannotShadowBuiltInsOrBeBlank() {
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.register("first_name", f -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already the built-in provider 'firstName'");
    assertThatThrownBy(() -> faker.register(" ", f -> "x")).hasMessageContaining("blank");
    assertThatThrownBy(() -> faker.register("x", null)).isInstanceOf(NullPointerException.class);
  }
}
