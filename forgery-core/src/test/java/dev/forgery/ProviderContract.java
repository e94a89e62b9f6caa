package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contract every string provider passes: the same seed gives the same values, a batch equals
 * the same number of single calls, {@code n == 0} gives an empty list, {@code n < 0} is rejected,
 * and every value passes an outside validator.
 */
final class ProviderContract {
  private ProviderContract() {}

  /**
   * Checks the contract for one provider.
   *
   * @param single draws one value
   * @param batch draws {@code n} values
   * @param valid the outside validator
   */
  static <T> void check(
      Function<Faker, T> single, BiFunction<Faker, Integer, List<T>> batch, Predicate<T> valid) {
    for (long seed : new long[] {0L, 1L, 42L, -7L, Long.MAX_VALUE}) {
      Faker a = new Faker("en_US", seed);
      Faker b = new Faker("en_US", seed);
      List<T> singles = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        singles.add(single.apply(a));
      }
      List<T> batched = batch.apply(b, 500);
      assertThat(batched).as("batch equals repeated singles, seed %d", seed).isEqualTo(singles);
      assertThat(batch.apply(a.seed(seed), 500))
          .as("reseeding repeats, seed %d", seed)
          .isEqualTo(singles);
      assertThat(single.apply(a))
          .as("the sequence continues identically")
          .isEqualTo(single.apply(b));
      for (T value : batched) {
        assertThat(valid.test(value)).as("valid: %s", value).isTrue();
      }
    }
    Faker faker = new Faker("en_US", 3L);
    assertThat(batch.apply(faker, 0)).isEmpty();
    assertThatThrownBy(() -> batch.apply(faker, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> batch.apply(faker, 1).add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Counts how often each value occurs.
   *
   * @param values the values
   * @return value to count
   */
  static <T> Map<T, Integer> histogram(List<T> values) {
    Map<T, Integer> counts = new HashMap<>();
    for (T value : values) {
      counts.merge(value, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns the share of the most frequent value.
   *
   * @param values the values
   * @return a fraction from 0 to 1
   */
  static <T> double topShare(List<T> values) {
    int top = 0;
    for (int count : histogram(values).values()) {
      top = Math.max(top, count);
    }
    return (double) top / values.size();
  }
}
