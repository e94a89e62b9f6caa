package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.validator.routines.CreditCardValidator;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.Test;

class FinanceProvidersTest {
  private static final CreditCardValidator MAJOR_BRANDS =
      new CreditCardValidator(
          CreditCardValidator.VISA
              + CreditCardValidator.MASTERCARD
              + CreditCardValidator.AMEX
              + CreditCardValidator.DISCOVER
              + CreditCardValidator.DINERS);

  /** Luhn and 12-19 digits; commons-validator has no brand rules for JCB, UnionPay, Maestro. */
  private static final CreditCardValidator ANY_BRAND =
      CreditCardValidator.genericCreditCardValidator();

  private static final IBANValidator IBANS = IBANValidator.getInstance();

  /** The validator of each brand, or the generic one plus the brand's published prefixes. */
  static boolean validFor(CardBrand brand, String number) {
    switch (brand) {
      case VISA:
        return CreditCardValidator.VISA_VALIDATOR.isValid(number);
      case MASTERCARD:
        return CreditCardValidator.MASTERCARD_VALIDATOR.isValid(number);
      case AMERICAN_EXPRESS:
        return CreditCardValidator.AMEX_VALIDATOR.isValid(number);
      case DISCOVER:
        return CreditCardValidator.DISCOVER_VALIDATOR.isValid(number);
      case DINERS_CLUB:
        return CreditCardValidator.DINERS_VALIDATOR.isValid(number);
      case JCB:
        return ANY_BRAND.isValid(number) && number.matches("35(2[89]|[3-8][0-9])[0-9]{12}");
      case UNIONPAY:
        return ANY_BRAND.isValid(number) && number.matches("62[0-9]{14}");
      default:
        return ANY_BRAND.isValid(number)
            && number.matches("(5018|5020|5038|5893|6759|676[1-3])[0-9]{12}");
    }
  }

  /** The ISO 13616 check, written with the JDK's BigInteger: move 4 chars, letters to 10..35. */
  static boolean mod97(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1
        && iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  }

  @Test
  void creditCardNumbersFollowTheContract() {
    ProviderContract.check(
        Faker::creditCardNumber, Faker::creditCardNumbers, MAJOR_BRANDS_OR_OTHERS);
    for (CardBrand brand : CardBrand.values()) {
      ProviderContract.check(
          f -> f.creditCardNumber(brand),
          (f, n) -> f.creditCardNumbers(n, brand),
          s -> validFor(brand, s));
    }
  }

  private static final java.util.function.Predicate<String> MAJOR_BRANDS_OR_OTHERS =
      s -> {
        for (CardBrand brand : CardBrand.values()) {
          if (validFor(brand, s)) {
            return true;
          }
        }
        return false;
      };

  @Property(tries = 3000)
  void everyCardPassesItsBrandValidator(@ForAll long seed) {
    Faker faker = new Faker("en_US", seed);
    for (CardBrand brand : CardBrand.values()) {
      String number = faker.creditCardNumber(brand);
      assertThat(validFor(brand, number)).as("%s %s", brand, number).isTrue();
      assertThat(LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(number)).isTrue();
    }
    assertThat(ANY_BRAND.isValid(faker.creditCardNumber())).isTrue();
  }

  @Test
  void brandsFollowTheirUsShares() {
    List<String> numbers = new Faker("en_US", 3L).creditCardNumbers(100_000);
    Map<Character, Integer> firstDigits =
        ProviderContract.histogram(numbers.stream().map(s -> s.charAt(0)).toList());
    assertThat(firstDigits.get('4')).isBetween(48_000, 53_500); // Visa 520/1024
    assertThat(numbers.stream().filter(MAJOR_BRANDS::isValid).count()).isGreaterThan(93_000L);
    assertThat(numbers).anyMatch(s -> s.startsWith("2")).anyMatch(s -> s.length() == 15);
    assertThat(numbers).anyMatch(s -> s.length() == 14);
    assertThat(ProviderContract.histogram(numbers)).hasSize(100_000);
    // Account digits are uniform: each digit holds about a tenth of the positions.
    int[] digits = new int[10];
    for (String s : new Faker("en_US", 4L).creditCardNumbers(20_000, CardBrand.VISA)) {
      for (int i = 1; i < 15; i++) {
        digits[s.charAt(i) - '0']++;
      }
    }
    for (int count : digits) {
      assertThat(count).isBetween(27_000, 29_000);
    }
  }

  @Test
  void formattedNumbersAreGroupedAsOnTheCard() {
    ProviderContract.check(
        Faker::formattedCreditCardNumber,
        Faker::formattedCreditCardNumbers,
        s -> MAJOR_BRANDS_OR_OTHERS.test(s.replace(" ", "")));
    Faker a = new Faker("en_US", 21L);
    Faker b = new Faker("en_US", 21L);
    for (int i = 0; i < 2_000; i++) {
      String plain = a.creditCardNumber();
      String grouped = b.formattedCreditCardNumber();
      assertThat(grouped.replace(" ", "")).isEqualTo(plain);
      assertThat(grouped)
          .matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}|[0-9]{4} [0-9]{6} [0-9]{4,5}");
    }
    assertThat(a.formattedCreditCardNumber(CardBrand.AMERICAN_EXPRESS))
        .matches("3[47][0-9]{2} [0-9]{6} [0-9]{5}");
    assertThat(a.formattedCreditCardNumber(CardBrand.DINERS_CLUB))
        .matches("3[0-9]{3} [0-9]{6} [0-9]{4}");
    assertThat(a.generate("formatted_credit_card_number")).asString().contains(" ");
  }

  @Test
  void brandsAreFoundByName() {
    Faker a = new Faker("en_US", 6L);
    Faker b = new Faker("en_US", 6L);
    assertThat(a.creditCardNumber("amex"))
        .isEqualTo(b.creditCardNumber(CardBrand.AMERICAN_EXPRESS));
    assertThat(a.creditCardNumbers(3, "Diners Club"))
        .isEqualTo(b.creditCardNumbers(3, CardBrand.DINERS_CLUB));
    assertThat(CardBrand.of("master-card")).isEqualTo(CardBrand.MASTERCARD);
    assertThat(CardBrand.of("UNIONPAY").displayName()).isEqualTo("UnionPay");
    assertThatThrownBy(() -> a.creditCardNumber("visaa"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brand 'visaa' is unknown")
        .hasMessageContaining("did you mean 'visa'")
        .hasMessageContaining("american_express");
    assertThatThrownBy(() -> a.creditCardNumber((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brand must not be null");
    assertThatThrownBy(() -> a.creditCardNumber((CardBrand) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brand must not be null");
    assertThatThrownBy(() -> a.creditCardNumbers(-1, CardBrand.VISA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0");
  }

  @Test
  void ibansFollowTheContract() {
    ProviderContract.check(Faker::iban, Faker::ibans, IBANS::isValid);
    for (String country : List.of("DE", "GB", "FR", "MU", "BR", "TR", "MA")) {
      ProviderContract.check(
          f -> f.iban(country), (f, n) -> f.ibans(n, country), FinanceProvidersTest::mod97);
    }
  }

  @Property(tries = 3000)
  void everyIbanIsValid(@ForAll long seed) {
    Faker faker = new Faker("en_US", seed);
    String iban = faker.iban();
    assertThat(IBANS.isValid(iban)).as(iban).isTrue();
    assertThat(mod97(iban)).isTrue();
  }

  @Test
  void everyRegistryCountryGivesValidIbans() {
    Faker faker = new Faker("en_US", 10L);
    int byValidator = 0;
    for (String country : Ibans.countries()) {
      for (String iban : faker.ibans(300, country)) {
        assertThat(iban).startsWith(country);
        assertThat(mod97(iban)).as(iban).isTrue();
        if (IBANS.hasValidator(country)) {
          assertThat(IBANS.isValid(iban)).as(iban).isTrue();
          assertThat(iban).hasSize(IBANS.getValidator(country).getIbanLength());
        }
      }
      if (IBANS.hasValidator(country)) {
        byValidator++;
      }
    }
    // commons-validator knows the SWIFT registry; the rest are national IBANs outside it.
    assertThat(byValidator).isGreaterThanOrEqualTo(100);
    assertThat(Ibans.countries()).hasSize(127).contains("DE", "FR", "XK", "MA");
  }

  @Test
  void theDefaultMixIsEuropean() {
    Map<String, Integer> countries =
        ProviderContract.histogram(
            new Faker("en_US", 1L).ibans(100_000).stream().map(s -> s.substring(0, 2)).toList());
    assertThat(countries.keySet())
        .containsExactlyInAnyOrder(
            "DE", "GB", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "PT");
    assertThat(countries.get("DE")).isBetween(22_500, 25_500);
    assertThat(countries.get("PT")).isBetween(1_500, 2_500);
    assertThat(ProviderContract.histogram(new Faker("en_US", 1L).ibans(100_000))).hasSize(100_000);
  }

  @Test
  void unknownIbanCountriesAreRejected() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.iban("fr")).startsWith("FR");
    assertThatThrownBy(() -> faker.iban("US"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countryCode 'US' has no IBAN format")
        .hasMessageContaining("DE");
    assertThatThrownBy(() -> faker.ibans(2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countryCode 'null'");
    assertThatThrownBy(() -> faker.iban("DX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did you mean");
  }

  @Test
  void providersAreRegisteredByName() {
    assertThat(new Faker("en_US", 1L).generate("credit_card_number"))
        .isEqualTo(new Faker("en_US", 1L).creditCardNumber());
    assertThat(new Faker("en_US", 1L).generate("iban")).isEqualTo(new Faker("en_US", 1L).iban());
  }

  /** The countries with an IBAN format, through the public surface only. */
  private static final class Ibans {
    static List<String> countries() {
      try {
        new Faker("en_US", 0L).iban("??");
      } catch (IllegalArgumentException e) {
        String m = e.getMessage();
        String list = m.substring(m.lastIndexOf('[') + 1, m.lastIndexOf(']'));
        return List.of(list.split(", "));
      }
      throw new AssertionError("'??' was accepted");
    }
  }
}
