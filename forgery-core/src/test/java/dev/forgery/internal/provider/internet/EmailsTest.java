package dev.forgery.internal.provider.internet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.Locales;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.random.SplitMix64;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The branch-free composition of {@link Emails} checked against the plain string-building
 * definition of every pattern, written the obvious way from the {@code String} tables.
 */
class EmailsTest {
  private static final WeightedTable FIRST = Names.of("en_US").firstNames().map(Emails::localPart);
  private static final WeightedTable LAST = Names.of("en_US").lastNames().map(Emails::localPart);
  private static final WeightedTable DOMAINS = Tables.weighted("en_US/email_domains");

  /**
   * The email tables are built from the names' bytes where a names file is ASCII; every locale's
   * tables must come out as they do from the names' strings.
   */
  @Test
  void localPartsFromBytesAreThoseFromStrings() {
    for (String locale : Locales.SUPPORTED) {
      Names names = Names.of(locale);
      for (WeightedTable table :
          new WeightedTable[] {names.latinFirstNames(), names.latinLastNames()}) {
        assertThat(table.map(Emails::localPart, Emails::localPart).values())
            .as(locale)
            .containsExactly(table.map(Emails::localPart).values());
      }
    }
  }

  /** Every printable ASCII character, and a name that has no letters at all. */
  @Test
  void localPartOfBytesTreatsEveryAsciiCharacterAsTheStringFormDoes() {
    StringBuilder all = new StringBuilder();
    for (char c = ' '; c < 0x7F; c++) {
      all.append(c);
    }
    for (String name : new String[] {all.toString(), "O'Brien", "Mary-Jane", "", "'-.", "zZ9"}) {
      byte[] from = name.getBytes(StandardCharsets.US_ASCII);
      byte[] into = new byte[from.length + WeightedTable.AsciiMapper.MAX_GROWTH];
      int end = Emails.localPart(from, 0, from.length, into, 0);
      assertThat(new String(into, 0, end, StandardCharsets.US_ASCII))
          .as(name)
          .isEqualTo(Emails.localPart(name));
    }
  }

  /** Pattern codes by the low 8 bits of the first draw: the weights 60 20 30 10 30 25 12 ... */
  private static int pattern(int low8) {
    int[] weights = {60, 20, 30, 10, 30, 25, 12, 10, 20, 14, 25};
    int pattern = 0;
    for (int seen = weights[0]; low8 >= seen; seen += weights[++pattern]) {
      // walk to the pattern whose slots contain low8
    }
    return pattern;
  }

  private static String reference(long seed) {
    SplitMix64 random = new SplitMix64(seed);
    long bits = random.nextLong();
    String first = FIRST.value(FIRST.drawIndex(random.nextLong()));
    String last = LAST.value(LAST.drawIndex(random.nextLong()));
    String domain = DOMAINS.value(DOMAINS.drawIndex(random.nextLong()));
    int digits = (int) ((bits >>> 8) & 0xFFFF);
    String local;
    switch (pattern((int) bits & 0xFF)) {
      case 0:
        local = first + '.' + last;
        break;
      case 1:
        local = first + last;
        break;
      case 2:
        local = first.charAt(0) + last;
        break;
      case 3:
        local = first.charAt(0) + "." + last;
        break;
      case 4:
        local = first + '.' + last + (10 + digits % 90);
        break;
      case 5:
        local = first + (10 + digits % 9990);
        break;
      case 6:
        local = first + '_' + last;
        break;
      case 7:
        local = last + '.' + first;
        break;
      case 8:
        local = first.charAt(0) + last + (1950 + digits % 56);
        break;
      case 9:
        local = first + last.charAt(0);
        break;
      default:
        local = first + last + (10 + digits % 90);
        break;
    }
    return local + '@' + domain;
  }

  @Property(tries = 5_000)
  void everyPatternComposesAsItsPlainDefinition(@ForAll long seed) {
    assertThat(Emails.of("en_US").email(new SplitMix64(seed))).isEqualTo(reference(seed));
  }

  @Property(tries = 50)
  void batchesComposeAsTheDefinitionToo(@ForAll long seed) {
    String[] batch = new String[64];
    Emails.of("en_US").emails(new SplitMix64(seed), batch);
    // Four draws per address: address i starts where the generator stood after 4 * i draws.
    for (int i = 0; i < batch.length; i++) {
      assertThat(batch[i]).isEqualTo(reference(seed + 4L * i * SplitMix64.GAMMA));
    }
  }
}
