package dev.forgery.internal.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A {@link WeightedTable} laid out for building strings out of several draws (a full name, an email
 * address): the same values and the same alias columns, but a draw yields a reference into one
 * shared byte array instead of a {@code String}.
 *
 * <p>Why: a draw from a {@code WeightedTable} reads its alias column, then the {@code String[]}
 * slot, then the {@code String}, then its bytes; for the 88,799 surnames these are four dependent
 * reads scattered over several megabytes, and on a memory-bound machine they are most of the cost
 * of a name. Here one {@code long} per column holds the coin threshold and the offset and length of
 * both candidate values, so a draw is one read of the column and one of the bytes it points to.
 * Copies move 16 bytes at a time (see {@link #SLACK}); with the batch loops written around them a
 * 100,000-name batch took well under half the time of concatenating {@code String}s.
 *
 * <p>A column is {@code [threshold | own ref | alias ref]}, a ref is {@code [offset | length]}; a
 * draw splits its 64 random bits exactly as {@link WeightedTable#drawIndex(long)} does, so both
 * layouts pick the same value for the same bits. Values must be Latin-1 (every current table is
 * ASCII), and the table must fit the packing; both are checked when it is built.
 */
public final class WeightedBytes {
  /**
   * How many bytes a copy may write past the end of a value: values are copied in 16-byte steps,
   * two unaligned 8-byte moves each, and the byte array is padded so the last value can be
   * over-read. Copying a name byte by byte instead costs a mispredicted loop exit per value: a
   * batch of 100,000 names took 4.9 ms that way against 3.0 ms with 16-byte copies.
   */
  public static final int SLACK = 16;

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private final long[] columns;
  private final byte[] bytes;
  private final int lengthBits;
  private final int lengthMask;
  private final int refBits;
  private final long refMask;
  private final int coinMask;
  private final int maxLength;

  private WeightedBytes(
      long[] columns, byte[] bytes, int lengthBits, int offsetBits, int coinBits, int maxLength) {
    this.columns = columns;
    this.bytes = bytes;
    this.lengthBits = lengthBits;
    this.lengthMask = (1 << lengthBits) - 1;
    this.refBits = offsetBits + lengthBits;
    this.refMask = (1L << refBits) - 1;
    this.coinMask = (int) ((1L << coinBits) - 1);
    this.maxLength = maxLength;
  }

  /**
   * A table's values as Latin-1 bytes, back to back: value {@code i} is {@code bytes[starts[i],
   * starts[i + 1])}, and {@link #SLACK} zero bytes follow the last, so the array is the byte
   * layout's own, used without another copy.
   *
   * @param bytes the values' bytes, padded
   * @param starts one start per value, then the end of the last
   * @param maxLength the length of the longest value
   */
  record Text(byte[] bytes, int[] starts, int maxLength) {

    /**
     * Encodes values.
     *
     * @param table the table, named by its {@code toString} in error messages only (so that naming
     *     it costs nothing on the way to a first value)
     * @param values the values
     * @return their text
     * @throws IllegalStateException if a value is not Latin-1
     */
    static Text of(Object table, String[] values) {
      int n = values.length;
      int[] starts = new int[n + 1];
      int maxLength = 0;
      for (int i = 0; i < n; i++) {
        String value = values[i];
        maxLength = Math.max(maxLength, value.length());
        for (int k = 0; k < value.length(); k++) {
          if (value.charAt(k) > 0xFF) {
            throw new IllegalStateException(
                table + " has a value that is not Latin-1: '" + value + "'");
          }
        }
        starts[i + 1] = starts[i] + value.length();
      }
      byte[] bytes = new byte[starts[n] + SLACK];
      for (int i = 0; i < n; i++) {
        byte[] latin1 = values[i].getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(latin1, 0, bytes, starts[i], latin1.length);
      }
      return new Text(bytes, starts, maxLength);
    }

    /**
     * Lays several texts out one after another, as {@link #of} would lay out their values.
     *
     * @param texts the texts, in order
     * @return one text holding all their values
     */
    static Text concat(Text... texts) {
      int values = 0;
      int length = 0;
      int maxLength = 0;
      for (Text t : texts) {
        values += t.size();
        length += t.starts[t.size()];
        maxLength = Math.max(maxLength, t.maxLength);
      }
      byte[] bytes = new byte[length + SLACK];
      int[] starts = new int[values + 1];
      int value = 0;
      for (Text t : texts) {
        int base = starts[value];
        int n = t.size();
        System.arraycopy(t.bytes, 0, bytes, base, t.starts[n]);
        for (int i = 1; i <= n; i++) {
          starts[value + i] = base + t.starts[i];
        }
        value += n;
      }
      return new Text(bytes, starts, maxLength);
    }

    /**
     * Returns the number of values.
     *
     * @return the count
     */
    int size() {
      return starts.length - 1;
    }

    /**
     * Decodes one value.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the value
     */
    String string(int index) {
      return new String(
          bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Lays out a table's values and columns.
   *
   * @param table the table, named by its {@code toString} in error messages only
   * @param text the values' Latin-1 bytes, possibly after those of other tables
   * @param first the index in {@code text} of the table's first value
   * @param packed the {@link WeightedTable}'s columns: coin threshold in the high {@code 32 -
   *     aliasBits} bits, alias index in the low {@code aliasBits}
   * @param aliasBits the width of the alias index; the coin has the other bits
   * @return the packed table
   * @throws IllegalStateException if the table does not fit a {@code long} per column
   */
  static WeightedBytes of(Object table, Text text, int first, int[] packed, int aliasBits) {
    int[] starts = text.starts();
    int n = packed.length;
    int coinBits = 32 - aliasBits;
    // The length field is as wide as the whole text needs, so that every table laid out in the
    // same text reads a reference the same way; the offset field only as wide as this table needs.
    int maxLength = text.maxLength();
    int lengthBits = bitsFor(maxLength);
    int offsetBits = bitsFor(starts[first + n]);
    if (coinBits + 2 * (offsetBits + lengthBits) > 64 || offsetBits + lengthBits > 31) {
      throw new IllegalStateException(
          table
              + " is too large to pack: "
              + starts[first + n]
              + " bytes, values up to "
              + maxLength
              + " long, a "
              + coinBits
              + "-bit coin");
    }
    byte[] bytes = text.bytes();
    int refBits = offsetBits + lengthBits;
    long[] columns = new long[n];
    int aliasMask = (1 << aliasBits) - 1;
    // One pass, as this runs before the JIT has compiled anything on the way to a first value.
    for (int i = 0; i < n; i++) {
      int v = first + i;
      long own = ((long) starts[v] << lengthBits) | (starts[v + 1] - starts[v]);
      int a = first + (packed[i] & aliasMask);
      long alias = ((long) starts[a] << lengthBits) | (starts[a + 1] - starts[a]);
      columns[i] = ((long) (packed[i] >>> aliasBits) << (2 * refBits)) | (own << refBits) | alias;
    }
    return new WeightedBytes(columns, bytes, lengthBits, offsetBits, coinBits, maxLength);
  }

  /** The first four bytes of a stored set of layouts, {@code FGL1} as a little-endian int. */
  static final int IMAGE_MAGIC = 'F' | 'G' << 8 | 'L' << 16 | '1' << 24;

  /** Ints per layout in an image's header: length bits, offset bits, coin bits, longest, count. */
  private static final int IMAGE_FIELDS = 5;

  /**
   * Writes the stored form of layouts that share one text, as {@link
   * WeightedTable#sharedBytes(WeightedTable...)} makes them: what a table derived at run time (the
   * email local parts of a locale's names) would cost to build, read back by {@link #decode} with
   * bulk copies. Layout, little-endian: the magic {@code FGL1}; the layout count {@code k}; the
   * text's length in bytes; for each layout its length bits, offset bits, coin bits, longest value
   * and column count; each layout's columns in turn; the text.
   *
   * @param layouts layouts that all read the same bytes
   * @return the image's bytes
   * @throws IllegalArgumentException if there are none, or they do not share their text
   */
  public static byte[] encode(WeightedBytes... layouts) {
    if (layouts.length == 0) {
      throw new IllegalArgumentException("layouts: none given; expected at least one");
    }
    long columns = 0;
    for (WeightedBytes layout : layouts) {
      if (!layout.sharesText(layouts[0])) {
        throw new IllegalArgumentException(
            "layouts: they must share one text, as WeightedTable.sharedBytes lays them out");
      }
      columns += layout.columns.length;
    }
    byte[] bytes = layouts[0].bytes;
    long size =
        3L * Integer.BYTES
            + (long) IMAGE_FIELDS * Integer.BYTES * layouts.length
            + Long.BYTES * columns
            + bytes.length;
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(IMAGE_MAGIC).putInt(layouts.length).putInt(bytes.length);
    for (WeightedBytes layout : layouts) {
      out.putInt(layout.lengthBits)
          .putInt(layout.refBits - layout.lengthBits)
          .putInt(Integer.bitCount(layout.coinMask))
          .putInt(layout.maxLength)
          .putInt(layout.columns.length);
    }
    for (WeightedBytes layout : layouts) {
      out.asLongBuffer().put(layout.columns);
      out.position(out.position() + Long.BYTES * layout.columns.length);
    }
    out.put(bytes);
    return out.array();
  }

  /**
   * Reads layouts back from the bytes {@link #encode} wrote; they share one text, as the layouts
   * written did.
   *
   * @param image the image
   * @param name where it was read from, for messages
   * @return the layouts, in the order written
   * @throws IllegalStateException if the bytes are not a whole image
   */
  static WeightedBytes[] decode(byte[] image, String name) {
    try {
      return decode(new ByteArrayInputStream(image), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an array's stream does not fail
    }
  }

  /**
   * Reads layouts from a stream of what {@link #encode} wrote, into the arrays they keep ({@link
   * ImageReader}).
   *
   * @param stream the image, read to its end; not closed
   * @param name where it is read from, for messages
   * @return the layouts, in the order written
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream is not a whole image
   */
  static WeightedBytes[] decode(InputStream stream, String name) throws IOException {
    ImageReader in = new ImageReader(stream, name);
    if (in.magic() != IMAGE_MAGIC) {
      throw new IllegalStateException("data table image " + name + " does not start with FGL1");
    }
    int k = in.readCount("layouts");
    int textLength = in.readCount("bytes of text");
    if (k == 0 || textLength < SLACK) {
      throw in.damaged(k + " layouts and " + textLength + " bytes of text in its header");
    }
    int[][] fields = new int[k][IMAGE_FIELDS];
    for (int[] field : fields) {
      for (int f = 0; f < IMAGE_FIELDS - 1; f++) {
        field[f] = in.readInt();
      }
      field[IMAGE_FIELDS - 1] = in.readCount("columns");
    }
    long[][] columns = new long[k][];
    for (int t = 0; t < k; t++) {
      columns[t] = new long[fields[t][IMAGE_FIELDS - 1]];
      in.readLongs(columns[t]);
    }
    byte[] bytes = in.readLast(textLength);
    WeightedBytes[] layouts = new WeightedBytes[k];
    for (int t = 0; t < k; t++) {
      int[] f = fields[t];
      layouts[t] = new WeightedBytes(columns[t], bytes, f[0], f[1], f[2], f[3]);
    }
    return layouts;
  }

  /**
   * Returns how many values the table has.
   *
   * @return the number of columns
   */
  public int size() {
    return columns.length;
  }

  /**
   * Tells whether references drawn from {@code other} may be passed to this table's {@link
   * #length(int)}, {@link #truncate(int, int)} and {@link #copy(int, byte[], int)}: true for tables
   * laid out together by {@link WeightedTable#sharedBytes(WeightedTable...)}.
   *
   * @param other another layout
   * @return whether both read references into the same bytes the same way
   */
  public boolean sharesText(WeightedBytes other) {
    return bytes == other.bytes && lengthBits == other.lengthBits;
  }

  /** Bits needed to write {@code v >= 0}; at least one. */
  private static int bitsFor(int v) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(v));
  }

  /**
   * Maps 64 random bits to a reference to one value, choosing exactly the value that {@link
   * WeightedTable#drawIndex(long)} chooses for the same bits.
   *
   * @param bits 64 uniformly random bits
   * @return a reference for {@link #length(int)} and {@link #copy(int, byte[], int)}
   */
  public int draw(long bits) {
    long column = columns[(int) (((bits >>> 32) * columns.length) >>> 32)];
    long coin = (int) bits & coinMask;
    // All ones when the coin falls below the threshold (keep the column's own value), else zero;
    // selecting with it instead of a branch avoids a misprediction on a large share of draws.
    long keep = (coin - (column >>> (2 * refBits))) >> 63;
    long chosen = column ^ ((column ^ (column >>> refBits)) & keep);
    return (int) (chosen & refMask);
  }

  /**
   * Returns a drawn value as a string, for callers that want one value and no buffer.
   *
   * @param ref a reference {@link #draw(long)} returned
   * @return the value, its bytes read as Latin-1
   */
  public String string(int ref) {
    return new String(bytes, ref >>> lengthBits, ref & lengthMask, StandardCharsets.ISO_8859_1);
  }

  /**
   * Returns the length of the longest value, so that a caller can size a buffer once for any draw.
   *
   * @return the longest value's length in bytes
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns the length of a referenced value.
   *
   * @param ref a reference from {@link #draw(long)}
   * @return its length in bytes, which is also its length in chars
   */
  public int length(int ref) {
    return ref & lengthMask;
  }

  /**
   * Shortens a reference to at most {@code keep} bytes of its value: 1 for an initial, 0 for
   * nothing, {@code Integer.MAX_VALUE} for all of it. Branch-free, for composing by pattern.
   *
   * @param ref a reference from {@link #draw(long)}
   * @param keep how many leading bytes to keep, {@code >= 0}
   * @return a reference to the kept bytes
   */
  public int truncate(int ref, int keep) {
    return (ref & ~lengthMask) | Math.min(ref & lengthMask, keep);
  }

  /**
   * Copies a referenced value into a buffer, possibly writing up to {@link #SLACK} bytes of garbage
   * after it, which the caller overwrites or ignores.
   *
   * @param ref a reference from {@link #draw(long)}
   * @param into the buffer, with room for {@code length(ref) + SLACK} bytes at {@code at}
   * @param at where the first byte goes
   * @return the position after the value's last byte
   */
  public int copy(int ref, byte[] into, int at) {
    int from = ref >>> lengthBits;
    int length = ref & lengthMask;
    int k = 0;
    do {
      WORDS.set(into, at + k, (long) WORDS.get(bytes, from + k));
      WORDS.set(into, at + k + 8, (long) WORDS.get(bytes, from + k + 8));
      k += SLACK;
    } while (k < length);
    return at + length;
  }
}
