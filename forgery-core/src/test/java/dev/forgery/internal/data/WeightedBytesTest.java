package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WeightedBytesTest {

  /** Copies one referenced value into a buffer with exactly the room the copy may use. */
  private static String text(WeightedBytes bytes, int ref) {
    byte[] buffer = new byte[bytes.length(ref) + WeightedBytes.SLACK];
    int end = bytes.copy(ref, buffer, 0);
    return new String(buffer, 0, end, StandardCharsets.ISO_8859_1);
  }

  /** The byte layout must choose exactly what the String layout chooses, or outputs would drift. */
  @Property(tries = 200)
  void picksTheSameValueAsTheStringLayout(
      @ForAll @Size(min = 1, max = 60) List<@AlphaChars @StringLength(min = 1, max = 40) String> vs,
      @ForAll @Size(min = 60, max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> generated,
      @ForAll long seed) {
    String[] values = vs.toArray(new String[0]);
    double[] weights = new double[values.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = generated.get(i);
    }
    weights[0] += 1; // not all zero
    WeightedTable table = WeightedTable.of(values, weights);
    WeightedBytes bytes = table.bytes();
    SplitMix64 random = new SplitMix64(seed);
    for (int i = 0; i < 300; i++) {
      long bits = random.nextLong();
      int ref = bytes.draw(bits);
      String expected = table.value(table.drawIndex(bits));
      assertThat(bytes.length(ref)).isEqualTo(expected.length());
      assertThat(text(bytes, ref)).isEqualTo(expected);
    }
  }

  /** Parsed tables bring their bytes from the file; they must lay out exactly the same values. */
  @Property(tries = 20)
  void parsedTablesLayOutTheirOwnValues(@ForAll long seed) {
    for (String path : new String[] {"en_US/last_names", "en_US/first_names", "en_US/streets"}) {
      WeightedTable table = Tables.weighted(path);
      WeightedBytes bytes = table.bytes();
      SplitMix64 random = new SplitMix64(seed);
      for (int i = 0; i < 2_000; i++) {
        long bits = random.nextLong();
        assertThat(text(bytes, bytes.draw(bits))).isEqualTo(table.value(table.drawIndex(bits)));
      }
    }
  }

  /**
   * Tables laid out together must still each pick what their own table picks, and any of them must
   * copy a reference drawn from any other: emails copy surnames through the first names' layout.
   */
  @Property(tries = 10)
  void tablesLaidOutTogetherPickTheirOwnValuesAndCopyEachOthers(@ForAll long seed) {
    WeightedTable first = Tables.weighted("en_US/first_names");
    WeightedTable last = Tables.weighted("en_US/last_names");
    WeightedTable odd = WeightedTable.of(new String[] {"x", "yy", "zzz"}, new double[] {1, 0, 3});
    // With a table built from strings, every value is encoded again.
    checkLaidOutTogether(seed, first, last, odd);
    // Tables that all came from ASCII files have their bytes joined instead: the other path.
    checkLaidOutTogether(seed, last, Tables.weighted("en_US/name_prefixes"), first);
  }

  private static void checkLaidOutTogether(long seed, WeightedTable... tables) {
    WeightedBytes[] together = WeightedTable.sharedBytes(tables);
    SplitMix64 random = new SplitMix64(seed);
    for (int t = 0; t < tables.length; t++) {
      for (int other = 0; other < tables.length; other++) {
        assertThat(together[t].sharesText(together[other])).isTrue();
      }
      assertThat(together[t].sharesText(tables[t].bytes())).isFalse();
      for (int i = 0; i < 2_000; i++) {
        long bits = random.nextLong();
        int ref = together[t].draw(bits);
        String expected = tables[t].value(tables[t].drawIndex(bits));
        assertThat(text(together[t], ref)).isEqualTo(expected);
        assertThat(text(together[(t + 1) % tables.length], ref)).isEqualTo(expected);
      }
    }
  }

  @Test
  void sharedLayoutsSurviveTheirStoredForm() {
    WeightedTable first =
        WeightedTable.of(new String[] {"linda", "al", "mary"}, new double[] {5, 1, 3});
    WeightedTable last = WeightedTable.uniform("garcia", "o", "smith", "nguyen");
    WeightedBytes[] laid = WeightedTable.sharedBytes(first, last);
    byte[] image = WeightedBytes.encode(laid);

    WeightedBytes[] read = WeightedBytes.decode(image, "test image");

    assertThat(read).hasSize(2);
    assertThat(read[0].sharesText(read[1])).isTrue();
    assertThat(WeightedBytes.encode(read)).isEqualTo(image);
    SplitMix64 random = new SplitMix64(3);
    byte[] expected = new byte[64];
    byte[] actual = new byte[64];
    for (int k = 0; k < 10_000; k++) {
      long bits = random.nextLong();
      for (int t = 0; t < 2; t++) {
        int ref = laid[t].draw(bits);
        assertThat(read[t].draw(bits)).isEqualTo(ref);
        int end = laid[t].copy(ref, expected, 0);
        assertThat(read[t].copy(ref, actual, 0)).isEqualTo(end);
        assertThat(new String(actual, 0, end, StandardCharsets.ISO_8859_1))
            .isEqualTo(new String(expected, 0, end, StandardCharsets.ISO_8859_1));
      }
    }
  }

  @Test
  void aDamagedStoredLayoutFailsNamingIt() {
    byte[] image =
        WeightedBytes.encode(WeightedTable.sharedBytes(WeightedTable.uniform("ab", "cd")));
    byte[] wrongMagic = image.clone();
    wrongMagic[3] = '2';
    byte[] truncated = java.util.Arrays.copyOf(image, image.length - 1);

    assertThatThrownBy(() -> WeightedBytes.decode(wrongMagic, "de_DE/x.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("de_DE/x.bin")
        .hasMessageContaining("FGL1");
    assertThatThrownBy(() -> WeightedBytes.decode(truncated, "de_DE/x.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("de_DE/x.bin is damaged");
    assertThatThrownBy(() -> WeightedBytes.decode(new byte[5], "y"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FGL1");
  }

  @Test
  void onlyLayoutsThatShareATextAreStoredTogether() {
    WeightedBytes a = WeightedTable.uniform("a").bytes();
    WeightedBytes b = WeightedTable.uniform("b").bytes();
    assertThatThrownBy(() -> WeightedBytes.encode(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share one text");
    assertThatThrownBy(WeightedBytes::encode)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layouts: none given");
  }

  @Test
  void theLayoutIsBuiltOnceAndShared() {
    WeightedTable table = WeightedTable.uniform("a", "b");
    assertThat(table.bytes()).isSameAs(table.bytes());
  }

  @Test
  void theLastValueCopiesCleanlyDespiteTheWideCopy() {
    WeightedTable table = WeightedTable.of(new String[] {"x", "last"}, new double[] {0, 1});
    WeightedBytes bytes = table.bytes();
    // The first copy writes past its value; the next byte and the next copy overwrite that.
    byte[] buffer = new byte[2 * (4 + WeightedBytes.SLACK)];
    int at = bytes.copy(bytes.draw(0L), buffer, 0);
    buffer[at] = '-';
    at = bytes.copy(bytes.draw(-1L), buffer, at + 1);
    assertThat(new String(buffer, 0, at, StandardCharsets.ISO_8859_1)).isEqualTo("last-last");
  }

  @Test
  void valuesLongerThanOneCopyStepArriveWhole() {
    String longValue = "Chief Executive Officer of Everything Imaginable ".repeat(3);
    WeightedTable table = WeightedTable.uniform(longValue);
    assertThat(text(table.bytes(), table.bytes().draw(12345L))).isEqualTo(longValue);
    assertThat(table.bytes().maxLength()).isEqualTo(longValue.length());
  }

  @Test
  void truncationKeepsInitialsWholeValuesOrNothing() {
    WeightedTable table = WeightedTable.uniform("Élodie");
    WeightedBytes bytes = table.bytes();
    int ref = bytes.draw(7L);
    assertThat(text(bytes, bytes.truncate(ref, 1))).isEqualTo("É");
    assertThat(text(bytes, bytes.truncate(ref, Integer.MAX_VALUE))).isEqualTo("Élodie");
    assertThat(text(bytes, bytes.truncate(ref, 0))).isEmpty();
    assertThat(bytes.length(bytes.truncate(ref, 3))).isEqualTo(3);
  }

  @Test
  void rejectsValuesOutsideLatin1() {
    WeightedTable table = WeightedTable.uniform("Smith", "佐藤");
    assertThatThrownBy(table::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "table of 2 values starting with 'Smith' has a value that is not Latin-1: '佐藤'");
  }

  @Test
  void rejectsTablesTooLargeToPack() {
    // 2 values leave a 31-bit coin; two refs of a 2 MB table cannot fit the other 33 bits.
    String huge = "x".repeat(1 << 21);
    WeightedTable table = WeightedTable.uniform(huge, "y");
    assertThatThrownBy(table::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("table of 2 values starting with 'xxx")
        .hasMessageContaining("is too large to pack");
  }
}
