package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Tables#readAll} reads every byte, whatever a stream says it has. */
class TablesReadTest {

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    return bytes;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 8191, 8192, 8193, 100_000})
  void readsAStreamThatKnowsItsLength(int length) throws IOException {
    byte[] data = bytes(length);
    assertThat(Tables.readAll(new ByteArrayInputStream(data))).isEqualTo(data);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 8191, 8192, 8193, 16_384, 16_385, 100_000})
  void readsAStreamThatSaysNothingAndGivesLittleAtATime(int length) throws IOException {
    byte[] data = bytes(length);
    assertThat(Tables.readAll(new Trickle(new ByteArrayInputStream(data), 0))).isEqualTo(data);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5000, 9000, 100_000})
  void readsAStreamThatSaysTooLittle(int length) throws IOException {
    byte[] data = bytes(length);
    assertThat(Tables.readAll(new Trickle(new ByteArrayInputStream(data), length / 2)))
        .isEqualTo(data);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 9000})
  void readsAStreamThatSaysTooMuch(int length) throws IOException {
    byte[] data = bytes(length);
    assertThat(Tables.readAll(new Trickle(new ByteArrayInputStream(data), 2 * length + 100)))
        .isEqualTo(data);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US/email_local_parts.bin", "en_US/first_names.txt"})
  void readsAResourceAsReadAllBytesDoes(String table) throws IOException {
    String path = "/dev/forgery/data/" + table;
    byte[] expected;
    try (InputStream in = Tables.class.getResourceAsStream(path)) {
      expected = in.readAllBytes();
    }
    try (InputStream in = Tables.class.getResourceAsStream(path)) {
      assertThat(Tables.readAll(in)).isEqualTo(expected);
    }
  }

  /** A stream that returns at most 1,000 bytes a read and claims a fixed number available. */
  private static final class Trickle extends FilterInputStream {
    private final int claimed;

    Trickle(InputStream in, int claimed) {
      super(in);
      this.claimed = claimed;
    }

    @Override
    public int available() {
      return claimed;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1000));
    }
  }
}
