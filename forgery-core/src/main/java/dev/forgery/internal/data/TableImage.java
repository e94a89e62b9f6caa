package dev.forgery.internal.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The stored form of a large weighted table: what {@link Tables} would compute from the text file
 * (the values' bytes, where each starts, and the packed alias columns), written at build time next
 * to the file as {@code <name>.bin} and read back with bulk copies.
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
 * its strings, made from those bytes when something draws strings, are the ones the text gives. A
 * table beyond Latin-1 (Japanese) keeps its UTF-8 bytes, and its strings are decoded from them when
 * something asks for them: only the row drawn, for the postcode rows of a first address.
 *
 * <p>Layout, little-endian: the magic ({@code FGT1} when every byte of the text is ASCII, {@code
 * FGTL} when the text is Latin-1 and not ASCII, {@code FGTU} when it is UTF-8 and not Latin-1); the
 * value count {@code n}; the longest value's length in bytes; the text's length in bytes (padding
 * included); {@code n + 1} value starts; {@code n} packed columns; the text.
 */
final class TableImage {
  /** The first four bytes of an ASCII table's image, {@code FGT1} as a little-endian int. */
  static final int MAGIC = 'F' | 'G' << 8 | 'T' << 16 | '1' << 24;

  /** The first four bytes of a Latin-1 table's image, {@code FGTL} as a little-endian int. */
  static final int LATIN1_MAGIC = 'F' | 'G' << 8 | 'T' << 16 | 'L' << 24;

  /** The first four bytes of a UTF-8 table's image, {@code FGTU} as a little-endian int. */
  static final int UTF8_MAGIC = 'F' | 'G' << 8 | 'T' << 16 | 'U' << 24;

  private static final int HEADER = 4 * Integer.BYTES;

  private TableImage() {}

  /**
   * Writes a table's stored form.
   *
   * @param table a table
   * @return the image's bytes
   */
  static byte[] encode(WeightedTable table) {
    WeightedBytes.Text ascii = table.asciiText();
    boolean latin1 = table.latin1();
    WeightedBytes.Text text =
        ascii != null ? ascii : latin1 ? table.latin1Text() : utf8(table.values());
    int magic = ascii != null ? MAGIC : latin1 ? LATIN1_MAGIC : UTF8_MAGIC;
    int[] columns = table.packedColumns();
    int n = columns.length;
    byte[] bytes = text.bytes();
    ByteBuffer out =
        ByteBuffer.allocate(HEADER + Integer.BYTES * (2 * n + 1) + bytes.length)
            .order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(magic).putInt(n).putInt(text.maxLength()).putInt(bytes.length);
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
    try {
      return decode(new ByteArrayInputStream(image), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an array's stream does not fail
    }
  }

  /**
   * Reads a stored table from a stream of what {@link #encode} wrote, into the arrays the table
   * keeps ({@link ImageReader}).
   *
   * @param stream the image, read to its end; not closed
   * @param name the table's path, for messages
   * @return the table
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream is not a whole image
   */
  static WeightedTable decode(InputStream stream, String name) throws IOException {
    ImageReader in = new ImageReader(stream, name);
    int magic = in.magic();
    WeightedTable.Encoding encoding =
        magic == MAGIC
            ? WeightedTable.Encoding.ASCII
            : magic == LATIN1_MAGIC
                ? WeightedTable.Encoding.LATIN1
                : magic == UTF8_MAGIC ? WeightedTable.Encoding.UTF8 : null;
    if (encoding == null) {
      throw new IllegalStateException(
          "data table image " + name + " does not start with FGT1, FGTL or FGTU");
    }
    int n = in.readCount("values");
    int maxLength = in.readCount("bytes in its longest value");
    int textLength = in.readCount("bytes of text");
    if (n == 0) {
      throw in.damaged("its header gives no values");
    }
    int[] starts = new int[n + 1];
    in.readInts(starts);
    int[] columns = new int[n];
    in.readInts(columns);
    byte[] text = in.readLast(textLength);
    return WeightedTable.ofColumns(
        columns, new WeightedBytes.Text(text, starts, maxLength), encoding);
  }

  /** The values' UTF-8 bytes back to back, padded as a Latin-1 text is. */
  private static WeightedBytes.Text utf8(String[] values) {
    int n = values.length;
    byte[][] encoded = new byte[n][];
    int[] starts = new int[n + 1];
    int maxLength = 0;
    for (int i = 0; i < n; i++) {
      encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
      starts[i + 1] = starts[i] + encoded[i].length;
      maxLength = Math.max(maxLength, encoded[i].length);
    }
    byte[] bytes = new byte[starts[n] + WeightedBytes.SLACK];
    for (int i = 0; i < n; i++) {
      System.arraycopy(encoded[i], 0, bytes, starts[i], encoded[i].length);
    }
    return new WeightedBytes.Text(bytes, starts, maxLength);
  }
}
