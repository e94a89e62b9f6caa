package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The writers' numbers: plain decimals that read back as the same double, and fixed decimals equal
 * to {@link BigDecimal}'s rounding of the value, which is their definition.
 */
class NumberTextTest {

  /** What {@link NumberText#fixed} promises, computed by {@link BigDecimal}. */
  private static String byBigDecimal(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Property(tries = 5_000)
  void fixedDecimalsOfValuesOnTheirGridEqualBigDecimals(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long units,
      @ForAll @IntRange(min = 0, max = 15) int scale) {
    // A float field of `scale` decimals draws values like this: a count of units over 10^scale.
    double d = units / Math.pow(10, scale);
    assertThat(NumberText.fixed(d, scale)).isEqualTo(byBigDecimal(d, scale));
  }

  @Provide
  Arbitrary<Double> anyFinite() {
    return Arbitraries.longs()
        .map(Double::longBitsToDouble)
        .filter(Double::isFinite)
        .edgeCases(c -> c.add(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e7, 1e-3, 9.999e-4));
  }

  @Property(tries = 5_000)
  void plainDecimalsReadBackAsTheSameDouble(@ForAll("anyFinite") double d) {
    String text = NumberText.plain(d);
    assertThat(text).matches("-?\\d+\\.\\d+");
    assertThat(Double.parseDouble(text)).isEqualTo(d);
    // The digits of Double.toString, written out: what BigDecimal writes of them.
    BigDecimal digits = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String expected = (digits.scale() <= 0 ? digits.setScale(1) : digits).toPlainString();
    assertThat(text).isEqualTo(Double.toString(d).indexOf('E') < 0 ? Double.toString(d) : expected);
  }

  @Property(tries = 2_000)
  void plainFloatsReadBackAsTheSameFloat(@ForAll int bits) {
    float f = Float.intBitsToFloat(bits);
    if (Float.isFinite(f)) {
      String text = NumberText.plain(f);
      assertThat(text).matches("-?\\d+\\.\\d+");
      assertThat(Float.parseFloat(text)).isEqualTo(f);
      assertThat(new BigDecimal(text)).isEqualByComparingTo(new BigDecimal(Float.toString(f)));
    }
  }

  @Test
  void examples() {
    assertThat(NumberText.plain(1.5685258589E8)).isEqualTo("156852585.89");
    assertThat(NumberText.plain(5.0E-5)).isEqualTo("0.00005");
    assertThat(NumberText.plain(1e7)).isEqualTo("10000000.0");
    assertThat(NumberText.plain(-1.25e-10)).isEqualTo("-0.000000000125");
    assertThat(NumberText.plain(0.5)).isEqualTo("0.5");
    assertThat(NumberText.plain(Double.NaN)).isEqualTo("NaN");
    assertThat(NumberText.plain(Float.NEGATIVE_INFINITY)).isEqualTo("-Infinity");

    assertThat(NumberText.fixed(-0.0, 0)).isEqualTo("0");
    assertThat(NumberText.fixed(-0.0, 2)).isEqualTo("0.00");
    assertThat(NumberText.fixed(-0.004, 2)).isEqualTo("0.00");
    assertThat(NumberText.fixed(-0.5, 2)).isEqualTo("-0.50");
    assertThat(NumberText.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(NumberText.fixed(0.00005, 5)).isEqualTo("0.00005");
    assertThat(NumberText.fixed(156852585.89, 2)).isEqualTo("156852585.89");
    assertThat(NumberText.fixed(-12, 3)).isEqualTo("-12.000");
    // Past 2^52 units, and past the scales a float field takes, BigDecimal writes the digits.
    assertThat(NumberText.fixed(1e17, 2)).isEqualTo("100000000000000000.00");
    assertThat(NumberText.fixed(0.1, 17)).isEqualTo(byBigDecimal(0.1, 17));
    assertThat(NumberText.fixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-Infinity");
    assertThat(NumberText.fixed(Double.NaN, 0)).isEqualTo("NaN");
  }

  @Test
  void ofSpellsDoublesFloatsAndBigDecimalsOnly() {
    assertThat(NumberText.of(2.5, -1)).isEqualTo("2.5");
    assertThat(NumberText.of(2.5, 3)).isEqualTo("2.500");
    assertThat(NumberText.of(2.5e-8f, -1)).isEqualTo("0.000000025");
    assertThat(NumberText.of(new BigDecimal("1E-8"), -1)).isEqualTo("0.00000001");
    assertThat(NumberText.of(new BigDecimal("1.50E+3"), -1)).isEqualTo("1500");
    assertThat(NumberText.of(7, -1)).isNull();
    assertThat(NumberText.of(new UUID(1, 2), 2)).isNull();
  }
}
