package dev.forgery.internal.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable buffer that assembles one Latin-1 string at a time from {@link WeightedBytes} draws,
 * characters and numbers, then turns it into a {@code String} with a single copy.
 *
 * <p>A batch keeps one builder for all its values, so the buffer stays in the first-level cache and
 * the only allocation per value is the {@code String} itself. Not thread-safe.
 */
public final class Latin1Builder {
  private static final VarHandle LITTLE_ENDIAN_WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] buffer;
  private int length;

  /** Creates an empty builder with room for 64 bytes; it grows when a value needs more. */
  public Latin1Builder() {
    buffer = new byte[64];
  }

  private byte[] room(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
    return buffer;
  }

  /**
   * Appends a value of a table.
   *
   * @param table the table {@code ref} was drawn from
   * @param ref the drawn reference
   * @return this builder
   */
  public Latin1Builder append(WeightedBytes table, int ref) {
    length = table.copy(ref, room(table.length(ref) + WeightedBytes.SLACK), length);
    return this;
  }

  /**
   * Appends one character.
   *
   * @param c a Latin-1 character
   * @return this builder
   */
  public Latin1Builder append(char c) {
    room(1)[length++] = (byte) c;
    return this;
  }

  /**
   * Appends the low {@code count} bytes of {@code bytes}, the lowest byte first; with {@code count}
   * computed rather than tested, callers can append optional pieces without branching.
   *
   * @param bytes up to eight Latin-1 characters, the first in the lowest byte
   * @param count how many to append, 0 to 8
   * @return this builder
   */
  public Latin1Builder appendBytes(long bytes, int count) {
    LITTLE_ENDIAN_WORDS.set(room(8), length, bytes);
    length += count;
    return this;
  }

  /**
   * Returns the assembled string and empties the builder for the next one.
   *
   * @return the string
   */
  public String take() {
    String s = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    length = 0;
    return s;
  }
}
