package dev.forgery.internal.engine;

import java.io.IOException;

/** CSV (RFC 4180) and JSON Lines (RFC 8259 strings) encoding of rows. */
public final class Writers {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Writers() {}

  /**
   * Appends one CSV record and its CRLF.
   *
   * @param out the destination
   * @param values the fields; {@code null} is written as an empty field
   * @throws IOException if appending fails
   */
  public static void csvLine(Appendable out, Object[] values) throws IOException {
    for (int j = 0; j < values.length; j++) {
      if (j > 0) {
        out.append(',');
      }
      Object value = values[j];
      if (value != null) {
        csvField(out, value.toString());
      }
    }
    out.append("\r\n");
  }

  private static void csvField(Appendable out, String s) throws IOException {
    boolean quote = s.isEmpty();
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
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

  /**
   * Appends one JSON object on one line and its LF.
   *
   * @param out the destination
   * @param keys the keys in order
   * @param values one value per key
   * @throws IOException if appending fails
   */
  public static void jsonLine(Appendable out, String[] keys, Object[] values) throws IOException {
    out.append('{');
    for (int j = 0; j < values.length; j++) {
      if (j > 0) {
        out.append(',');
      }
      jsonString(out, keys[j]);
      out.append(':');
      jsonValue(out, values[j]);
    }
    out.append("}\n");
  }

  private static void jsonValue(Appendable out, Object value) throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      out.append(value.toString());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // JSON has no NaN or infinities.
      if (Double.isFinite(d)) {
        out.append(value.toString());
      } else {
        out.append("null");
      }
    } else {
      jsonString(out, value.toString());
    }
  }

  private static void jsonString(Appendable out, String s) throws IOException {
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
          } else {
            out.append(c);
          }
          break;
      }
    }
    out.append('"');
  }
}
