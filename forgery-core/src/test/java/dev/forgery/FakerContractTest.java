package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every provider keeps: seeded, batch equals singles, exact counts, clear errors. */
class FakerContractTest {

  /** A provider under contract: its name, its single draw and its batch as a list. */
  record Provider(
      String name, Function<Faker, Object> single, BiFunction<Faker, Integer, List<?>> batch) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Provider> providers() {
    return List.of(
        new Provider("name", Faker::name, Faker::names),
        new Provider("firstName", Faker::firstName, Faker::firstNames),
        new Provider("lastName", Faker::lastName, Faker::lastNames),
        new Provider("email", Faker::email, Faker::emails),
        new Provider("safeEmail", Faker::safeEmail, Faker::safeEmails),
        new Provider("freeEmail", Faker::freeEmail, Faker::freeEmails),
        new Provider("uuid", Faker::uuid, Faker::uuids),
        new Provider("integer", f -> f.integer(0, 100), (f, n) -> boxed(f.integers(n))),
        new Provider(
            "integer(-5, 5)", f -> f.integer(-5, 5), (f, n) -> boxed(f.integers(n, -5, 5))),
        new Provider("doubleValue", f -> f.doubleValue(0, 1), (f, n) -> boxed(f.doubles(n))),
        new Provider(
            "doubleValue(2, 3)", f -> f.doubleValue(2, 3), (f, n) -> boxed(f.doubles(n, 2, 3))),
        new Provider("bool", Faker::bool, (f, n) -> boxed(f.bools(n))));
  }

  static Stream<Arguments> cases() {
    return providers().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSeedGivesSameValues(Provider provider) {
    List<?> first = provider.batch().apply(new Faker("en_US", 42L), 500);
    List<?> second = provider.batch().apply(new Faker("en_US", 42L), 500);
    assertThat(first).isEqualTo(second);
    List<?> other = provider.batch().apply(new Faker("en_US", 43L), 500);
    assertThat(other).isNotEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void batchEqualsRepeatedSingles(Provider provider) {
    Faker faker = new Faker("en_US", 0L);
    List<?> batch = provider.batch().apply(faker.seed(7L), 300);
    faker.seed(7L);
    List<Object> singles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      singles.add(provider.single().apply(faker));
    }
    assertThat(batch).isEqualTo(singles);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void zeroGivesAnEmptyBatch(Provider provider) {
    assertThat(provider.batch().apply(new Faker("en_US", 1L), 0)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void negativeCountNamesTheArgument(Provider provider) {
    assertThatThrownBy(() -> provider.batch().apply(new Faker("en_US", 1L), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0, got -3");
  }

  @Property(tries = 100)
  void batchesHaveExactlyTheRequestedSize(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2_000) int n) {
    Faker faker = new Faker("en_US", seed);
    for (Provider provider : providers()) {
      assertThat(provider.batch().apply(faker, n)).hasSize(n).doesNotContainNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reseedingReplaysTheSequence(Provider provider) {
    Faker faker = new Faker("en_US", 5L);
    Object first = provider.single().apply(faker);
    provider.single().apply(faker);
    faker.seed(5L);
    assertThat(provider.single().apply(faker)).isEqualTo(first);
  }

  /** Providers whose batches are lists; numeric batches are fresh primitive arrays. */
  static Stream<Arguments> objectCases() {
    return providers().stream()
        .filter(
            p ->
                !p.name().startsWith("integer")
                    && !p.name().startsWith("double")
                    && !p.name().equals("bool"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectCases")
  void objectBatchesAreUnmodifiable(Provider provider) {
    List<?> batch = provider.batch().apply(new Faker("en_US", 1L), 3);
    assertThatThrownBy(batch::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numericBatchesAreFreshArrays() {
    Faker faker = new Faker("en_US", 1L);
    int[] ints = faker.integers(3);
    ints[0] = -1;
    assertThat(faker.seed(1L).integers(3)[0]).isBetween(0, 100);
    double[] doubles = faker.doubles(3);
    doubles[0] = -1;
    assertThat(faker.seed(1L).doubles(3)[0]).isBetween(0.0, 1.0);
  }

  static List<Object> boxed(int[] values) {
    return Arrays.stream(values).boxed().map(Object.class::cast).toList();
  }

  static List<Object> boxed(double[] values) {
    return Arrays.stream(values).boxed().map(Object.class::cast).toList();
  }

  static List<Object> boxed(boolean[] values) {
    List<Object> out = new ArrayList<>(values.length);
    for (boolean b : values) {
      out.add(b);
    }
    return out;
  }
}
