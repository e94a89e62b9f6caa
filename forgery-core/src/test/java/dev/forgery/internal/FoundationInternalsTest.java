package dev.forgery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.data.MissingLocaleData;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Edge cases of the tables and the random source that the providers never reach. */
class FoundationInternalsTest {
  @Test
  void weightedTablesRejectBadWeightsAndMapValues() {
    assertThatThrownBy(() -> WeightedTable.of(new String[0], new double[0]))
        .hasMessageContaining("one weight per value");
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a"}, new double[] {-1}))
        .hasMessageContaining("finite and >= 0");
    assertThatThrownBy(
            () -> WeightedTable.of(new String[] {"a"}, new double[] {Double.POSITIVE_INFINITY}))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a"}, new double[] {0}))
        .hasMessageContaining("not all be zero");
    WeightedTable table = WeightedTable.uniform("a", "b").map(s -> s.toUpperCase(Locale.ROOT));
    assertThat(table.size()).isEqualTo(2);
    SplitMix64 random = new SplitMix64(1L);
    int a = 0;
    for (int i = 0; i < 10_000; i++) {
      a += table.draw(random).equals("A") ? 1 : 0;
    }
    assertThat(a).isBetween(4_700, 5_300);
  }

  @Test
  void missingTablesFailClearly() {
    assertThatThrownBy(() -> Tables.list("en_US/no_such_table"))
        .isInstanceOf(MissingLocaleData.class)
        .hasMessageContaining("locale en_US has no data table 'no_such_table'")
        .hasMessageContaining("[en_US, en, root]");
    assertThatThrownBy(() -> Tables.list("iban/no_such_table"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing data table /dev/forgery/data/iban/no_such_table.txt");
    // de_DE never reads en_US data: its chain is de_DE, de, root.
    assertThatThrownBy(() -> Tables.list("de_DE/area_codes"))
        .isInstanceOf(MissingLocaleData.class)
        .hasMessageContaining("[de_DE, de, root]");
    // Language-neutral tables are found along the chain, and a language's before root's.
    assertThat(Tables.list("de_DE/tlds")).isEqualTo(Tables.list("en_US/tlds"));
    assertThat(Tables.list("de_DE/lorem_words"))
        .isEqualTo(Tables.list("de/lorem_words"))
        .isNotEqualTo(Tables.list("en_US/lorem_words"));
    assertThat(Tables.list("en_US/area_codes")).contains("212");
  }

  @Test
  void boundedDrawsAreInRangeIncludingTheFullAndRejectingPaths() {
    RandomSource random = new SplitMix64(3L);
    assertThat(random.nextBounded(0x1_0000_0000L)).isBetween(0L, 0xFFFF_FFFFL);
    for (int i = 0; i < 10_000; i++) {
      // A bound just above 2^31 rejects about half of the raw draws.
      assertThat(random.nextBounded(0x8000_0001L)).isBetween(0L, 0x8000_0000L);
      assertThat(random.nextInt(7)).isBetween(0, 6);
      assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
    assertThat(Checks.count(0)).isZero();
    assertThat(Suggestions.closest("nmae", List.of("name", "names", "email"))).contains("name");
  }
}
