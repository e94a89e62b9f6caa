package dev.forgery.internal.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The stored form of a large weighted table whose values are all Latin-1: what {@link Tables} would
 * compute from the text file (the values' bytes, where each starts, and the packed alias columns),
 * written at build time next to the file as {@code <name>.bin} and read back with bulk copies.
 *
 * <p>Parsing the 88,799 en_US surnames and building their alias columns takes 30-40 ms on the way
 * to a JVM's first value, nearly all of it loops the JIT has not compiled yet; reading the stored
 * form is one inflate and three array copies. The text file stays the source of truth: the image is
 * made from it by {@link TableImages} with the same code that parses it at run time, a test
 * compares every image with its file, and a table without an image is parsed as before.
 *
 * <p>A table that is not ASCII (German, French, Spanish and Italian names) is parsed from UTF-8
 * into one string per line, then checked and encoded to Latin-1 bytes for the name layouts: on a
 * warm JVM, 10-22 ms to parse de_DE's 10,277 first names and 13-20 ms more to encode them, on the
 * way to a new locale's first name. Its image holds the Latin-1 bytes, so both costs are gone, and
 * its strings, made from those bytes when something draws strings, are the ones the text gives.
 *
 * <p>Layout, little-endian: the magic ({@code FGT1} when every byte of the text is ASCII, {@code
 * FGTL} when the text is Latin-1 and not ASCII); the value count {@code n}; the longest value's
 * length; the text's length in bytes (padding included); {@code n + 1} value starts; {@code n}
 * packed columns; the text.
 */
final class TableImage {
  /** The first four bytes of an ASCII table's image, {@code FGT1} as a little-endian int. */
  static final int MAGIC = 'F' | 'G' << 8 | 'T' << 16 | '1' << 24;

  /** The first four bytes of a Latin-1 table's image, {@code FGTL} as a little-endian int. */
  static final int LATIN1_MAGIC = 'F' | 'G' << 8 | 'T' << 16 | 'L' << 24;

  private static final int HEADER = 4 * Integer.BYTES;

  private TableImage() {}

  /**
   * Writes a table's stored form.
   *
   * @param table a table of Latin-1 values
   * @return the image's bytes
   * @throws IllegalArgumentException if a value is not Latin-1
   */
  static byte[] encode(WeightedTable table) {
    if (!table.latin1()) {
      throw new IllegalArgumentException(
          "only a table whose values are all Latin-1 has an image; this one has other characters");
    }
    WeightedBytes.Text ascii = table.asciiText();
    WeightedBytes.Text text = ascii != null ? ascii : table.latin1Text();
    int[] columns = table.packedColumns();
    int n = columns.length;
    byte[] bytes = text.bytes();
    ByteBuffer out =
        ByteBuffer.allocate(HEADER + Integer.BYTES * (2 * n + 1) + bytes.length)
            .order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(ascii != null ? MAGIC : LATIN1_MAGIC)
        .putInt(n)
        .putInt(text.maxLength())
        .putInt(bytes.length);
    out.asIntBuffer().put(text.starts(), 0, n + 1);
    out.position(out.position() + Integer.BYTES * (n + 1));
    out.asIntBuffer().put(columns);
    out.position(out.position() + Integer.BYTES * n);
    out.put(bytes);
    return out.array();
  }

  /**
   * Reads a stored table back.
   *
   * @param image the bytes {@link #encode} wrote
   * @param name the table's path, for messages
   * @return the table
   * @throws IllegalStateException if the bytes are not a whole image
   */
  static WeightedTable decode(byte[] image, String name) {
    ByteBuffer in = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    int magic = image.length < HEADER ? 0 : in.getInt();
    if (magic != MAGIC && magic != LATIN1_MAGIC) {
      throw new IllegalStateException(
          "data table image " + name + " does not start with FGT1 or FGTL");
    }
    int n = in.getInt();
    int maxLength = in.getInt();
    int textLength = in.getInt();
    long expected = HEADER + (long) Integer.BYTES * (2L * n + 1) + textLength;
    if (n <= 0 || maxLength < 0 || textLength < 0 || expected != image.length) {
      throw new IllegalStateException(
          "data table image "
              + name
              + " is damaged: "
              + image.length
              + " bytes for "
              + n
              + " values and "
              + textLength
              + " bytes of text");
    }
    int[] starts = new int[n + 1];
    in.asIntBuffer().get(starts);
    in.position(in.position() + Integer.BYTES * (n + 1));
    int[] columns = new int[n];
    in.asIntBuffer().get(columns);
    in.position(in.position() + Integer.BYTES * n);
    byte[] text = Arrays.copyOfRange(image, in.position(), image.length);
    return WeightedTable.ofColumns(
        columns, new WeightedBytes.Text(text, starts, maxLength), magic == MAGIC);
  }
}
