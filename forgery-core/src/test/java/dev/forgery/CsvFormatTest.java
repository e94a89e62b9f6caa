package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvFormatTest {
  private static final CsvFormat RFC = CsvFormat.rfc4180();

  @Test
  void rfc4180IsTheWritersDefault() {
    assertThat(RFC.header()).isTrue();
    assertThat(RFC.delimiter()).isEqualTo(',');
    assertThat(RFC.nullText()).isEmpty();
    assertThat(RFC.lineEnding()).isEqualTo("\r\n");
    assertThat(RFC.quoteAll()).isFalse();
    assertThat(RFC)
        .hasToString(
            "CsvFormat[header=true, delimiter=',', nullText=\"\", lineEnding=\"\\r\\n\","
                + " quoteAll=false]");
  }

  @Test
  void eachWithChangesOneOptionAndLeavesTheOriginalAlone() {
    CsvFormat f =
        RFC.withHeader(false)
            .withDelimiter('\t')
            .withNullText("\\N")
            .withLineEnding("\n")
            .withQuoteAll(true);
    assertThat(f.header()).isFalse();
    assertThat(f.delimiter()).isEqualTo('\t');
    assertThat(f.nullText()).isEqualTo("\\N");
    assertThat(f.lineEnding()).isEqualTo("\n");
    assertThat(f.quoteAll()).isTrue();
    assertThat(f)
        .hasToString(
            "CsvFormat[header=false, delimiter='\\t', nullText=\"\\\\N\", lineEnding=\"\\n\","
                + " quoteAll=true]");
    assertThat(RFC).isEqualTo(CsvFormat.rfc4180()).isNotEqualTo(f).isNotEqualTo("CsvFormat");
    assertThat(f)
        .isEqualTo(
            RFC.withQuoteAll(true)
                .withLineEnding("\n")
                .withNullText("\\N")
                .withDelimiter('\t')
                .withHeader(false))
        .hasSameHashCodeAs(
            RFC.withQuoteAll(true)
                .withLineEnding("\n")
                .withNullText("\\N")
                .withDelimiter('\t')
                .withHeader(false));
    for (CsvFormat other :
        new CsvFormat[] {
          f.withHeader(true),
          f.withDelimiter(';'),
          f.withNullText("NULL"),
          f.withLineEnding("\r\n"),
          f.withQuoteAll(false)
        }) {
      assertThat(other).isNotEqualTo(f);
    }
  }

  @Test
  void delimitersThatWouldBreakTheFormatAreRejected() {
    for (char bad : new char[] {'"', '\r', '\n'}) {
      assertThatThrownBy(() -> RFC.withDelimiter(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "delimiter must not be a quote, CR or LF, which delimit quoted fields and lines, got")
          .hasMessageEndingWith("use a character such as ',', ';', '\\t' or '|'");
    }
    assertThatThrownBy(() -> RFC.withDelimiter('\n')).hasMessageContaining("got '\\n'");
    assertThatThrownBy(() -> RFC.withDelimiter('\uD800'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not half of a surrogate pair, got '\\ud800'");
    assertThatThrownBy(() -> RFC.withNullText("N;A").withDelimiter(';'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "delimiter must not appear in the null text \"N;A\", which is written unquoted, got"
                + " ';'; change the null text first or choose another delimiter");
  }

  @Test
  void nullTextsThatWouldNeedQuotingAreRejected() {
    assertThatThrownBy(() -> RFC.withNullText(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nullText must not be null; use \"\" to write null as an empty field");
    assertThatThrownBy(() -> RFC.withNullText("a,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "nullText must not hold the delimiter ',', a quote, CR or LF, since it is written"
                + " unquoted, got \"a,b\" with ',' at index 1");
    for (String bad : new String[] {"\"NULL\"", "N\rA", "N\nA"}) {
      assertThatThrownBy(() -> RFC.withNullText(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(RFC.withDelimiter(';').withNullText("a,b").nullText()).isEqualTo("a,b");
    assertThatThrownBy(() -> RFC.withNullText("x\uDC00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "nullText must be valid Unicode text, got \"x\\udc00\", which holds an unpaired"
                + " surrogate");
    assertThat(RFC.withNullText("\uD83D\uDE00").nullText()).isEqualTo("\uD83D\uDE00");
    assertThat(RFC.withNullText("\u0007"))
        .hasToString(RFC.toString().replace("\"\",", "\"\\u0007\","));
  }

  @Test
  void lineEndingsOtherThanLfAndCrLfAreRejected() {
    for (String bad : new String[] {"\r", "", "\n\r", " "}) {
      assertThatThrownBy(() -> RFC.withLineEnding(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("lineEnding must be \"\\n\" or \"\\r\\n\", got \"");
    }
    assertThatThrownBy(() -> RFC.withLineEnding("\r"))
        .hasMessage("lineEnding must be \"\\n\" or \"\\r\\n\", got \"\\r\"");
    assertThatThrownBy(() -> RFC.withLineEnding(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lineEnding must be \"\\n\" or \"\\r\\n\", got null");
  }
}
