package dev.forgery.internal.data;

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
  private byte[] buffer;
  private int length;

  /** Creates an empty builder for a batch. */
  public Latin1Builder() {
    this(64);
  }

  /**
   * Creates an empty builder with room for {@code capacity} bytes, for one value of known length.
   *
   * @param capacity the initial room, {@code >= 0}; the builder grows past it if needed
   */
  public Latin1Builder(int capacity) {
    buffer = new byte[capacity];
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
   * Appends the first character of a value of a table; the value must not be empty.
   *
   * @param table the table {@code ref} was drawn from
   * @param ref the drawn reference
   * @return this builder
   */
  public Latin1Builder appendInitial(WeightedBytes table, int ref) {
    room(1)[length++] = table.first(ref);
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
   * Appends a non-negative number in decimal, without leading zeros.
   *
   * @param value {@code >= 0}
   * @return this builder
   */
  public Latin1Builder appendDecimal(int value) {
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    byte[] b = room(digits);
    int v = value;
    for (int at = length + digits - 1; at >= length; at--) {
      b[at] = (byte) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
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
