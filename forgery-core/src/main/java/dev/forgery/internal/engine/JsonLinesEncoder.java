package dev.forgery.internal.engine;

import java.io.IOException;
import java.math.BigInteger;

/**
 * JSON Lines: one JSON object per row on one line, keys in field order, then LF. Strings are
 * escaped per RFC 8259 (and U+2028, U+2029 for JavaScript readers); integers, booleans and finite
 * decimals are bare numbers, decimals spelled as {@link NumberText} spells them; {@code null}, NaN
 * and the infinities are {@code null}; any other value (a date, a UUID) is its {@code toString} as
 * a string.
 */
final class JsonLinesEncoder extends RowEncoder {
  /** The one encoder: JSON Lines has no options. */
  static final JsonLinesEncoder INSTANCE = new JsonLinesEncoder();

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonLinesEncoder() {}

  @Override
  void begin(Appendable out, String[] names) {
    // No header: every line names its keys.
  }

  @Override
  void row(Appendable out, String[] names, int[] scales, Object[] values, long row)
      throws IOException {
    out.append('{');
    for (int j = 0; j < values.length; j++) {
      if (j > 0) {
        out.append(',');
      }
      // The names were checked for unpaired surrogates before anything was written.
      string(out, names[j], -1, names[j]);
      out.append(':');
      value(out, values[j], scales[j], row, names[j]);
    }
    out.append("}\n");
  }

  private static void value(Appendable out, Object value, int scale, long row, String name)
      throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value.toString());
    } else if ((value instanceof Double || value instanceof Float)
        && !Double.isFinite(((Number) value).doubleValue())) {
      // JSON has no NaN or infinities.
      out.append("null");
    } else {
      String number = NumberText.of(value, scale);
      if (number != null) {
        out.append(number);
      } else {
        string(out, value.toString(), row, name);
      }
    }
  }

  private static void string(Appendable out, String s, long row, String name) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          // Control characters must be escaped; U+2028/9 too, for JavaScript consumers.
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else if (Character.isSurrogate(c)) {
            if (!pairAt(s, i)) {
              throw unpairedIn(row, name, s, i);
            }
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(c);
          }
          break;
      }
    }
    out.append('"');
  }
}
