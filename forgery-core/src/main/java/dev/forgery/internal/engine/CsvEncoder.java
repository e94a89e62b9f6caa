package dev.forgery.internal.engine;

import java.io.IOException;

/**
 * CSV as RFC 4180 describes it, with options: an optional header of field names, any delimiter but
 * a quote or a line break, a text for {@code null} and a line ending. A field is quoted when it
 * must be: when it is empty, equals the null text, or holds the delimiter, a quote, CR or LF; or
 * always, if asked. A quote inside a quoted field is doubled. A {@code null} is the null text,
 * never quoted, so that a reader tells {@code null} from a string that reads like it: with the
 * default empty null text, {@code null} is an empty field and an empty string is {@code ""}.
 */
final class CsvEncoder extends RowEncoder {
  private final boolean header;
  private final char delimiter;
  private final String nullText;
  private final String lineEnding;
  private final boolean quoteAll;

  CsvEncoder(boolean header, char delimiter, String nullText, String lineEnding, boolean quoteAll) {
    this.header = header;
    this.delimiter = delimiter;
    this.nullText = nullText;
    this.lineEnding = lineEnding;
    this.quoteAll = quoteAll;
  }

  @Override
  void begin(Appendable out, String[] names) throws IOException {
    if (!header) {
      return;
    }
    for (int j = 0; j < names.length; j++) {
      if (j > 0) {
        out.append(delimiter);
      }
      // The names were checked for unpaired surrogates before anything was written.
      field(out, names[j], -1, names[j]);
    }
    out.append(lineEnding);
  }

  @Override
  void row(Appendable out, String[] names, int[] scales, Object[] values, long row)
      throws IOException {
    for (int j = 0; j < values.length; j++) {
      if (j > 0) {
        out.append(delimiter);
      }
      Object value = values[j];
      if (value == null) {
        out.append(nullText);
        continue;
      }
      String number = NumberText.of(value, scales[j]);
      field(out, number != null ? number : value.toString(), row, names[j]);
    }
    out.append(lineEnding);
  }

  /** Appends one field, quoted if it must be or if every field is. */
  private void field(Appendable out, String s, long row, String name) throws IOException {
    boolean quote = quoteAll || s.isEmpty() || s.equals(nullText);
    boolean surrogates = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
        quote = true;
      } else if (Character.isSurrogate(c)) {
        surrogates = true;
      }
    }
    if (surrogates) {
      int at = unpaired(s, 0);
      if (at >= 0) {
        throw unpairedIn(row, name, s, at);
      }
    }
    if (!quote) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
