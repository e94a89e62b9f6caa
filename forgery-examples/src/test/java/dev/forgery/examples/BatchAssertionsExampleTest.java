package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AssertJ over forged batches: the code under test runs over thousands of values, and the test
 * states properties that must hold for every one of them.
 *
 * <p>The situation: a function that must work for any input of a kind (normalising emails, grouping
 * orders, computing totals). One hand-picked example proves little; a batch of forged inputs with
 * {@code allSatisfy}, {@code extracting} and {@code doesNotHaveDuplicates} checks the property
 * across the whole range, and a failure names the value that broke it and the seed that brings the
 * batch back.
 */
@ExtendWith(ForgeryExtension.class)
class BatchAssertionsExampleTest {

  /** An order line, forged by component names and types. */
  record Order(String sku, String productName, int quantity, BigDecimal price, LocalDate day) {}

  /** Code under test: the key a user is found by, whatever case or spaces they typed. */
  static String loginKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Code under test: the revenue of each day. */
  static Map<LocalDate, BigDecimal> revenueByDay(List<Order> orders) {
    return orders.stream()
        .collect(
            Collectors.groupingBy(
                Order::day,
                Collectors.reducing(
                    BigDecimal.ZERO,
                    o -> o.price().multiply(BigDecimal.valueOf(o.quantity())),
                    BigDecimal::add)));
  }

  @Test
  void everyForgedEmailIsValidAndItsKeyIsStable(
      @Forged(unique = true, size = 2_000) List<String> emails) {
    // An independent judge for the data itself (Apache Commons Validator), then the property.
    EmailValidator validator = EmailValidator.getInstance();
    assertThat(emails).hasSize(2_000).doesNotHaveDuplicates().allMatch(validator::isValid);

    assertThat(emails)
        .allSatisfy(
            e -> assertThat(loginKey(" " + e.toUpperCase(Locale.ROOT))).isEqualTo(loginKey(e)));
    // Distinct emails keep distinct keys: the key loses nothing but case and spaces.
    assertThat(emails.stream().map(BatchAssertionsExampleTest::loginKey)).doesNotHaveDuplicates();
  }

  @Test
  void revenueByDayAddsUpToTheTotal(@Forged Faker faker) {
    // @Forged Faker is seeded from the test's seed, so a failure's @Seed replays these orders.
    List<Order> orders = faker.records(5_000, Order.class);

    Map<LocalDate, BigDecimal> byDay = revenueByDay(orders);

    BigDecimal total =
        orders.stream()
            .map(o -> o.price().multiply(BigDecimal.valueOf(o.quantity())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(byDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total);
    assertThat(byDay.keySet())
        .containsExactlyInAnyOrderElementsOf(orders.stream().map(Order::day).distinct().toList());
    // Properties of the forged data that the code relies on, stated once for the whole batch.
    assertThat(orders)
        .extracting(Order::price)
        .allSatisfy(p -> assertThat(p.scale()).isEqualTo(2))
        .allSatisfy(p -> assertThat(p).isPositive());
  }

  @Test
  void extractingAndGroupingOverABatch(@Forged Faker faker) {
    List<String> states = faker.stateAbbrs(10_000);
    int[] ages = faker.integers(10_000, 18, 65); // numeric batches are primitive arrays

    assertThat(IntStream.of(ages).boxed())
        .hasSize(10_000)
        .allSatisfy(a -> assertThat(a).isBetween(18, 65));
    Map<String, Long> perState =
        states.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    // 10,000 draws over the US states: many distinct ones, none taking most of the batch.
    assertThat(perState).hasSizeGreaterThan(40);
    assertThat(perState.values()).allMatch(count -> count < 5_000);

    // extracting several fields at once, over records forged by component names.
    assertThat(faker.records(1_000, Order.class))
        .extracting(Order::sku, Order::quantity)
        .allSatisfy(t -> assertThat(t.toList()).doesNotContainNull());
  }
}
