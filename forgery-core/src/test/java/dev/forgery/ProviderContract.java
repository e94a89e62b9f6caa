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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * The contract every provider passes: same seed gives same values, a batch equals repeated singles,
 * values are valid, the distribution is not dominated by one value, batch sizes are checked, and
 * the catalogue name draws the same values as the method.
 *
 * @param <T> the value type
 */
final class ProviderContract<T> {
  private final String name;
  private final Function<Faker, T> single;
  private final BiFunction<Faker, Integer, List<T>> batch;
  private Predicate<T> valid = v -> v != null;
  private double maxShare = 0.05;
  private boolean registered = true;

  private ProviderContract(
      String name, Function<Faker, T> single, BiFunction<Faker, Integer, List<T>> batch) {
    this.name = name;
    this.single = single;
    this.batch = batch;
  }

  static <T> ProviderContract<T> of(
      String name, Function<Faker, T> single, BiFunction<Faker, Integer, List<T>> batch) {
    return new ProviderContract<>(name, single, batch);
  }

  /** Values must pass this (an outside validator where one exists). */
  ProviderContract<T> valid(Predicate<T> predicate) {
    this.valid = v -> v != null && predicate.test(v);
    return this;
  }

  /** The most any single value may hold of 20,000 draws. */
  ProviderContract<T> maxShare(double share) {
    this.maxShare = share;
    return this;
  }

  /** The provider has overload arguments, so it is not in the catalogue under this name. */
  ProviderContract<T> notRegistered() {
    this.registered = false;
    return this;
  }

  DynamicContainer tests() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("sameSeedGivesSameValues", this::sameSeedGivesSameValues));
    tests.add(DynamicTest.dynamicTest("batchEqualsRepeatedSingles", this::batchEqualsSingles));
    tests.add(DynamicTest.dynamicTest("valuesAreValid", this::valuesAreValid));
    tests.add(DynamicTest.dynamicTest("noValueDominates", this::noValueDominates));
    tests.add(DynamicTest.dynamicTest("batchSizeIsChecked", this::batchSizeIsChecked));
    if (registered) {
      tests.add(DynamicTest.dynamicTest("catalogueNameDrawsTheSame", this::catalogue));
    }
    return DynamicContainer.dynamicContainer(name, tests);
  }

  private void sameSeedGivesSameValues() {
    for (long seed : new long[] {0L, 1L, 42L, -7L, Long.MAX_VALUE}) {
      List<T> a =
          batch.apply(new Faker("en_US", seed).withToday(ProvidersContractTest.REFERENCE), 200);
      List<T> b =
          batch.apply(new Faker("en_US", seed).withToday(ProvidersContractTest.REFERENCE), 200);
      assertThat(a).hasSize(200).isEqualTo(b);
    }
    List<T> x = batch.apply(new Faker("en_US", 1L).withToday(ProvidersContractTest.REFERENCE), 50);
    List<T> y = batch.apply(new Faker("en_US", 2L).withToday(ProvidersContractTest.REFERENCE), 50);
    assertThat(x).as("different seeds give different values").isNotEqualTo(y);
  }

  private void batchEqualsSingles() {
    Faker faker = new Faker("en_US", 99L).withToday(ProvidersContractTest.REFERENCE);
    List<T> batched = batch.apply(faker, 300);
    assertThat(batched).isUnmodifiable();
    faker.seed(99L);
    List<T> singles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      singles.add(single.apply(faker));
    }
    assertThat(batched).isEqualTo(singles);
    // The sequence continues identically after a batch.
    Faker a = new Faker("en_US", 5L).withToday(ProvidersContractTest.REFERENCE);
    batch.apply(a, 10);
    Faker b = new Faker("en_US", 5L).withToday(ProvidersContractTest.REFERENCE);
    for (int i = 0; i < 10; i++) {
      single.apply(b);
    }
    assertThat(single.apply(a)).isEqualTo(single.apply(b));
  }

  private void valuesAreValid() {
    Faker faker = new Faker("en_US", 2024L).withToday(ProvidersContractTest.REFERENCE);
    for (T value : batch.apply(faker, 5_000)) {
      assertThat(valid.test(value)).as("%s value '%s' is valid", name, value).isTrue();
    }
  }

  private void noValueDominates() {
    List<T> values =
        batch.apply(new Faker("en_US", 77L).withToday(ProvidersContractTest.REFERENCE), 20_000);
    Map<T, Integer> counts = new HashMap<>();
    int top = 0;
    for (T v : values) {
      top = Math.max(top, counts.merge(v, 1, Integer::sum));
    }
    assertThat(top / 20_000.0).as("largest share of one %s value", name).isLessThan(maxShare);
  }

  private void batchSizeIsChecked() {
    assertThat(batch.apply(new Faker("en_US", 1L).withToday(ProvidersContractTest.REFERENCE), 0))
        .isEmpty();
    assertThatThrownBy(
            () ->
                batch.apply(new Faker("en_US", 1L).withToday(ProvidersContractTest.REFERENCE), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0, got -1");
  }

  private void catalogue() {
    Faker a = new Faker("en_US", 11L).withToday(ProvidersContractTest.REFERENCE);
    Faker b = new Faker("en_US", 11L).withToday(ProvidersContractTest.REFERENCE);
    assertThat(a.providers()).contains(name);
    assertThat(a.generate(name, 20)).isEqualTo(new ArrayList<Object>(batch.apply(b, 20)));
  }

  static Stream<DynamicContainer> all(ProviderContract<?>... contracts) {
    return Stream.of(contracts).map(ProviderContract::tests);
  }

  /**
   * Runs the whole contract at once, for tests that check a provider inline; the maximum share of
   * one value is left to the caller's own distribution tests.
   */
  static <T> void check(
      Function<Faker, T> single, BiFunction<Faker, Integer, List<T>> batch, Predicate<T> valid) {
    ProviderContract<T> contract = of("provider", single, batch).valid(valid).notRegistered();
    contract.maxShare(1.01);
    contract.sameSeedGivesSameValues();
    contract.batchEqualsSingles();
    contract.valuesAreValid();
    contract.noValueDominates();
    contract.batchSizeIsChecked();
  }

  /** Counts how often each value occurs. */
  static <T> Map<T, Integer> histogram(List<T> values) {
    Map<T, Integer> counts = new HashMap<>();
    for (T value : values) {
      counts.merge(value, 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the share of the most frequent value, from 0 to 1. */
  static <T> double topShare(List<T> values) {
    int top = 0;
    for (int count : histogram(values).values()) {
      top = Math.max(top, count);
    }
    return (double) top / values.size();
  }
}
