package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Property(tries = 1_000)
  void integersStayWithinInclusiveBounds(@ForAll long seed, @ForAll int a, @ForAll int b) {
    int min = Math.min(a, b);
    int max = Math.max(a, b);
    Faker faker = new Faker("en_US", seed);
    for (int value : faker.integers(20, min, max)) {
      assertThat(value).isBetween(min, max);
    }
    assertThat(faker.integer(min, max)).isBetween(min, max);
  }

  @Test
  void theFullIntRangeIsAllowedAndCovered() {
    int[] values = new Faker("en_US", 1L).integers(10_000, Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertThat(IntStream.of(values).min().getAsInt()).isLessThan(-2_000_000_000);
    assertThat(IntStream.of(values).max().getAsInt()).isGreaterThan(2_000_000_000);
  }

  @Test
  void bothBoundsAreReachable() {
    int[] values = new Faker("en_US", 2L).integers(1_000, 7, 9);
    assertThat(values).contains(7, 8, 9);
    assertThat(new Faker("en_US", 2L).integers(10, 5, 5)).containsOnly(5);
    int[] percent = new Faker("en_US", 2L).integers(10_000);
    assertThat(percent).contains(0, 100);
    assertThat(IntStream.of(percent).max().getAsInt()).isEqualTo(100);
    assertThat(IntStream.of(percent).min().getAsInt()).isEqualTo(0);
  }

  @Test
  void minAboveMaxNamesBothArguments() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.integer(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be <= max, got min=5 and max=3");
    assertThatThrownBy(() -> faker.integers(2, 5, 3)).hasMessageContaining("min=5");
  }

  @Property(tries = 1_000)
  void doublesStayInTheHalfOpenRange(@ForAll long seed, @ForAll double a, @ForAll double b) {
    Assume.that(Double.isFinite(a) && Double.isFinite(b) && a != b);
    double min = Math.min(a, b);
    double max = Math.max(a, b);
    for (double value : new Faker("en_US", seed).doubles(20, min, max)) {
      assertThat(value).isGreaterThanOrEqualTo(min).isLessThan(max);
    }
  }

  @Test
  void theWidestDoubleRangeWorks() {
    double[] values = new Faker("en_US", 1L).doubles(1_000, -Double.MAX_VALUE, Double.MAX_VALUE);
    assertThat(DoubleStream.of(values).allMatch(Double::isFinite)).isTrue();
    assertThat(DoubleStream.of(values).min().getAsDouble()).isLessThan(-1e307);
    assertThat(DoubleStream.of(values).max().getAsDouble()).isGreaterThan(1e307);
  }

  @Test
  void badDoubleBoundsAreRejectedWithTheirValues() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.doubleValue(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be a finite number, got NaN");
    assertThatThrownBy(() -> faker.doubles(3, 0, Double.POSITIVE_INFINITY))
        .hasMessage("max must be a finite number, got Infinity");
    assertThatThrownBy(() -> faker.doubleValue(2, 2))
        .hasMessageContaining("min must be < max")
        .hasMessageContaining("min=2.0 and max=2.0");
  }

  @Test
  void boolsAreFair() {
    boolean[] values = new Faker("en_US", 1L).bools(100_000);
    int trues = 0;
    for (boolean b : values) {
      trues += b ? 1 : 0;
    }
    assertThat(trues).isBetween(49_000, 51_000);
  }

  @Property(tries = 300)
  void uuidsAreVersion4Variant2(@ForAll long seed) {
    for (java.util.UUID uuid : new Faker("en_US", seed).uuids(20)) {
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(java.util.UUID.fromString(uuid.toString())).isEqualTo(uuid);
    }
  }

  @Test
  void uuidsDoNotRepeat() {
    assertThat(new java.util.HashSet<>(new Faker("en_US", 1L).uuids(100_000))).hasSize(100_000);
  }

  /**
   * Rounding to decimals scales a value by {@code 10^decimals}; near the doubles' range that
   * overflowed, and almost every value of {@code float(-1e308, 1e308, 2)} was an infinity.
   */
  @Test
  void decimalsOfHugeRangesStayFiniteAndInRange() {
    double[][] ranges = {
      {-1e308, 1e308, 2},
      {1e300, 2e300, 2},
      {-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2, 15},
      {-1e20, 1e20, 5}
    };
    for (double[] r : ranges) {
      Schema schema = Schema.builder().field("x", "float", r[0], r[1], (int) r[2]).build();
      for (Map<String, Object> row : new Faker("en_US", 3L).records(20_000, schema)) {
        double x = (Double) row.get("x");
        assertThat(x).as("float(%s, %s, %s)", r[0], r[1], r[2]).isFinite();
        assertThat(x).isGreaterThanOrEqualTo(r[0]).isLessThan(r[1]);
      }
      Schema unique = Schema.builder().field("x", "float", r[0], r[1], (int) r[2]).unique().build();
      List<Map<String, Object>> rows = new Faker("en_US", 3L).records(1_000, unique);
      assertThat(rows.stream().map(m -> m.get("x")).distinct()).hasSize(1_000);
      assertThat(rows).allSatisfy(m -> assertThat((Double) m.get("x")).isFinite());
    }
  }
}
