package dev.forgery.internal.engine;

import java.io.IOException;
import java.util.Locale;

/**
 * How the rows of a schema become text: CSV with a header, a delimiter, a null text, a line ending
 * and a quoting policy ({@link #csv}), or JSON Lines ({@link #jsonLines}). Immutable; one encoder
 * serves any number of writes.
 *
 * <p>Both spell numbers the same way ({@link NumberText}: plain decimals, a {@code float} field of
 * {@code d} decimals with exactly {@code d} digits after the point) and both refuse a string with
 * an unpaired surrogate, which is no character of Unicode and has no UTF-8 form: the write fails
 * naming the row, the field, the code unit and its index, instead of an encoder replacing it with
 * {@code ?} or failing without saying where.
 */
public abstract class RowEncoder {
  RowEncoder() {}

  /**
   * Returns a CSV encoder (RFC 4180 with options); the facade has checked the options.
   *
   * @param header whether the first line holds the field names
   * @param delimiter between fields; not a quote, CR or LF
   * @param nullText what a {@code null} is written as, unquoted; contains no delimiter, quote, CR
   *     or LF
   * @param lineEnding after every line, {@code "\n"} or {@code "\r\n"}
   * @param quoteAll whether every value and name is quoted, or only those that need it
   * @return the encoder
   */
  public static RowEncoder csv(
      boolean header, char delimiter, String nullText, String lineEnding, boolean quoteAll) {
    return new CsvEncoder(header, delimiter, nullText, lineEnding, quoteAll);
  }

  /**
   * Returns the JSON Lines encoder.
   *
   * @return the encoder
   */
  public static RowEncoder jsonLines() {
    return JsonLinesEncoder.INSTANCE;
  }

  /**
   * Appends what comes before the rows: a CSV header, or nothing.
   *
   * @param out the destination
   * @param names the field names
   * @throws IOException if appending fails
   */
  abstract void begin(Appendable out, String[] names) throws IOException;

  /**
   * Appends one row and its line ending.
   *
   * @param out the destination
   * @param names the field names
   * @param scales per field, the decimals its values are written with, or {@code -1}
   * @param values the row's values, one per field
   * @param row the row's index, for messages
   * @throws IOException if appending fails
   * @throws IllegalStateException if a string holds an unpaired surrogate
   */
  abstract void row(Appendable out, String[] names, int[] scales, Object[] values, long row)
      throws IOException;

  /**
   * Checks that no field name holds an unpaired surrogate, before anything is written.
   *
   * @param names the field names
   * @throws IllegalArgumentException naming the field
   */
  static void checkNames(String[] names) {
    for (String name : names) {
      int at = unpaired(name, 0);
      if (at >= 0) {
        throw new IllegalArgumentException(
            "field name '"
                + name
                + "' cannot be written: "
                + surrogate(name, at)
                + "; a name must be valid Unicode text");
      }
    }
  }

  /**
   * Returns the index of the first unpaired surrogate in {@code s} at or after {@code from}, or
   * {@code -1} if every surrogate there is half of a pair.
   *
   * @param s the text
   * @param from where to start, not inside a pair
   * @return the index, or {@code -1}
   */
  static int unpaired(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (pairAt(s, i)) {
        i++;
      } else if (Character.isSurrogate(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns whether a surrogate pair starts at index {@code i}: a high surrogate followed by a low
   * one.
   *
   * @param s the text
   * @param i the index
   * @return {@code true} if {@code s.charAt(i)} and {@code s.charAt(i + 1)} are a pair
   */
  static boolean pairAt(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /**
   * Returns the failure of a value with an unpaired surrogate.
   *
   * @param row the row index
   * @param field the field name
   * @param s the value
   * @param at the surrogate's index
   * @return the exception to throw
   */
  static IllegalStateException unpairedIn(long row, String field, String s, int at) {
    return new IllegalStateException(
        "row "
            + row
            + ", field '"
            + field
            + "': "
            + surrogate(s, at)
            + "; the value is not valid Unicode text and has no UTF-8 form");
  }

  private static String surrogate(String s, int at) {
    return String.format(
        Locale.ROOT, "unpaired surrogate U+%04X at index %d", (int) s.charAt(at), at);
  }
}
