package dev.forgery;

import dev.forgery.internal.engine.RowEncoder;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link Faker#writeCsv(long, Schema, java.nio.file.Path, CsvFormat)} writes CSV: whether a
 * header comes first, the delimiter, the text of {@code null} and the line ending, and whether
 * every field is quoted or only those that must be. Immutable: each {@code with} method returns a
 * new format, checked as it is made.
 *
 * <pre>{@code
 * faker.writeCsv(1_000, schema, Path.of("users.csv"),
 *     CsvFormat.rfc4180().withDelimiter(';').withNullText("NULL").withLineEnding("\n"));
 * }</pre>
 *
 * <p>{@link #rfc4180()} is what the writers use by default: a header of field names, fields
 * separated by commas, CRLF after every line, {@code null} as an empty field, and a field quoted
 * only when it must be. A field must be quoted when it holds the delimiter, a quote, CR or LF, when
 * it is empty, and when it equals the null text: a {@code null} is the null text, never quoted, and
 * a string that reads like it is quoted, so that a reader always tells them apart (with the default
 * empty null text, {@code null} is an empty field and the empty string is {@code ""}). A quote
 * inside a quoted field is doubled.
 *
 * @since 0.1.0
 */
public final class CsvFormat {
  private static final CsvFormat RFC_4180 = new CsvFormat(true, ',', "", "\r\n", false);

  private final boolean header;
  private final char delimiter;
  private final String nullText;
  private final String lineEnding;
  private final boolean quoteAll;

  private CsvFormat(
      boolean header, char delimiter, String nullText, String lineEnding, boolean quoteAll) {
    this.header = header;
    this.delimiter = delimiter;
    this.nullText = nullText;
    this.lineEnding = lineEnding;
    this.quoteAll = quoteAll;
  }

  /**
   * Returns CSV as RFC 4180 writes it: a header, commas, CRLF, {@code null} as an empty field, and
   * fields quoted only when they must be.
   *
   * @return the format
   * @since 0.1.0
   */
  public static CsvFormat rfc4180() {
    return RFC_4180;
  }

  /**
   * Returns this format with or without a first line of field names.
   *
   * @param header whether the field names come first
   * @return the format
   * @since 0.1.0
   */
  public CsvFormat withHeader(boolean header) {
    return new CsvFormat(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns this format with another delimiter between fields, such as {@code ';'}, {@code '\t'} or
   * {@code '|'}.
   *
   * @param delimiter any character but a quote, CR or LF (which delimit quoted fields and lines) or
   *     half of a surrogate pair, and not one the null text holds
   * @return the format
   * @throws IllegalArgumentException if the delimiter is one of those
   * @since 0.1.0
   */
  public CsvFormat withDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote, CR or LF, which delimit quoted fields and lines, got "
              + show(delimiter)
              + "; use a character such as ',', ';', '\\t' or '|'");
    }
    if (Character.isSurrogate(delimiter)) {
      throw new IllegalArgumentException(
          "delimiter must be a character, not half of a surrogate pair, got "
              + show(delimiter)
              + "; use a character such as ',', ';', '\\t' or '|'");
    }
    if (nullText.indexOf(delimiter) >= 0) {
      throw new IllegalArgumentException(
          "delimiter must not appear in the null text "
              + show(nullText)
              + ", which is written unquoted, got "
              + show(delimiter)
              + "; change the null text first or choose another delimiter");
    }
    return new CsvFormat(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns this format with another text for {@code null}, such as {@code "NULL"} or {@code
   * "\\N"}. A {@code null} is written as this text, unquoted; a string equal to it is quoted.
   *
   * @param nullText the text; it must not hold the delimiter, a quote, CR or LF, since it is
   *     written unquoted, and must be valid Unicode text
   * @return the format
   * @throws IllegalArgumentException if {@code nullText} is {@code null} or holds one of those
   * @since 0.1.0
   */
  public CsvFormat withNullText(String nullText) {
    if (nullText == null) {
      throw new IllegalArgumentException(
          "nullText must not be null; use \"\" to write null as an empty field");
    }
    for (int i = 0; i < nullText.length(); i++) {
      char c = nullText.charAt(i);
      if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
        throw new IllegalArgumentException(
            "nullText must not hold the delimiter "
                + show(delimiter)
                + ", a quote, CR or LF, since it is written unquoted, got "
                + show(nullText)
                + " with "
                + show(c)
                + " at index "
                + i);
      }
    }
    // An unpaired surrogate stays a lone code point of its own; a pair becomes one code point.
    if (nullText
        .codePoints()
        .anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
      throw new IllegalArgumentException(
          "nullText must be valid Unicode text, got "
              + show(nullText)
              + ", which holds an unpaired surrogate");
    }
    return new CsvFormat(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns this format with another line ending after every line (the header, each row).
   *
   * @param lineEnding {@code "\n"} or {@code "\r\n"}
   * @return the format
   * @throws IllegalArgumentException if {@code lineEnding} is anything else
   * @since 0.1.0
   */
  public CsvFormat withLineEnding(String lineEnding) {
    if (!"\n".equals(lineEnding) && !"\r\n".equals(lineEnding)) {
      throw new IllegalArgumentException(
          "lineEnding must be \"\\n\" or \"\\r\\n\", got "
              + (lineEnding == null ? "null" : show(lineEnding)));
    }
    return new CsvFormat(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns this format quoting every field (every name of the header, every value but {@code
   * null}), or only those that must be quoted.
   *
   * @param quoteAll whether every field is quoted
   * @return the format
   * @since 0.1.0
   */
  public CsvFormat withQuoteAll(boolean quoteAll) {
    return new CsvFormat(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns whether the field names come first.
   *
   * @return {@code true} for a header line
   * @since 0.1.0
   */
  public boolean header() {
    return header;
  }

  /**
   * Returns the delimiter between fields.
   *
   * @return the delimiter
   * @since 0.1.0
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Returns the text a {@code null} is written as.
   *
   * @return the null text
   * @since 0.1.0
   */
  public String nullText() {
    return nullText;
  }

  /**
   * Returns the line ending.
   *
   * @return {@code "\n"} or {@code "\r\n"}
   * @since 0.1.0
   */
  public String lineEnding() {
    return lineEnding;
  }

  /**
   * Returns whether every field is quoted, rather than only those that must be.
   *
   * @return {@code true} if every field is quoted
   * @since 0.1.0
   */
  public boolean quoteAll() {
    return quoteAll;
  }

  /** Returns the engine's encoder of this format. */
  RowEncoder encoder() {
    return RowEncoder.csv(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns whether {@code o} is a format with the same options.
   *
   * @param o the object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvFormat)) {
      return false;
    }
    CsvFormat f = (CsvFormat) o;
    return header == f.header
        && delimiter == f.delimiter
        && nullText.equals(f.nullText)
        && lineEnding.equals(f.lineEnding)
        && quoteAll == f.quoteAll;
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Describes the format, e.g. {@code CsvFormat[header=true, delimiter=',', nullText="",
   * lineEnding="\r\n", quoteAll=false]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CsvFormat[header="
        + header
        + ", delimiter="
        + show(delimiter)
        + ", nullText="
        + show(nullText)
        + ", lineEnding="
        + show(lineEnding)
        + ", quoteAll="
        + quoteAll
        + "]";
  }

  /** A character as Java would write it: {@code ','}, {@code '\t'}, {@code '\u0007'}. */
  private static String show(char c) {
    return "'" + escape(String.valueOf(c)) + "'";
  }

  /** A string as Java would write it: {@code "NULL"}, {@code "\r\n"}. */
  private static String show(String s) {
    return "\"" + escape(s) + "\"";
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r':
          sb.append("\\r");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        default:
          if (c < 0x20 || Character.isSurrogate(c) && !paired(s, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
          break;
      }
    }
    return sb.toString();
  }

  /** Whether the surrogate at {@code i} is half of a pair. */
  private static boolean paired(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))
        || Character.isLowSurrogate(s.charAt(i))
            && i > 0
            && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
