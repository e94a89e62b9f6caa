package dev.forgery.internal.provider.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.Locales;
import dev.forgery.internal.data.Tables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every row of every locale's {@code postcodes} table has the columns its address class splits it
 * into, and a region {@code regions} gives a code. The address classes split a row the first time
 * it is drawn, so a bad row would fail only when drawn; this test reads them all.
 */
class PostcodeRowsTest {

  @Test
  void everyPostcodeRowSplitsAndItsRegionHasACode() {
    int locales = 0;
    for (String locale : Locales.SUPPORTED) {
      if (!Tables.has(locale + "/postcodes")) {
        continue;
      }
      locales++;
      boolean japanese = JapaneseAddresses.serves(locale);
      Set<String> regions = new HashSet<>();
      for (String line : Tables.list(locale + "/regions")) {
        regions.add(line.substring(0, line.lastIndexOf(';')));
      }
      for (String row : Tables.list(locale + "/postcodes")) {
        String[] columns = row.split(";", -1);
        assertThat(columns).as(locale + " " + row).hasSize(japanese ? 4 : 3);
        assertThat(List.of(columns)).as(locale + " " + row).doesNotContain("");
        assertThat(regions).as(locale + " " + row).contains(columns[japanese ? 1 : 2]);
      }
    }
    assertThat(locales).isEqualTo(Locales.SUPPORTED.size() - 1);
  }
}
