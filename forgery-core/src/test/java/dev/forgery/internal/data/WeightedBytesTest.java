package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WeightedBytesTest {

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
    Latin1Builder builder = new Latin1Builder();
    for (int i = 0; i < 300; i++) {
      long bits = random.nextLong();
      int ref = bytes.draw(bits);
      String expected = table.value(table.drawIndex(bits));
      assertThat(bytes.length(ref)).isEqualTo(expected.length());
      assertThat(builder.append(bytes, ref).take()).isEqualTo(expected);
    }
  }

  /** Parsed tables bring their bytes from the file; they must lay out exactly the same values. */
  @Property(tries = 20)
  void parsedTablesLayOutTheirOwnValues(@ForAll long seed) {
    for (String path : new String[] {"en_US/last_names", "en_US/first_names", "en_US/streets"}) {
      WeightedTable table = Tables.weighted(path);
      WeightedBytes bytes = table.bytes();
      SplitMix64 random = new SplitMix64(seed);
      Latin1Builder builder = new Latin1Builder();
      for (int i = 0; i < 2_000; i++) {
        long bits = random.nextLong();
        assertThat(builder.append(bytes, bytes.draw(bits)).take())
            .isEqualTo(table.value(table.drawIndex(bits)));
      }
    }
  }

  @Test
  void theLayoutIsBuiltOnceAndShared() {
    WeightedTable table = WeightedTable.uniform("a", "b");
    assertThat(table.bytes()).isSameAs(table.bytes());
  }

  @Test
  void theLastValueCopiesCleanlyDespiteTheWideCopy() {
    WeightedTable table = WeightedTable.of(new String[] {"x", "last"}, new double[] {0, 1});
    Latin1Builder builder = new Latin1Builder();
    String joined =
        builder
            .append(table.bytes(), table.bytes().draw(0L))
            .append('-')
            .append(table.bytes(), table.bytes().draw(-1L))
            .take();
    assertThat(joined).isEqualTo("last-last");
  }

  @Test
  void valuesLongerThanOneCopyStepArriveWhole() {
    // Longer than the builder's first 64 bytes too: it must grow, and copy in several steps.
    String longValue = "Chief Executive Officer of Everything Imaginable ".repeat(3);
    WeightedTable table = WeightedTable.uniform(longValue);
    Latin1Builder builder = new Latin1Builder();
    int ref = table.bytes().draw(12345L);
    assertThat(builder.append(table.bytes(), ref).append('!').take()).isEqualTo(longValue + "!");
  }

  @Test
  void truncationKeepsInitialsWholeValuesOrNothing() {
    WeightedTable table = WeightedTable.uniform("Élodie");
    WeightedBytes bytes = table.bytes();
    int ref = bytes.draw(7L);
    Latin1Builder builder = new Latin1Builder();
    assertThat(builder.append(bytes, bytes.truncate(ref, 1)).append('.').take()).isEqualTo("É.");
    assertThat(builder.append(bytes, bytes.truncate(ref, Integer.MAX_VALUE)).take())
        .isEqualTo("Élodie");
    assertThat(builder.append(bytes, bytes.truncate(ref, 0)).append('!').take()).isEqualTo("!");
    assertThat(bytes.length(bytes.truncate(ref, 3))).isEqualTo(3);
  }

  @Test
  void rejectsValuesOutsideLatin1() {
    WeightedTable table = WeightedTable.uniform("Smith", "佐藤");
    assertThatThrownBy(table::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("佐藤")
        .hasMessageContaining("Latin-1");
  }

  @Test
  void rejectsTablesTooLargeToPack() {
    // 2 values leave a 31-bit coin; two refs of a 2 MB table cannot fit the other 33 bits.
    String huge = "x".repeat(1 << 21);
    WeightedTable table = WeightedTable.uniform(huge, "y");
    assertThatThrownBy(table::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("too large to pack");
  }

  @Test
  void appendsTheLowBytesOfAWordInOrder() {
    Latin1Builder builder = new Latin1Builder();
    long abc = 'a' | 'b' << 8 | 'c' << 16 | (long) 'x' << 24;
    assertThat(builder.appendBytes(abc, 3).append('|').appendBytes(abc, 0).take())
        .isEqualTo("abc|");
    assertThat(builder.appendBytes(0x3837_3635_3433_3231L, 8).take()).isEqualTo("12345678");
  }
}
