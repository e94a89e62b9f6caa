package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PhoneNumberProviderTest {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  static PhoneNumber parse(String number) {
    try {
      return PHONES.parse(number, "US");
    } catch (NumberParseException e) {
      throw new AssertionError(number, e);
    }
  }

  /** Valid for region US by libphonenumber, and in the fictional block NPA-555-0100..0199. */
  static boolean validFictional(String number) {
    PhoneNumber parsed = parse(number);
    long national = parsed.getNationalNumber();
    return PHONES.isValidNumberForRegion(parsed, "US")
        && parsed.getCountryCode() == 1
        && national % 10_000_000L / 100 == 55501
        && PHONES.getNumberType(parsed) == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  @Test
  void phoneNumbersFollowTheContract() {
    ProviderContract.check(
        Faker::phoneNumber, Faker::phoneNumbers, PhoneNumberProviderTest::validFictional);
  }

  @Property(tries = 5000)
  void everyNumberIsValidForUsAndFictional(@ForAll long seed) {
    String number = new Faker("en_US", seed).phoneNumber();
    assertThat(validFictional(number)).as(number).isTrue();
  }

  @Test
  void formatsAndExtensionsVary() {
    List<String> numbers = new Faker("en_US", 8L).phoneNumbers(100_000);
    assertThat(numbers)
        .anyMatch(s -> s.matches("\\([2-9][0-9]{2}\\) 555-01[0-9]{2}"))
        .anyMatch(s -> s.matches("[2-9][0-9]{2}-555-01[0-9]{2}"))
        .anyMatch(s -> s.matches("[2-9][0-9]{2}\\.555\\.01[0-9]{2}"))
        .anyMatch(s -> s.matches("\\+1-[2-9][0-9]{2}-555-01[0-9]{2}"))
        .anyMatch(s -> s.matches("\\+1 \\([2-9][0-9]{2}\\) 555-01[0-9]{2}"))
        .anyMatch(s -> s.matches("1-[2-9][0-9]{2}-555-01[0-9]{2}"))
        .anyMatch(s -> s.matches("[2-9][0-9]{2}555[0-9]{4}"));
    long extensions =
        numbers.stream().filter(s -> s.contains(" x") || s.contains(" ext. ")).count();
    // One in 16 numbers has an extension: 6.25%.
    assertThat(extensions).isBetween(5_500L, 7_000L);
    for (String s : numbers) {
      if (s.contains("x")) {
        assertThat(parse(s).getExtension()).matches("[1-9][0-9]{1,3}");
      }
    }
  }

  @Test
  void areaCodesAndLinesAreSpreadEvenly() {
    List<String> numbers = new Faker("en_US", 12L).phoneNumbers(100_000);
    Map<Long, Long> areas =
        numbers.stream()
            .collect(
                Collectors.groupingBy(
                    s -> parse(s).getNationalNumber() / 10_000_000L, Collectors.counting()));
    assertThat(areas.size()).isGreaterThan(350);
    assertThat(areas.values().stream().mapToLong(Long::longValue).max().orElseThrow())
        .isLessThan(450L); // 100,000 / 359 = 279 on average
    Set<Long> distinct =
        numbers.stream().map(s -> parse(s).getNationalNumber()).collect(Collectors.toSet());
    // 35,900 fictional numbers exist; 100,000 draws reach about 94% of them.
    assertThat(distinct.size()).isBetween(32_000, 35_900);
  }

  @Test
  void forgeryShortcutAndCatalogue() {
    Forgery.seed(5L);
    assertThat(Forgery.phoneNumbers(4)).isEqualTo(new Faker("en_US", 5L).phoneNumbers(4));
    assertThat(new Faker("en_US", 1L).generate("phone_number"))
        .isEqualTo(new Faker("en_US", 1L).phoneNumber());
  }
}
