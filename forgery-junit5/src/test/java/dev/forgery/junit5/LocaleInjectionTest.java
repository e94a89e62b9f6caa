package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.forgery.Faker;
import java.util.List;
import java.util.Map;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Forged(locale = "de_DE")} and {@code forgery.locale=de_DE} give German data. */
class LocaleInjectionTest {

  @ExtendWith(ForgeryExtension.class)
  static class GermanTestCase {
    @Test
    void german(
        @Forged(locale = "de_DE") String phoneNumber,
        @Forged(locale = "de-DE", size = 20) List<String> ibans,
        @Forged(locale = "de") Faker faker) {
      Kit.see("phone", phoneNumber);
      Kit.see("ibans", ibans);
      Kit.see("locale", faker.locale().toString());
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class DefaultLocaleTestCase {
    @Test
    void byConfiguration(@Forged String postcode, @Forged Faker faker) {
      Kit.see("postcode", postcode);
      Kit.see("locale", faker.locale().toString());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLocaleAttributeGivesThatCountrysData() throws Exception {
    Map<String, Object> seen = Kit.passed(GermanTestCase.class, 5L, 1);
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    assertThat(phones.isValidNumberForRegion(phones.parse((String) seen.get("phone"), "DE"), "DE"))
        .as("%s is a valid German number", seen.get("phone"))
        .isTrue();
    assertThat((List<String>) seen.get("ibans"))
        .hasSize(20)
        .allSatisfy(
            iban -> {
              assertThat(iban).startsWith("DE");
              assertThat(IBANValidator.getInstance().isValid(iban)).as(iban).isTrue();
            });
    assertThat(seen.get("locale")).isEqualTo("de_DE");
  }

  @Test
  void forgeryLocaleSetsTheDefault() {
    Kit.run(DefaultLocaleTestCase.class, "forgery.locale", "de_DE", "forgery.seed", "9");
    assertThat((String) Kit.seen().get("postcode")).matches("\\d{5}");
    assertThat(Kit.seen().get("locale")).isEqualTo("de_DE");
  }
}
