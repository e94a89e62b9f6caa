package dev.forgery.internal.provider.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The check digits of the draws, against published numbers, and the alphabets' draws. */
class CheckDigitsTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The check digit {@code digit} computes over {@code number} is its last character. */
  private static void last(String number, byte digit) {
    assertThat((char) digit).as(number).isEqualTo(number.charAt(number.length() - 1));
  }

  @Test
  void publishedNumbersKeepTheirCheckDigits() {
    // ISBN 0-306-40615-2 and 0-8044-2957-X
    last("0306406152", CheckDigits.isbn10(ascii("0306406152")));
    last("080442957X", CheckDigits.isbn10(ascii("080442957X")));
    // ISBN 978-0-306-40615-7, 978-3-16-148410-0; GS1's example GTIN-13; a UPC-A as EAN-13
    for (String gtin :
        new String[] {"9780306406157", "9783161484100", "5901234123457", "0012345678905"}) {
      last(gtin, CheckDigits.gs1(ascii(gtin), 12));
    }
    // UPC-A 036000291452, twelve digits: the weights count from the right.
    last("036000291452", CheckDigits.gs1(ascii("036000291452"), 11));
    // Published IMEIs
    last("356938035643809", CheckDigits.luhn(ascii("356938035643809"), 14));
    last("490154203237518", CheckDigits.luhn(ascii("490154203237518"), 14));
    // A card number of the Luhn algorithm's usual example: 7992739871 with check digit 3
    last("79927398713", CheckDigits.luhn(ascii("79927398713"), 10));
  }

  @Test
  void theVinCheckDigitOfRealVins() {
    assertThat((char) CheckDigits.vin(ascii("1M8GDM9AXKP042788"))).isEqualTo('X');
    assertThat((char) CheckDigits.vin(ascii("1HGCM82633A004352"))).isEqualTo('3');
    assertThat((char) CheckDigits.vin(ascii("11111111111111111"))).isEqualTo('1');
    // Position 9 weighs nothing: the check digit does not depend on what stands there.
    assertThat((char) CheckDigits.vin(ascii("1M8GDM9A0KP042788"))).isEqualTo('X');
    // Every letter's value: S is 2, not 1 (its run starts one higher), Z is 9.
    assertThat((char) CheckDigits.vin(ascii("SSSSSSSSSSSSSSSSS")))
        .isEqualTo((char) ('0' + 2 * 89 % 11));
    assertThat((char) CheckDigits.vin(ascii("ZZZZZZZZZZZZZZZZZ")))
        .isEqualTo((char) ('0' + 9 * 89 % 11));
    assertThat((char) CheckDigits.vin(ascii("RRRRRRRRRRRRRRRRR")))
        .isEqualTo((char) ('0' + 9 * 89 % 11));
  }

  @Test
  void alphabetsDrawWholeStringsOfTheirCharactersOnly() {
    SplitMix64 random = new SplitMix64(1L);
    for (int length = 1; length <= 40; length++) {
      assertThat(Alphabet.LETTERS.string(random, length)).matches("[a-z]{" + length + "}");
      assertThat(Alphabet.ALPHANUMERIC.string(random, length)).matches("[a-z0-9]{" + length + "}");
      assertThat(Alphabet.VIN.string(random, length)).matches("[A-HJ-NPR-Z0-9]{" + length + "}");
      assertThat(Alphabet.DIGITS.string(random, length)).matches("[0-9]{" + length + "}");
    }
    // One random value per character, redrawn only on the rare unbiased rejection (below 1e-8).
    assertThat(drawsPer(r -> Alphabet.LETTERS.string(r, 6))).isBetween(6.0, 6.001);
    assertThat(drawsPer(r -> Alphabet.LETTERS.string(r, 7))).isBetween(7.0, 7.001);
    assertThat(drawsPer(r -> Alphabet.ALPHANUMERIC.string(r, 5))).isBetween(5.0, 5.001);
    assertThat(drawsPer(r -> Alphabet.DIGITS.string(r, 18))).isBetween(18.0, 18.001);
    Vins vins = Vins.upTo(2026);
    assertThat(drawsPer(vins::vin)).isBetween(3.0, 3.03);
  }

  /** The random values one draw takes, on average over 20,000 draws. */
  private static double drawsPer(java.util.function.Consumer<RandomSource> draw) {
    long[] count = {0};
    SplitMix64 inner = new SplitMix64(3L);
    RandomSource counting =
        new RandomSource() {
          @Override
          public long nextLong() {
            count[0]++;
            return inner.nextLong();
          }

          @Override
          public void reseed(long seed) {
            inner.reseed(seed);
          }
        };
    for (int i = 0; i < 20_000; i++) {
      draw.accept(counting);
    }
    return count[0] / 20_000.0;
  }
}
