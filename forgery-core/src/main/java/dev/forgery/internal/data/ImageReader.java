package dev.forgery.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;

/**
 * Reads a stored table ({@link TableImage}, {@link WeightedBytes#encode}) from its stream straight
 * into the arrays it becomes: little-endian ints and longs through one small buffer, the text into
 * an array of its own length.
 *
 * <p>Reading the whole image into one array and copying the parts out of it touched twice the
 * memory on the way to a first value (3.0 MB instead of 1.5 for en_US's email local parts), and
 * memory a JVM touches for the first time is much of what reading a table costs there.
 *
 * <p>The reader does not know the image's length, so it checks the image as it goes: a count in the
 * header beyond {@link #MAX_COUNT} is damage, not a table, and so is a stream that ends before the
 * last part or runs on after it.
 */
final class ImageReader {
  /**
   * The most values, columns or text bytes a header may declare: far beyond any table (en_US's
   * surnames are 88,799 values and 0.7 MB of text), and small enough that a damaged count fails
   * here instead of allocating gigabytes.
   */
  static final int MAX_COUNT = 1 << 26;

  private final InputStream in;
  private final String name;
  private final byte[] buffer = new byte[8192];
  private final ByteBuffer bytes = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
  private final IntBuffer ints = bytes.asIntBuffer();
  private final LongBuffer longs = bytes.asLongBuffer();

  /**
   * Creates a reader.
   *
   * @param in the image's stream; not closed
   * @param name the image's name, for messages
   */
  ImageReader(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /**
   * Reads the magic number that starts an image.
   *
   * @return the first four bytes as a little-endian int, or 0 if the stream has fewer
   * @throws IOException if reading fails
   */
  int magic() throws IOException {
    return in.readNBytes(buffer, 0, Integer.BYTES) == Integer.BYTES ? bytes.getInt(0) : 0;
  }

  /**
   * Reads one little-endian int.
   *
   * @return the int
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream ends first
   */
  int readInt() throws IOException {
    fill(Integer.BYTES);
    return bytes.getInt(0);
  }

  /**
   * Reads a count from the header: an int from 0 to {@link #MAX_COUNT}.
   *
   * @param what what it counts, for messages
   * @return the count
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream ends first or the count is out of range
   */
  int readCount(String what) throws IOException {
    int count = readInt();
    if (count < 0 || count > MAX_COUNT) {
      throw damaged("its header gives " + count + " " + what + ", not 0 to " + MAX_COUNT);
    }
    return count;
  }

  /**
   * Fills an array with little-endian ints.
   *
   * @param into the destination, filled whole
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream ends first
   */
  void readInts(int[] into) throws IOException {
    int per = buffer.length / Integer.BYTES;
    for (int at = 0; at < into.length; at += per) {
      int n = Math.min(per, into.length - at);
      fill(n * Integer.BYTES);
      ints.get(0, into, at, n);
    }
  }

  /**
   * Fills an array with little-endian longs.
   *
   * @param into the destination, filled whole
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream ends first
   */
  void readLongs(long[] into) throws IOException {
    int per = buffer.length / Long.BYTES;
    for (int at = 0; at < into.length; at += per) {
      int n = Math.min(per, into.length - at);
      fill(n * Long.BYTES);
      longs.get(0, into, at, n);
    }
  }

  /**
   * Reads the image's last part, its text, and checks that nothing follows it.
   *
   * @param length the text's length in bytes
   * @return an array of exactly {@code length} bytes
   * @throws IOException if reading fails
   * @throws IllegalStateException if the stream ends first or runs on after the text
   */
  byte[] readLast(int length) throws IOException {
    byte[] text = new byte[length];
    if (in.readNBytes(text, 0, length) < length) {
      throw damaged("it ends within its text of " + length + " bytes");
    }
    if (in.read() >= 0) {
      throw damaged("it runs on after its text of " + length + " bytes");
    }
    return text;
  }

  /**
   * Returns the exception for damage the caller found.
   *
   * @param why what is wrong
   * @return the exception, naming the image
   */
  IllegalStateException damaged(String why) {
    return new IllegalStateException(
        "data table image "
            + name
            + " is damaged: "
            + why
            + "; the jar holding it is incomplete or was altered");
  }

  private void fill(int n) throws IOException {
    if (in.readNBytes(buffer, 0, n) < n) {
      throw damaged("it ends before its text");
    }
  }
}
